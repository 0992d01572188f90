package vn.thidua.plan.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.common.process.ActingUser;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanStatus;

/** userTask_issuePlan, on complete: number from the register, final PDF, plan goes to the units. */
@Component("issuePlanListener")
class IssuePlanListener implements TaskListener {

    private final PlanRepository plans;
    private final PlanDocuments documents;

    IssuePlanListener(PlanRepository plans, PlanDocuments documents) {
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
        if (!issueDate.isBefore(plan.getLaunchDeadline())) {
            throw new InvalidInputException(PlanVariables.ISSUE_DATE,
                    "Ngày ban hành phải trước hạn phát động " + plan.getLaunchDeadline() + ".");
        }
        OfficialDocument issued = documents.issuePlan(plan, issueDate, ActingUser.of(task));
        plan.setDocumentId(issued.getId());
        plan.setStatus(PlanStatus.REPORTING);
        task.getExecution().setVariable(PlanVariables.PLAN_NUMBER, issued.numberAndNotation());
        task.getExecution().setVariable(PlanVariables.DOCUMENT_URL, "/api/documents/" + issued.getId() + "/pdf");
        task.getExecution().setVariable(PlanVariables.REPORT_WAIT_UNTIL, PlanFormVariables.endOfDay(plan.getReportDeadline()));
    }
}
