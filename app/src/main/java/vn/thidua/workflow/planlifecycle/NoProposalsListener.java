package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/**
 * endEvent_noProposals, on start: the round had no candidate when the specialist sent it, so there
 * is no council meeting and no decision; the plan says so (CLOSED_NO_AWARDS).
 */
@Component("noProposalsListener")
class NoProposalsListener implements ExecutionListener {

    private final PlanOfInstance planOfInstance;
    private final PlanService plans;

    NoProposalsListener(PlanOfInstance planOfInstance, PlanService plans) {
        this.planOfInstance = planOfInstance;
        this.plans = plans;
    }

    @Override
    public void notify(DelegateExecution execution) {
        plans.moveTo(planOfInstance.plan(execution).getId(), PlanStatus.CLOSED_NO_AWARDS);
    }
}
