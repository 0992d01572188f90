package vn.thidua.workflow.planlifecycle;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.AwardDocuments;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.workflow.ActingUser;

/**
 * userTask_issueMinutes, on complete: the clerk issues the Biên bản the secretary and the chair
 * signed (the plan's BB draft, from our tables; AwardDocuments.issueMinutes refuses it until both
 * signed), then the Quyết định is drafted from the council's approved results and goes to the
 * chairman, accompanied by the issued minutes.
 */
@Component("issueMinutesListener")
class IssueMinutesListener implements TaskListener {

    private final PlanOfInstance planOfInstance;
    private final AwardDocuments awardDocuments;
    private final PlanDocuments documents;

    IssueMinutesListener(PlanOfInstance planOfInstance, AwardDocuments awardDocuments, PlanDocuments documents) {
        this.planOfInstance = planOfInstance;
        this.awardDocuments = awardDocuments;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        Plan plan = planOfInstance.plan(task);
        LocalDate issueDate = PlanFormVariables.date(task, PlanLifecycleModel.ISSUE_DATE, "Ngày ban hành");
        if (issueDate == null) {
            throw new InvalidInputException(PlanLifecycleModel.ISSUE_DATE, "Ngày ban hành là bắt buộc.");
        }
        OfficialDocument minutes = planOfInstance.documentAwaiting(task);
        awardDocuments.issueMinutes(minutes.getId(), issueDate, ActingUser.of(task));
        PlanFormVariables.underApproval(task.getExecution(), documents.draft(plan, "QD"), "Quyết định");
    }
}
