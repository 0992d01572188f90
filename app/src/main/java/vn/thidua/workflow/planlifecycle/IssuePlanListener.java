package vn.thidua.workflow.planlifecycle;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanStatus;

/** userTask_issuePlan, on complete: the Kế hoạch is issued before the launch deadline; units report next. */
@Component("issuePlanListener")
class IssuePlanListener extends IssueDocumentListener {

    IssuePlanListener(PlanOfInstance planOfInstance, PlanDocuments documents) {
        super(planOfInstance, documents);
    }

    @Override
    void checkIssueDate(Plan plan, LocalDate issueDate) {
        if (!issueDate.isBefore(plan.getLaunchDeadline())) {
            throw new InvalidInputException(PlanLifecycleModel.ISSUE_DATE,
                    "Ngày ban hành phải trước hạn phát động " + VietnameseDates.numeric(plan.getLaunchDeadline()) + ".");
        }
    }

    @Override
    void afterIssue(DelegateTask task, Plan plan, OfficialDocument issued) {
        plan.setDocumentId(issued.getId());
        plan.setStatus(PlanStatus.REPORTING);
        task.getExecution().setVariable(PlanLifecycleModel.PLAN_NUMBER, issued.numberAndNotation());
        task.getExecution().setVariable(PlanLifecycleModel.REPORT_WAIT_UNTIL, PlanFormVariables.endOfDay(plan.getReportDeadline()));
    }
}
