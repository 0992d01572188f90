package vn.thidua.workflow.planlifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanService;

/**
 * userTask_draftPlan, on complete: saves the specialist's edits after checking them. An error
 * here fails the completion, so Tasklist shows the message and the form keeps what was typed.
 */
@Component("draftPlanListener")
class DraftPlanListener implements TaskListener {

    private final PlanService plans;
    private final PlanDocuments documents;
    private final DraftTargets draftTargets;

    DraftPlanListener(PlanService plans, PlanDocuments documents, DraftTargets draftTargets) {
        this.plans = plans;
        this.documents = documents;
        this.draftTargets = draftTargets;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = ((Number) task.getVariable(PlanVariables.PLAN_ID)).longValue();
        List<TargetRows> rows = JsonVariables.read(task.getVariable(PlanVariables.TARGETS), new TypeReference<List<TargetRows>>() { },
                PlanVariables.TARGETS);
        Plan plan = plans.updateDraft(planId, new PlanService.DraftInput(
                PlanFormVariables.text(task, "title"),
                PlanFormVariables.text(task, "theme"),
                PlanFormVariables.date(task, "launchDeadline", "Hạn phát động"),
                PlanFormVariables.date(task, "reportDeadline", "Hạn báo cáo"),
                PlanFormVariables.date(task, "campaignEnd", "Ngày kết thúc"),
                rows == null ? null : rows.stream().map(TargetRows::toData).toList()));
        PlanFormVariables.publish(task.getExecution(), plan);
        PlanFormVariables.underApproval(task.getExecution(), documents.draft(plan, "KH"), "Kế hoạch");
        draftTargets.publish(task.getExecution(), plan);
        task.getExecution().removeVariable(PlanVariables.DECISION);
        task.getExecution().removeVariable(PlanVariables.COMMENT);
    }
}
