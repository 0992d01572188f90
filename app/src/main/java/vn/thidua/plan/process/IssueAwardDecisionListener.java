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

/** userTask_issueAwardDecision, on complete: the decision gets its number; the plan's life ends. */
@Component("issueAwardDecisionListener")
class IssueAwardDecisionListener implements TaskListener {

    private final PlanRepository plans;
    private final PlanDocuments documents;

    IssueAwardDecisionListener(PlanRepository plans, PlanDocuments documents) {
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
        OfficialDocument decision = documents.issueAwardDecision(plan, issueDate, ActingUser.of(task));
        plan.setStatus(PlanStatus.CLOSED);
        task.getExecution().setVariable(PlanVariables.AWARD_DECISION_NUMBER, decision.numberAndNotation());
        task.getExecution().setVariable(PlanVariables.DOCUMENT_URL, "/api/documents/" + decision.getId() + "/pdf");
    }
}
