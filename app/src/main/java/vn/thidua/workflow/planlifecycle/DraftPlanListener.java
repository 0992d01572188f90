package vn.thidua.workflow.planlifecycle;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanService;
import vn.thidua.workflow.JsonVariables;

/**
 * userTask_draftPlan, on complete: saves the specialist's edits after checking them. An error
 * here fails the completion, so Tasklist shows the message and the form keeps what was typed.
 */
@Component("draftPlanListener")
class DraftPlanListener implements TaskListener {

    private final PlanService plans;
    private final PlanOfInstance planOfInstance;
    private final PlanDocuments documents;
    private final DraftTargets draftTargets;

    DraftPlanListener(PlanService plans, PlanOfInstance planOfInstance, PlanDocuments documents, DraftTargets draftTargets) {
        this.plans = plans;
        this.planOfInstance = planOfInstance;
        this.documents = documents;
        this.draftTargets = draftTargets;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = planOfInstance.plan(task).getId();
        List<TargetRows> rows = JsonVariables.read(task.getVariable(PlanLifecycleModel.TARGETS),
                new TypeReference<List<TargetRows>>() { }, PlanLifecycleModel.TARGETS);
        Plan plan = plans.updateDraft(planId, new PlanService.DraftInput(
                PlanFormVariables.text(task, PlanLifecycleModel.TITLE),
                PlanFormVariables.text(task, PlanLifecycleModel.THEME),
                PlanFormVariables.date(task, PlanLifecycleModel.LAUNCH_DEADLINE, "Hạn phát động"),
                PlanFormVariables.date(task, PlanLifecycleModel.REPORT_DEADLINE, "Hạn báo cáo"),
                PlanFormVariables.date(task, PlanLifecycleModel.CAMPAIGN_END, "Ngày kết thúc"),
                rows == null ? null : rows.stream().map(TargetRows::toData).toList()));
        PlanFormVariables.publish(task.getExecution(), plan);
        PlanFormVariables.underApproval(task.getExecution(), documents.draft(plan, "KH"), "Kế hoạch");
        draftTargets.publish(task.getExecution(), plan);
        task.getExecution().removeVariable(PlanLifecycleModel.DECISION);
        task.getExecution().removeVariable(PlanLifecycleModel.COMMENT);
    }
}
