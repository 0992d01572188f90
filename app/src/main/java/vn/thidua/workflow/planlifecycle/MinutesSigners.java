package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;

/**
 * The assignees of the Biên bản's two signature tasks: the signers its draft names, which
 * AwardDocuments.minutes took from the council's roles in the organisation file (its secretary,
 * then its chair). Found from the plan of the instance, never from a variable.
 */
@Component("minutesSigners")
public class MinutesSigners {

    private final PlanOfInstance planOfInstance;
    private final OfficialDocumentRepository documents;

    MinutesSigners(PlanOfInstance planOfInstance, OfficialDocumentRepository documents) {
        this.planOfInstance = planOfInstance;
        this.documents = documents;
    }

    /** The council's secretary, who signs first. */
    public String secretary(DelegateExecution execution) {
        return draft(execution).getFirstSignerUsername();
    }

    /** The council's chair, who signs after the secretary. */
    public String chair(DelegateExecution execution) {
        return draft(execution).signer().username();
    }

    private OfficialDocument draft(DelegateExecution execution) {
        long planId = planOfInstance.plan(execution).getId();
        return documents.findFirstByPlanIdAndKindAndStatusOrderByIdDesc(planId, "BB", OfficialDocument.Status.DRAFT)
                .orElseThrow(() -> new IllegalStateException("Kế hoạch " + planId + " không có biên bản họp Hội đồng nào đang chờ ký."));
    }
}
