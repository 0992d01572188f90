package vn.thidua.workflow.planlifecycle;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.workflow.ActingUser;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.DocumentSignatures;
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
    private final DocumentSignatures signatures;

    ReviewDecisionListener(PlanService plans, DocumentSignatures signatures) {
        this.plans = plans;
        this.signatures = signatures;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable(PlanVariables.PLAN_ID)).longValue();
        String decision = PlanFormVariables.text(task, PlanVariables.DECISION);
        if (PlanVariables.SIGNATURE_TASKS.contains(task.getTaskDefinitionKey()) && PlanService.APPROVE.equals(decision)) {
            requireSignature(task);
        }
        plans.review(planId, task.getTaskDefinitionKey(), decision, PlanFormVariables.text(task, PlanVariables.COMMENT),
                ActingUser.of(task));
        Outcome outcome = OUTCOMES.get(task.getTaskDefinitionKey());
        plans.moveTo(planId, PlanService.RETURN.equals(decision) ? outcome.returned() : outcome.approved());
        task.getExecution().setVariable(PlanVariables.REVIEW_HISTORY, plans.historyText(planId));
    }

    /**
     * "Approve" at the chairman's step means "signed": Tasklist's form cannot sign, so it may only
     * return; approving needs the signature made on the chairman's page (or the token API) first.
     */
    private void requireSignature(DelegateTask task) {
        long documentId = ((Number) task.getVariable(PlanVariables.DOCUMENT_ID)).longValue();
        String user = ActingUser.of(task);
        if (!signatures.isSignedBy(documentId, user)) {
            throw new InvalidInputException(PlanVariables.DECISION, "Văn bản chưa được bạn ký số. Hãy ký tại trang"
                    + " \"Văn bản chờ ký\": " + PlanVariables.signingPageOf(documentId) + " (Tasklist chỉ dùng để trả lại).");
        }
    }
}
