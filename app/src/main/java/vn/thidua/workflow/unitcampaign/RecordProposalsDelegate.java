package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.plan.PlanRepository;
import vn.thidua.workflow.planlifecycle.PlanProcess;

/** serviceTask_recordProposals: as for reports, the last unit's proposal sends the plan on. */
@Component("recordProposalsDelegate")
class RecordProposalsDelegate implements JavaDelegate {

    private final PlanRepository plans;
    private final PlanProcess planProcess;

    RecordProposalsDelegate(PlanRepository plans, PlanProcess planProcess) {
        this.plans = plans;
        this.planProcess = planProcess;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = UnitCampaignModel.planId(execution);
        plans.decrementProposalsPending(planId);
        if (plans.proposalsPending(planId) == 0) {
            planProcess.allProposalsSubmitted(planId);
        }
    }
}
