package vn.thidua.workflow.planlifecycle;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.thidua.award.council.CouncilService;

/**
 * userTask_councilVote's collection: the logins of the members the secretary recorded present at
 * the plan's open meeting, read from our tables (never from a variable).
 */
@Component("councilVoters")
public class CouncilVoters {

    private final CouncilService council;

    CouncilVoters(CouncilService council) {
        this.council = council;
    }

    public List<String> of(DelegateExecution execution) {
        long planId = PlanLifecycleModel.planId(execution);
        return council.presentLogins(council.openMeetingOf(planId).id());
    }
}
