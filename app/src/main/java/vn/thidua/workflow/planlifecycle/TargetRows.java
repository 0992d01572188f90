package vn.thidua.workflow.planlifecycle;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.TargetResponsibility;

/**
 * The plan's targets as rows of the draft form (and back), each with the units responsible for it:
 * {@code scope} ALL (every addressed unit), KIND (every addressed unit of {@code unitKind}) or
 * UNITS ({@code unitCodes}); a row without a scope leaves the target's units as they are.
 */
record TargetRows(String code, String name, String operator, BigDecimal threshold, String unit,
        String scope, String unitKind, List<String> unitCodes) {

    static List<TargetRows> of(Plan plan, List<OrgUnit> addressees, List<OrgUnit> agencyUnits) {
        return plan.getTargets().stream().map(t -> {
            TargetResponsibility r = TargetResponsibility.of(t, addressees, agencyUnits);
            return new TargetRows(t.getCode(), t.getName(), t.getOperator().code(), t.getThreshold(), t.getUnit(),
                    r.scope(), r.unitKind(), r.unitCodes());
        }).toList();
    }

    PlanData.Target toData() {
        List<String> responsible = scope == null ? null
                : new TargetResponsibility(scope, unitKind, unitCodes).asResponsibleUnits();
        return new PlanData.Target(code, name, operator, threshold, unit, null, null, responsible);
    }
}
