package vn.thidua.workflow.planlifecycle;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;

/** The plan's targets as rows of the draft form (and back). */
record TargetRows(String code, String name, String operator, BigDecimal threshold, String unit) {

    static List<TargetRows> of(Plan plan) {
        return plan.getTargets().stream()
                .map(t -> new TargetRows(t.getCode(), t.getName(), t.getOperator().code(), t.getThreshold(), t.getUnit()))
                .toList();
    }

    PlanData.Target toData() {
        return new PlanData.Target(code, name, operator, threshold, unit, null, null, null);
    }
}
