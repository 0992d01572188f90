package vn.thidua.workflow.planlifecycle;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.DocumentSignatures;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;
import vn.thidua.workflow.ActingUser;

/**
 * Review and signature tasks, on complete: records who decided what (a return needs a comment),
 * and moves the plan to its next state. The gateway after the task reads the same "decision".
 */
@Component("reviewDecisionListener")
class ReviewDecisionListener implements TaskListener {

    private record Outcome(PlanStatus approved, PlanStatus returned) {
    }

    private static final Map<String, Outcome> OUTCOMES = Map.of(
            PlanLifecycleModel.USER_TASK_REVIEW_PLAN, new Outcome(PlanStatus.AWAITING_SIGNATURE, PlanStatus.DRAFT),
            PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN, new Outcome(PlanStatus.AWAITING_ISSUE, PlanStatus.DRAFT),
            PlanLifecycleModel.USER_TASK_REVIEW_REPORT, new Outcome(PlanStatus.CONSOLIDATION, PlanStatus.CONSOLIDATION),
            PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_REPORT, new Outcome(PlanStatus.CONSOLIDATION, PlanStatus.CONSOLIDATION),
            PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES, new Outcome(PlanStatus.AWARD_DECISION, PlanStatus.AWARDS),
            PlanLifecycleModel.USER_TASK_CHAIR_SIGN_MINUTES, new Outcome(PlanStatus.AWARD_DECISION, PlanStatus.AWARDS),
            PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_AWARDS, new Outcome(PlanStatus.AWARD_DECISION, PlanStatus.AWARDS));

    private final PlanService plans;
    private final PlanOfInstance planOfInstance;
    private final DocumentSignatures signatures;

    ReviewDecisionListener(PlanService plans, PlanOfInstance planOfInstance, DocumentSignatures signatures) {
        this.plans = plans;
        this.planOfInstance = planOfInstance;
        this.signatures = signatures;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = planOfInstance.plan(task).getId();
        String decision = PlanFormVariables.text(task, PlanLifecycleModel.DECISION);
        if (PlanLifecycleModel.SIGNATURE_TASKS.contains(task.getTaskDefinitionKey()) && PlanService.APPROVE.equals(decision)) {
            requireSignature(task);
        }
        plans.review(planId, task.getTaskDefinitionKey(), decision, PlanFormVariables.text(task, PlanLifecycleModel.COMMENT),
                ActingUser.of(task));
        Outcome outcome = OUTCOMES.get(task.getTaskDefinitionKey());
        plans.moveTo(planId, PlanService.RETURN.equals(decision) ? outcome.returned() : outcome.approved());
        task.getExecution().setVariable(PlanLifecycleModel.REVIEW_HISTORY, plans.historyText(planId));
    }

    /**
     * "Approve" at the chairman's step means "signed": Tasklist's form cannot sign, so it may only
     * return; approving needs this step's document (from our tables) signed by this person first,
     * on the chairman's page or through the token API.
     */
    private void requireSignature(DelegateTask task) {
        long documentId = planOfInstance.documentAwaiting(task).getId();
        String user = ActingUser.of(task);
        if (!signatures.isSignedBy(documentId, user)) {
            throw new InvalidInputException(PlanLifecycleModel.DECISION, "Văn bản chưa được bạn ký số. Hãy ký tại trang"
                    + " \"Văn bản chờ ký\": " + PlanLifecycleModel.signingPageOf(documentId) + " (Tasklist chỉ dùng để trả lại).");
        }
    }
}
