package vn.thidua.plan.process;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.common.process.ActingUser;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/**
 * Review and signature tasks, on complete: records who decided what (a return needs a comment),
 * and moves the plan to its next state. The gateway after the task reads the same "decision".
 */
@Component("reviewDecisionListener")
class ReviewDecisionListener implements TaskListener {

    private record Outcome(PlanStatus approved, PlanStatus returned) {
    }

    private static final Map<String, Outcome> OUTCOMES = Map.of(
            "userTask_reviewPlan", new Outcome(PlanStatus.AWAITING_SIGNATURE, PlanStatus.DRAFT),
            "userTask_chairmanApprovePlan", new Outcome(PlanStatus.AWAITING_ISSUE, PlanStatus.DRAFT),
            "userTask_reviewReport", new Outcome(PlanStatus.CONSOLIDATION, PlanStatus.CONSOLIDATION),
            "userTask_chairmanApproveReport", new Outcome(PlanStatus.CONSOLIDATION, PlanStatus.CONSOLIDATION),
            "userTask_chairmanApproveAwards", new Outcome(PlanStatus.AWARD_DECISION, PlanStatus.AWARDS));

    private final PlanService plans;

    ReviewDecisionListener(PlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable(PlanVariables.PLAN_ID)).longValue();
        String decision = PlanFormVariables.text(task, PlanVariables.DECISION);
        plans.review(planId, task.getTaskDefinitionKey(), decision, PlanFormVariables.text(task, PlanVariables.COMMENT),
                ActingUser.of(task));
        Outcome outcome = OUTCOMES.get(task.getTaskDefinitionKey());
        plans.moveTo(planId, PlanService.RETURN.equals(decision) ? outcome.returned() : outcome.approved());
        task.getExecution().setVariable(PlanVariables.REVIEW_HISTORY, plans.historyText(planId));
    }
}
