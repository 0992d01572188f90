package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** userTask_proposeAwards, on complete: the unit has sent its proposals (possibly none). */
@Component("proposeAwardsListener")
class ProposeAwardsListener implements TaskListener {

    private final UnitProposals unitProposals;

    ProposeAwardsListener(UnitProposals unitProposals) {
        this.unitProposals = unitProposals;
    }

    @Override
    public void notify(DelegateTask task) {
        unitProposals.submit(task);
    }
}
