package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** userTask_correctProposals, on complete: the returned proposals are corrected (or withdrawn) and sent again. */
@Component("correctProposalsListener")
class CorrectProposalsListener implements TaskListener {

    private final UnitProposals unitProposals;

    CorrectProposalsListener(UnitProposals unitProposals) {
        this.unitProposals = unitProposals;
    }

    @Override
    public void notify(DelegateTask task) {
        unitProposals.submit(task);
    }
}
