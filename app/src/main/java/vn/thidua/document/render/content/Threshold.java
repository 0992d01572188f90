package vn.thidua.document.render.content;

import java.math.BigDecimal;
import java.util.Objects;
import vn.thidua.common.text.VietnameseNumbers;

/**
 * What a target asks for, printed in report tables: "≥ 12%", "> 95%", "< 1%", "100%".
 *
 * @param comparison how the result is compared
 * @param value      the threshold; {@code null} for {@link Comparison#PLAN} and
 *                   {@link Comparison#MAINTAINED}
 * @param unit       "%" (printed without a space), another unit such as "cấp độ" (printed before
 *                   the value: "cấp độ 2"), or {@code null}
 */
public record Threshold(Comparison comparison, BigDecimal value, String unit) {

    public enum Comparison {
        AT_LEAST("≥ "), MORE_THAN("> "), AT_MOST("≤ "), LESS_THAN("< "), EQUAL(""),
        /** Meet the assigned plan (100% of the plan). */
        PLAN(""),
        /** A yes/no target: keep a title or standard. */
        MAINTAINED("");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }
    }

    public Threshold {
        Objects.requireNonNull(comparison, "comparison");
        boolean needsValue = comparison != Comparison.PLAN && comparison != Comparison.MAINTAINED;
        if (needsValue && value == null) {
            throw new IllegalArgumentException(comparison + " needs a threshold value");
        }
    }

    public String display() {
        return switch (comparison) {
            case PLAN -> "100% kế hoạch";
            case MAINTAINED -> "Duy trì";
            default -> comparison.symbol + amount(value);
        };
    }

    /** A result in this target's unit: "55,02%", "cấp độ 2". */
    public String amount(BigDecimal amount) {
        String number = VietnameseNumbers.format(amount);
        if (unit == null || unit.isBlank()) {
            return comparison == Comparison.PLAN ? number + "%" : number;
        }
        return "%".equals(unit) ? number + "%" : unit + " " + number;
    }
}
