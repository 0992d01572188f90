package vn.thidua.document.render.content;

import java.util.Locale;
import java.util.Objects;

/**
 * Số và ký hiệu (NĐ 30, ô 3): "05/KH-UBND", "12/UBND-VHXH".
 *
 * @param number   the number in the agency's yearly sequence; {@code null} while the document is a
 *                 draft (the Văn thư numbers it after signature, so the line keeps a blank)
 * @param notation the ký hiệu after the slash, e.g. "KH-UBND"; kept even for a draft
 */
public record DocumentNumber(Integer number, String notation) {

    /** Width of the blank a clerk fills in by hand: non-breaking, so FO does not collapse it. */
    private static final String BLANK = "\u00A0".repeat(6);

    public DocumentNumber {
        Objects.requireNonNull(notation, "notation (ký hiệu) is required, e.g. \"KH-UBND\"");
        if (number != null && number < 1) {
            throw new IllegalArgumentException("Document number must be 1 or more, got " + number);
        }
    }

    public static DocumentNumber issued(int number, String notation) {
        return new DocumentNumber(number, notation);
    }

    public static DocumentNumber draft(String notation) {
        return new DocumentNumber(null, notation);
    }

    public boolean isDraft() {
        return number == null;
    }

    /** "05/KH-UBND" (leading zero below 10), or "      /KH-UBND" for a draft. */
    public String display() {
        return (isDraft() ? BLANK : String.format(Locale.ROOT, "%02d", number)) + "/" + notation;
    }
}
