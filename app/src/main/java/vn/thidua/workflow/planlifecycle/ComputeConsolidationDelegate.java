package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.ConsolidationService;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/** serviceTask_computeConsolidation: the table the specialist consolidates from, computed, not typed. */
@Component("computeConsolidationDelegate")
class ComputeConsolidationDelegate implements JavaDelegate {

    private final ConsolidationService consolidation;
    private final PlanService plans;

    ComputeConsolidationDelegate(ConsolidationService consolidation, PlanService plans) {
        this.consolidation = consolidation;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = PlanLifecycleModel.planId(execution);
        plans.moveTo(planId, PlanStatus.CONSOLIDATION);
        execution.setVariable(PlanLifecycleModel.CONSOLIDATION, JsonVariables.json(consolidation.compute(planId)));
    }
}
