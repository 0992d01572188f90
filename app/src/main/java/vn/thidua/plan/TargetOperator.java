package vn.thidua.plan;

import java.math.BigDecimal;

/** How a target's result is compared with its threshold. */
public enum TargetOperator {
    AT_LEAST(">=", "≥"), MORE_THAN(">", ">"), AT_MOST("<=", "≤"), LESS_THAN("<", "<"), EQUAL("=", "="),
    /** "đạt" / "không đạt". */
    YES_NO("boolean", ""),
    /** "hoàn thành kế hoạch": met when the reported share of the plan reaches 100%. */
    MEETS_PLAN("plan", "");

    private final String code;
    private final String symbol;

    TargetOperator(String code, String symbol) {
        this.code = code;
        this.symbol = symbol;
    }

    public String code() {
        return code;
    }

    public String symbol() {
        return symbol;
    }

    public boolean needsThreshold() {
        return this != YES_NO && this != MEETS_PLAN;
    }

    public boolean isAchieved(BigDecimal result, BigDecimal threshold) {
        int c = result.compareTo(threshold);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
            case EQUAL -> c == 0;
            case MEETS_PLAN -> result.compareTo(BigDecimal.valueOf(100)) >= 0;
            case YES_NO -> result.signum() > 0;
        };
    }

    public static TargetOperator fromCode(String code) {
        for (TargetOperator op : values()) {
            if (op.code.equals(code) || op.name().equals(code)) {
                return op;
            }
        }
        throw new IllegalArgumentException("Phép so sánh chỉ tiêu không hợp lệ: '" + code + "' (dùng >=, >, <=, <, =, boolean, plan).");
    }
}
