package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.plan.PlanRepository;
import vn.thidua.workflow.planlifecycle.PlanProcess;

/**
 * serviceTask_recordReported: counts the unit's final report down on the plan row; the unit that
 * brings the count to zero wakes the plan up. The row lock serialises only this short update.
 */
@Component("recordReportedDelegate")
class RecordReportedDelegate implements JavaDelegate {

    private final PlanRepository plans;
    private final PlanProcess planProcess;

    RecordReportedDelegate(PlanRepository plans, PlanProcess planProcess) {
        this.plans = plans;
        this.planProcess = planProcess;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long planId = UnitCampaignModel.planId(execution);
        plans.decrementFinalPending(planId);
        if (plans.finalPending(planId) == 0) {
            planProcess.allUnitsReported(planId);
        }
    }
}
