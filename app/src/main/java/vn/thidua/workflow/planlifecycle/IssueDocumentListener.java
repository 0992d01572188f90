package vn.thidua.workflow.planlifecycle;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.workflow.ActingUser;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanStatus;

/**
 * The clerk's issue tasks (plan, consolidated report, award decision), on complete: the document
 * under approval gets its number and date; what follows depends on which document it was.
 */
@Component("issueDocumentListener")
class IssueDocumentListener implements TaskListener {

    private final PlanRepository plans;
    private final PlanDocuments documents;

    IssueDocumentListener(PlanRepository plans, PlanDocuments documents) {
        this.plans = plans;
        this.documents = documents;
    }

    @Override
    public void notify(DelegateTask task) {
        Plan plan = plans.findById(((Number) task.getVariable(PlanVariables.PLAN_ID)).longValue()).orElseThrow();
        LocalDate issueDate = PlanFormVariables.date(task, PlanVariables.ISSUE_DATE, "Ngày ban hành");
        if (issueDate == null) {
            throw new InvalidInputException(PlanVariables.ISSUE_DATE, "Ngày ban hành là bắt buộc.");
        }
        String activity = task.getTaskDefinitionKey();
        if ("userTask_issuePlan".equals(activity) && !issueDate.isBefore(plan.getLaunchDeadline())) {
            throw new InvalidInputException(PlanVariables.ISSUE_DATE,
                    "Ngày ban hành phải trước hạn phát động " + plan.getLaunchDeadline() + ".");
        }
        long documentId = ((Number) task.getVariable(PlanVariables.DOCUMENT_ID)).longValue();
        OfficialDocument issued = documents.issue(plan, documentId, issueDate, ActingUser.of(task));
        task.getExecution().setVariable(PlanVariables.DOCUMENT_URL, "/api/documents/" + issued.getId() + "/pdf");
        switch (activity) {
            case "userTask_issuePlan" -> {
                plan.setDocumentId(issued.getId());
                plan.setStatus(PlanStatus.REPORTING);
                task.getExecution().setVariable(PlanVariables.PLAN_NUMBER, issued.numberAndNotation());
                task.getExecution().setVariable(PlanVariables.REPORT_WAIT_UNTIL, PlanFormVariables.endOfDay(plan.getReportDeadline()));
            }
            case "userTask_issueReport" -> {
                plan.setStatus(PlanStatus.AWARDS);
                task.getExecution().setVariable(PlanVariables.REPORT_NUMBER, issued.numberAndNotation());
            }
            case "userTask_issueAwardDecision" -> {
                plan.setStatus(PlanStatus.CLOSED);
                documents.certificates(plan, issued);
                task.getExecution().setVariable(PlanVariables.AWARD_DECISION_NUMBER, issued.numberAndNotation());
            }
            default -> throw new IllegalStateException("issueDocumentListener on unexpected task " + activity);
        }
    }
}
