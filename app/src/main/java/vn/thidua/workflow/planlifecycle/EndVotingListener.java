package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.council.CouncilService;

/**
 * userTask_endVoting, on complete: the secretary ends the voting of the plan's open meeting (found
 * from the plan, never from a variable); refused while fewer members have voted than a valid
 * meeting needs. Completing it ends the sub-process, and with it the vote tasks still open.
 */
@Component("endVotingListener")
class EndVotingListener implements TaskListener {

    private final PlanOfInstance planOfInstance;
    private final CouncilService council;

    EndVotingListener(PlanOfInstance planOfInstance, CouncilService council) {
        this.planOfInstance = planOfInstance;
        this.council = council;
    }

    @Override
    public void notify(DelegateTask task) {
        long planId = planOfInstance.plan(task).getId();
        council.requireEnoughVotersToEnd(council.openMeetingOf(planId).id());
    }
}
