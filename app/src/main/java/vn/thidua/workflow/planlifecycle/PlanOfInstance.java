package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;

/**
 * The records a step of a plan's instance acts on, found from the instance itself: the plan is the
 * business key and must name this very instance in our table; the document is the plan's draft of
 * the step's kind. Whatever variables someone sent with a task, they never choose the record.
 */
@Component
public class PlanOfInstance {

    private final PlanRepository plans;
    private final OfficialDocumentRepository documents;

    PlanOfInstance(PlanRepository plans, OfficialDocumentRepository documents) {
        this.plans = plans;
        this.documents = documents;
    }

    public Plan plan(DelegateExecution execution) {
        long planId = PlanLifecycleModel.planId(execution);
        String instanceId = execution.getProcessInstanceId();
        return plans.findById(planId).filter(p -> instanceId.equals(p.getProcessInstanceId()))
                .orElseThrow(() -> new IllegalStateException("Kế hoạch " + planId + " không thuộc quy trình " + instanceId + "."));
    }

    public Plan plan(DelegateTask task) {
        return plan(task.getExecution());
    }

    /**
     * The document awaiting this review, signature or issue step: the plan's current draft of the
     * kind the step works on (a plan has at most one draft of each kind; see PlanDocuments.draft).
     */
    public OfficialDocument documentAwaiting(DelegateTask task) {
        Plan plan = plan(task);
        String kind = PlanLifecycleModel.documentKindAt(task.getTaskDefinitionKey());
        return documents.findFirstByPlanIdAndKindAndStatusOrderByIdDesc(plan.getId(), kind, OfficialDocument.Status.DRAFT)
                .orElseThrow(() -> new IllegalStateException("Kế hoạch " + plan.getId() + " không có văn bản " + kind
                        + " nào đang chờ ở bước \"" + task.getName() + "\"."));
    }
}
