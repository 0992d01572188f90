package vn.thidua.document.render.content;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A target's result in a report.
 *
 * @param name      "Tỷ lệ người lao động tham gia bảo hiểm xã hội"
 * @param threshold what the plan asked for
 * @param actual    the measured value in the threshold's unit; {@code null} for a yes/no target or
 *                  when no figure was reported
 * @param achieved  the verdict, decided by the caller (the renderer never judges);
 *                  {@code null} in a unit's own report, which gives values only
 */
public record TargetResult(String name, Threshold threshold, BigDecimal actual, Boolean achieved) {

    public TargetResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(threshold, "threshold");
    }

    /** "55,02%"; for a yes/no target "Đạt" / "Không đạt"; "Chưa báo cáo" without a figure. */
    public String resultText() {
        if (actual != null) {
            return threshold.amount(actual);
        }
        if (achieved != null && threshold.comparison() == Threshold.Comparison.MAINTAINED) {
            return achieved ? "Đạt" : "Không đạt";
        }
        return "Chưa báo cáo";
    }
}
