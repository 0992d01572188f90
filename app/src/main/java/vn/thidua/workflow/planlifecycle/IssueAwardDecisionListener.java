package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.thidua.award.history.AwardHistoryService;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanStatus;

/**
 * userTask_issueAwardDecision, on complete: the Quyết định is issued, with a certificate per
 * recipient the council approved; every award goes into the award history (next year's
 * prerequisites); the plan closes.
 */
@Component("issueAwardDecisionListener")
class IssueAwardDecisionListener extends IssueDocumentListener {

    private final PlanDocuments documents;
    private final AwardHistoryService history;

    IssueAwardDecisionListener(PlanOfInstance planOfInstance, PlanDocuments documents, AwardHistoryService history) {
        super(planOfInstance, documents);
        this.documents = documents;
        this.history = history;
    }

    @Override
    void afterIssue(DelegateTask task, Plan plan, OfficialDocument issued) {
        plan.setStatus(PlanStatus.CLOSED);
        documents.certificates(plan, issued);
        history.recordDecision(plan.getAgencyId(), plan.getYear(), plan.getId(), issued.numberAndNotation(), issued.getIssuedOn());
        task.getExecution().setVariable(PlanLifecycleModel.AWARD_DECISION_NUMBER, issued.numberAndNotation());
    }
}
