package vn.thidua.common.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one place where user text is made safe to store, compare and render.
 *
 * <p>Pasted Word/PDF/macOS text is often decomposed (NFD): "Nguyễn" then has 8 chars instead of 6,
 * {@code equals} fails and FOP draws detached accents. Everything that enters the system goes
 * through {@link #clean} first.
 */
public final class VietnameseText {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    // C0 controls except tab, newline, carriage return; they break XML and PDF text.
    private static final Pattern CONTROL_CHARS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private VietnameseText() {
    }

    /** NFC, control characters removed, surrounding blanks trimmed; {@code null} stays {@code null}. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return CONTROL_CHARS.matcher(nfc).replaceAll("").strip();
    }

    /** {@link #clean}, and a blank result becomes {@code null}. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    public static boolean isNfc(String text) {
        return text == null || Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /**
     * Diacritic-free, lower-case form for search keys and generated identifiers. "Đ" has no
     * decomposition, so it is mapped by hand (stripping marks alone leaves "Đai hoi").
     */
    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D')
                .toLowerCase(java.util.Locale.ROOT);
    }
}
