package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.document.kinds.ReminderContent;

/** serviceTask_markLaunchOverdue: the launch deadline passed without a launch report. */
@Component("markLaunchOverdueDelegate")
class MarkLaunchOverdueDelegate implements JavaDelegate {

    private final OverdueMarking overdue;

    MarkLaunchOverdueDelegate(OverdueMarking overdue) {
        this.overdue = overdue;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UnitCampaign campaign = overdue.campaign(execution);
        campaign.markLaunchOverdue();
        overdue.remindInWriting(campaign, ReminderContent.Missed.LAUNCH);
    }
}
