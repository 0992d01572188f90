package vn.thidua.common.text;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Sorting as a Vietnamese reader expects (a < ă < â, d < đ, o < ô < ơ, u < ư); plain
 * {@code compareTo} puts "Đỗ" and "Ưng" after "Z".
 */
public final class VietnameseCollation {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private VietnameseCollation() {
    }

    public static Comparator<String> text() {
        Collator collator = Collator.getInstance(VI);
        collator.setStrength(Collator.TERTIARY);
        return Comparator.nullsLast(collator::compare);
    }

    /**
     * Administrative lists sort people by given name (the last word), then by the rest:
     * "Nguyễn Văn An", "Vũ Thị Thu Hằng", "Phạm Minh Khang".
     */
    public static Comparator<String> personName() {
        Comparator<String> text = text();
        return Comparator.comparing(VietnameseCollation::givenName, text).thenComparing(text);
    }

    static String givenName(String fullName) {
        String trimmed = fullName == null ? "" : fullName.strip();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1);
    }
}
