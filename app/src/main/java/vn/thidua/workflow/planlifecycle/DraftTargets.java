package vn.thidua.workflow.planlifecycle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanService;
import vn.thidua.workflow.JsonVariables;

/**
 * What the draft form needs to edit targets: the rows, and the addressed units a target can be
 * given to (one by one, or by kind: "Các tổ dân phố").
 */
@Component
class DraftTargets {

    static final String UNIT_OPTIONS = PlanLifecycleModel.UNIT_OPTIONS;

    private final PlanService plans;
    private final OrgUnitRepository units;

    DraftTargets(PlanService plans, OrgUnitRepository units) {
        this.plans = plans;
        this.units = units;
    }

    void publish(VariableScope scope, Plan plan) {
        List<OrgUnit> addressees = plans.addressees(plan);
        List<OrgUnit> agencyUnits = units.findByAgencyId(plan.getAgencyId());
        scope.setVariable(PlanLifecycleModel.TARGETS, JsonVariables.json(TargetRows.of(plan, addressees, agencyUnits)));
        List<Map<String, String>> options = addressees.stream().map(u -> {
            Map<String, String> o = new LinkedHashMap<>();
            o.put("code", u.getCode());
            o.put("name", u.getName());
            o.put("kind", u.getKind());
            return o;
        }).toList();
        scope.setVariable(UNIT_OPTIONS, JsonVariables.json(options));
    }
}
