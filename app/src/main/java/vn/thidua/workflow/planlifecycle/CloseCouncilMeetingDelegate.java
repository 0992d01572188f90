package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.award.council.CouncilResults;
import vn.thidua.award.council.CouncilService;
import vn.thidua.document.AwardDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanStatus;

/**
 * serviceTask_closeCouncilMeeting, once every member present has voted or the secretary ended the
 * voting: the meeting closes with each candidate's result (CouncilResults), and the Biên bản is
 * drafted from it for the secretary's and then the chair's signature. The Quyết định is drafted
 * when the clerk has issued the Biên bản (IssueMinutesListener): it goes to the chairman with the
 * council's signed minutes.
 */
@Component("closeCouncilMeetingDelegate")
class CloseCouncilMeetingDelegate implements JavaDelegate {

    private final PlanOfInstance planOfInstance;
    private final CouncilService council;
    private final CouncilResults results;
    private final PlanService plans;
    private final AwardDocuments awardDocuments;

    CloseCouncilMeetingDelegate(PlanOfInstance planOfInstance, CouncilService council, CouncilResults results,
            PlanService plans, AwardDocuments awardDocuments) {
        this.planOfInstance = planOfInstance;
        this.council = council;
        this.results = results;
        this.plans = plans;
        this.awardDocuments = awardDocuments;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Plan plan = planOfInstance.plan(execution);
        CouncilService.Meeting meeting = council.openMeetingOf(plan.getId());
        results.close(meeting.id(), "he-thong");
        plans.moveTo(plan.getId(), PlanStatus.AWARD_DECISION);
        PlanFormVariables.underApproval(execution, awardDocuments.minutes(meeting.id()), "Biên bản");
    }
}
