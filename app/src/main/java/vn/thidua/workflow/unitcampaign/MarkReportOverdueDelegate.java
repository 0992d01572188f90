package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.document.kinds.ReminderContent;

/** serviceTask_markReportOverdue: the report deadline passed without a final report. */
@Component("markReportOverdueDelegate")
class MarkReportOverdueDelegate implements JavaDelegate {

    private final OverdueMarking overdue;

    MarkReportOverdueDelegate(OverdueMarking overdue) {
        this.overdue = overdue;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UnitCampaign campaign = overdue.campaign(execution);
        campaign.markReportOverdue();
        overdue.remindInWriting(campaign, ReminderContent.Missed.FINAL_REPORT);
    }
}
