package vn.thidua.workflow.planlifecycle;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.workflow.ActingUser;

/**
 * The clerk's issue steps, on complete: the document awaiting issue (the plan's signed draft of the
 * step's kind, found in our tables) gets its number and date; each step's listener says what
 * follows for the plan.
 */
abstract class IssueDocumentListener implements TaskListener {

    private final PlanOfInstance planOfInstance;
    private final PlanDocuments documents;

    IssueDocumentListener(PlanOfInstance planOfInstance, PlanDocuments documents) {
        this.planOfInstance = planOfInstance;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        Plan plan = planOfInstance.plan(task);
        LocalDate issueDate = PlanFormVariables.date(task, PlanLifecycleModel.ISSUE_DATE, "Ngày ban hành");
        if (issueDate == null) {
            throw new InvalidInputException(PlanLifecycleModel.ISSUE_DATE, "Ngày ban hành là bắt buộc.");
        }
        checkIssueDate(plan, issueDate);
        OfficialDocument awaiting = planOfInstance.documentAwaiting(task);
        OfficialDocument issued = documents.issue(plan, awaiting.getId(), issueDate, ActingUser.of(task));
        task.getExecution().setVariable(PlanLifecycleModel.DOCUMENT_URL, "/api/documents/" + issued.getId() + "/pdf");
        afterIssue(task, plan, issued);
    }

    /** A step may refuse a date (before anything is numbered). */
    void checkIssueDate(Plan plan, LocalDate issueDate) {
    }

    abstract void afterIssue(DelegateTask task, Plan plan, OfficialDocument issued);
}
