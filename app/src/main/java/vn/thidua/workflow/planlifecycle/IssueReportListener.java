package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanStatus;

/** userTask_issueReport, on complete: the consolidated Báo cáo is issued; award proposals open next. */
@Component("issueReportListener")
class IssueReportListener extends IssueDocumentListener {

    IssueReportListener(PlanOfInstance planOfInstance, PlanDocuments documents) {
        super(planOfInstance, documents);
    }

    @Override
    void afterIssue(DelegateTask task, Plan plan, OfficialDocument issued) {
        plan.setStatus(PlanStatus.AWARDS);
        task.getExecution().setVariable(PlanLifecycleModel.REPORT_NUMBER, issued.numberAndNotation());
    }
}
