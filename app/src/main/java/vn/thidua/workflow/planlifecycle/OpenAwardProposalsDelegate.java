package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.workflow.unitcampaign.CampaignVariables;
import vn.thidua.plan.PlanRepository;

/**
 * serviceTask_openAwardProposals: every unit that has reported gets its "propose awards" task;
 * the plan then waits for as many proposals as units were opened.
 */
@Component("openAwardProposalsDelegate")
class OpenAwardProposalsDelegate implements JavaDelegate {

    private final RuntimeService runtime;
    private final PlanRepository plans;

    OpenAwardProposalsDelegate(RuntimeService runtime, PlanRepository plans) {
        this.runtime = runtime;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable(PlanVariables.PLAN_ID)).longValue();
        int opened = runtime.createMessageCorrelation(CampaignVariables.MESSAGE_AWARD_PROPOSALS_OPENED)
                .processInstanceVariableEquals(PlanVariables.PLAN_ID, planId)
                .setVariable(PlanVariables.PROPOSAL_DEADLINE, execution.getVariable(PlanVariables.PROPOSAL_DEADLINE))
                .correlateAllWithResult()
                .size();
        plans.setProposalsPending(planId, opened);
    }
}
