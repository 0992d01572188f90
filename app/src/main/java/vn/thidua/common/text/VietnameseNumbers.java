package vn.thidua.common.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as Vietnamese officials type and read them: comma decimal separator, dot thousands
 * grouping ("55,02", "1.234.567,89"). "55,02" parsed as en-US would become 5502.
 */
public final class VietnameseNumbers {

    // "55,02", "1.234,5", "98", "-0,5"; a plain "55.02" is also accepted (see parse).
    private static final Pattern VIETNAMESE = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+\\.\\d+");

    private VietnameseNumbers() {
    }

    /**
     * Parses "55,02", "55,02%", "98 %", "1.234,5" or a plain "55.02". A dot followed by exactly
     * three digits is read as Vietnamese grouping ("1.234" is one thousand two hundred thirty-four),
     * as a Vietnamese reader would. Returns empty when the text is not a number.
     */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = VietnameseText.clean(text).replace('\u00A0', ' ').replace(" ", "");
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1);
        }
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (VIETNAMESE.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.')));
        }
        if (PLAIN.matcher(t).matches()) {
            return Optional.of(new BigDecimal(t));
        }
        return Optional.empty();
    }

    /** "55,02", "1.234.567,89", "12": grouping dots, comma decimals, no trailing zeros. */
    public static String format(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0, RoundingMode.UNNECESSARY);
        }
        String plain = v.abs().toPlainString();
        int dot = plain.indexOf('.');
        String intPart = dot < 0 ? plain : plain.substring(0, dot);
        String frac = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < intPart.length(); i++) {
            if (i > 0 && (intPart.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(intPart.charAt(i));
        }
        String sign = v.signum() < 0 ? "-" : "";
        return sign + grouped + (frac.isEmpty() ? "" : "," + frac);
    }

    /** "55,02%". */
    public static String percent(BigDecimal value) {
        return format(value) + "%";
    }
}
