package vn.thidua.campaign;

import java.math.BigDecimal;
import java.util.List;

/** The computed state of a plan's reporting: who reported, and each target's result. */
public record Consolidation(Long planId, int unitsTotal, List<UnitStatus> units, List<TargetResult> targets) {

    public record UnitStatus(Long unitId, String unitCode, String unitName, String status, boolean launchOverdue,
            boolean reportOverdue) {
    }

    /** One value a unit reported for a target. */
    public record UnitValue(String unitCode, String unitName, String raw) {
    }

    /**
     * @param result    the combined value (null when no responsible unit reported)
     * @param achieved  null when there is nothing to compare yet
     */
    public record TargetResult(String code, String name, String operator, BigDecimal threshold, String unit,
            String thresholdText, BigDecimal result, String resultText, Boolean achieved, int reportedUnits,
            int responsibleUnits, List<UnitValue> values) {
    }

    public long reportedCount() {
        return units.stream().filter(u -> u.status().equals("REPORTED") || u.status().equals("PROPOSED")).count();
    }
}
