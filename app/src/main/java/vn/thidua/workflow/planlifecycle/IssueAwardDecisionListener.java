package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanStatus;

/** userTask_issueAwardDecision, on complete: the Quyết định is issued, with a Giấy khen per awardee; the plan closes. */
@Component("issueAwardDecisionListener")
class IssueAwardDecisionListener extends IssueDocumentListener {

    private final PlanDocuments documents;

    IssueAwardDecisionListener(PlanOfInstance planOfInstance, PlanDocuments documents) {
        super(planOfInstance, documents);
        this.documents = documents;
    }

    @Override
    void afterIssue(DelegateTask task, Plan plan, OfficialDocument issued) {
        plan.setStatus(PlanStatus.CLOSED);
        documents.certificates(plan, issued);
        task.getExecution().setVariable(PlanLifecycleModel.AWARD_DECISION_NUMBER, issued.numberAndNotation());
    }
}
