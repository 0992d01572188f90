package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.award.council.CouncilResults;
import vn.thidua.award.council.CouncilService;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/**
 * serviceTask_closeCouncilMeeting, once every member present has voted: the meeting closes with
 * each candidate's result (CouncilResults; its Minutes stay available through
 * CouncilResults.minutes of the plan's latest meeting), and the Quyết định is drafted from the
 * approved results for the chairman's signature.
 */
@Component("closeCouncilMeetingDelegate")
class CloseCouncilMeetingDelegate implements JavaDelegate {

    private final PlanOfInstance planOfInstance;
    private final CouncilService council;
    private final CouncilResults results;
    private final PlanService plans;
    private final PlanDocuments documents;

    CloseCouncilMeetingDelegate(PlanOfInstance planOfInstance, CouncilService council, CouncilResults results,
            PlanService plans, PlanDocuments documents) {
        this.planOfInstance = planOfInstance;
        this.council = council;
        this.results = results;
        this.plans = plans;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = planOfInstance.plan(execution);
        CouncilService.Meeting meeting = council.openMeetingOf(plan.getId());
        results.close(meeting.id(), "he-thong");
        plans.moveTo(plan.getId(), PlanStatus.AWARD_DECISION);
        PlanFormVariables.underApproval(execution, documents.draft(plan, "QD"), "Quyết định");
    }
}
