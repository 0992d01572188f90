package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.plan.PlanRepository;
import vn.thidua.workflow.unitcampaign.UnitCampaignProcess;

/**
 * serviceTask_openAwardProposals: every unit that has reported gets its "propose awards" task;
 * the plan then waits for as many proposals as units were opened.
 */
@Component("openAwardProposalsDelegate")
class OpenAwardProposalsDelegate implements JavaDelegate {

    private final UnitCampaignProcess unitCampaigns;
    private final PlanRepository plans;

    OpenAwardProposalsDelegate(UnitCampaignProcess unitCampaigns, PlanRepository plans) {
        this.unitCampaigns = unitCampaigns;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = PlanLifecycleModel.planId(execution);
        int opened = unitCampaigns.openAwardProposals(planId, execution.getVariable(PlanLifecycleModel.PROPOSAL_DEADLINE));
        plans.setProposalsPending(planId, opened);
    }
}
