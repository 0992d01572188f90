package vn.thidua.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.common.validation.TextRules;

/** The checks a plan's deadlines and targets must pass, shared by import and the draft form. */
final class PlanRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private PlanRules() {
    }

    static void checkDeadlines(TextRules rules, LocalDate launch, LocalDate report, LocalDate end) {
        if (launch == null) {
            rules.problem("launchDeadline", "Hạn hoàn thành phát động là bắt buộc.");
        }
        if (report == null) {
            rules.problem("reportDeadline", "Hạn gửi báo cáo kết quả là bắt buộc.");
        }
        if (launch != null && report != null && !launch.isBefore(report)) {
            rules.problem("reportDeadline", "Hạn báo cáo kết quả phải sau hạn phát động.");
        }
        if (end != null && report != null && end.isBefore(launch == null ? report : launch)) {
            rules.problem("campaignEnd", "Ngày kết thúc đợt thi đua phải sau hạn phát động.");
        }
    }

    static List<PlanTarget> targets(TextRules rules, List<PlanData.Target> data) {
        List<PlanTarget> result = new ArrayList<>();
        if (data == null) {
            return result;
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < data.size(); i++) {
            PlanData.Target t = data.get(i);
            String field = "targets[" + i + "]";
            String code = rules.text(field + ".code", "Mã chỉ tiêu " + (i + 1), t.code(), 20, true);
            String name = rules.text(field + ".name", "Tên chỉ tiêu " + (i + 1), t.name(), 500, true);
            String unit = rules.text(field + ".unit", "Đơn vị tính của chỉ tiêu " + (i + 1), t.unit(), 30, false);
            String text = rules.text(field + ".text", "Nội dung chỉ tiêu " + (i + 1), t.text(), 1000, false);
            if (code != null && !codes.add(code)) {
                rules.problem(field + ".code", "Mã chỉ tiêu '" + code + "' bị trùng.");
            }
            TargetOperator operator = null;
            try {
                operator = TargetOperator.fromCode(t.operator());
            } catch (IllegalArgumentException e) {
                rules.problem(field + ".operator", e.getMessage());
            }
            BigDecimal threshold = t.threshold();
            if (operator != null && operator.needsThreshold()) {
                checkThreshold(rules, field, i, threshold, unit);
            }
            PlanTarget target = new PlanTarget(code, name, operator, operator != null && operator.needsThreshold() ? threshold : null,
                    unit, text);
            if (t.aggregation() != null) {
                try {
                    target.setAggregation(PlanTarget.Aggregation.valueOf(t.aggregation()));
                } catch (IllegalArgumentException e) {
                    rules.problem(field + ".aggregation", "Cách tổng hợp chỉ tiêu " + (i + 1) + " không hợp lệ: " + t.aggregation());
                }
            } else if (operator == TargetOperator.YES_NO) {
                target.setAggregation(PlanTarget.Aggregation.ALL);
            }
            result.add(target);
        }
        return result;
    }

    static void checkThreshold(TextRules rules, String field, int i, BigDecimal threshold, String unit) {
        if (threshold == null) {
            rules.problem(field + ".threshold", "Chỉ tiêu " + (i + 1) + " cần một ngưỡng (số).");
        } else if ("%".equals(unit) && (threshold.signum() < 0 || threshold.compareTo(HUNDRED) > 0)) {
            rules.problem(field + ".threshold", "Ngưỡng của chỉ tiêu " + (i + 1) + " là tỷ lệ phần trăm, phải từ 0 đến 100.");
        } else if (isLevel(unit) && threshold.signum() <= 0) {
            rules.problem(field + ".threshold", "Ngưỡng của chỉ tiêu " + (i + 1) + " là cấp độ, phải là số dương.");
        } else if (threshold.signum() < 0) {
            rules.problem(field + ".threshold", "Ngưỡng của chỉ tiêu " + (i + 1) + " không thể là số âm.");
        }
    }

    /** "cấp độ", "cấp", "Cấp độ 2": a level (an ordinal scale that starts at 1). */
    static boolean isLevel(String unit) {
        return unit != null && VietnameseText.fold(unit).startsWith("cap");
    }
}
