package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.plan.PlanRepository;

/** serviceTask_recordProposals: as for reports, the last unit's proposal sends the plan on. */
@Component("recordProposalsDelegate")
class RecordProposalsDelegate implements JavaDelegate {

    private final PlanRepository plans;

    RecordProposalsDelegate(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = ((Number) execution.getVariable("planId")).longValue();
        plans.decrementProposalsPending(planId);
        if (plans.proposalsPending(planId) == 0) {
            execution.getProcessEngineServices().getRuntimeService()
                    .createMessageCorrelation("AllProposalsSubmitted")
                    .processInstanceVariableEquals("planId", planId)
                    .correlateAll();
        }
    }
}
