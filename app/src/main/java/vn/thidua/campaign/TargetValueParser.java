package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.Optional;
import vn.thidua.common.text.VietnameseNumbers;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.plan.PlanTarget;
import vn.thidua.plan.TargetOperator;

/**
 * Reads a target value as a person types it: "55,02", "98 %", "đạt" / "không đạt",
 * "hoàn thành kế hoạch". Returns the stored value or a Vietnamese message saying what is wrong.
 */
public final class TargetValueParser {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TargetValueParser() {
    }

    public sealed interface Result permits Parsed, Rejected {
    }

    public record Parsed(UnitReportValue value) implements Result {
    }

    public record Rejected(String message) implements Result {
    }

    public static Result parse(PlanTarget target, String typed) {
        String raw = VietnameseText.cleanOrNull(typed);
        String label = "Chỉ tiêu " + target.getCode() + " (" + target.getName() + ")";
        if (raw == null) {
            return new Rejected(label + ": chưa nhập giá trị.");
        }
        if (raw.length() > 100) {
            return new Rejected(label + ": giá trị quá dài (tối đa 100 ký tự).");
        }
        String folded = VietnameseText.fold(raw);
        if (target.getOperator() == TargetOperator.YES_NO) {
            if (folded.equals("dat") || folded.equals("co")) {
                return new Parsed(new UnitReportValue(target.getId(), raw, null, true));
            }
            if (folded.equals("khong dat") || folded.equals("khong") || folded.equals("chua dat")) {
                return new Parsed(new UnitReportValue(target.getId(), raw, null, false));
            }
            return new Rejected(label + ": nhập \"đạt\" hoặc \"không đạt\".");
        }
        if (target.getOperator() == TargetOperator.MEETS_PLAN) {
            if (folded.startsWith("hoan thanh") || folded.equals("dat")) {
                return new Parsed(new UnitReportValue(target.getId(), raw, HUNDRED, true));
            }
            if (folded.startsWith("khong hoan thanh") || folded.startsWith("chua hoan thanh") || folded.equals("khong dat")) {
                return new Parsed(new UnitReportValue(target.getId(), raw, BigDecimal.ZERO, false));
            }
        }
        Optional<BigDecimal> number = VietnameseNumbers.parse(raw);
        if (number.isEmpty()) {
            return new Rejected(label + ": \"" + raw + "\" không phải là số (ví dụ hợp lệ: 55,02 hoặc 98%).");
        }
        BigDecimal value = number.get();
        boolean percentage = target.isPercentage() || target.getOperator() == TargetOperator.MEETS_PLAN;
        if (percentage && (value.signum() < 0 || value.compareTo(HUNDRED) > 0) && target.getOperator() != TargetOperator.MEETS_PLAN) {
            return new Rejected(label + ": tỷ lệ phần trăm phải từ 0 đến 100, đã nhập " + raw + ".");
        }
        if (value.signum() < 0 && target.getOperator() == TargetOperator.MEETS_PLAN) {
            return new Rejected(label + ": tỷ lệ hoàn thành kế hoạch không thể âm.");
        }
        // Every numeric target counts, rates or grades something: none is negative, and a level
        // ("cấp độ") starts at 1.
        if (value.signum() < 0) {
            return new Rejected(label + ": kết quả không thể là số âm, đã nhập " + raw + ".");
        }
        if (isLevel(target.getUnit()) && value.signum() == 0) {
            return new Rejected(label + ": cấp độ phải là số dương, đã nhập " + raw + ".");
        }
        return new Parsed(new UnitReportValue(target.getId(), raw, value, null));
    }

    private static boolean isLevel(String unit) {
        return unit != null && VietnameseText.fold(unit).startsWith("cap");
    }
}
