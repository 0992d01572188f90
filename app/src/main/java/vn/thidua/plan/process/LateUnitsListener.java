package vn.thidua.plan.process;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.Consolidation;
import vn.thidua.campaign.ConsolidationService;
import vn.thidua.common.process.JsonVariables;

/** userTask_followUpLateUnits, on create: the units whose final report is still missing. */
@Component("lateUnitsListener")
class LateUnitsListener implements TaskListener {

    private final ConsolidationService consolidation;

    LateUnitsListener(ConsolidationService consolidation) {
        this.consolidation = consolidation;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable(PlanVariables.PLAN_ID)).longValue();
        List<Consolidation.UnitStatus> late = consolidation.compute(planId).units().stream()
                .filter(u -> u.status().equals("STARTED") || u.status().equals("LAUNCHED"))
                .toList();
        task.setVariable(PlanVariables.LATE_UNITS, JsonVariables.json(late));
    }
}
