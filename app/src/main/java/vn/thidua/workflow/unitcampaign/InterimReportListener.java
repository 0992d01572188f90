package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.ReportService;
import vn.thidua.workflow.ActingUser;

/** userTask_reportInterim, on complete: the interim (sơ kết) report, with the same values and narrative as the final one. */
@Component("interimReportListener")
class InterimReportListener implements TaskListener {

    private final ReportService reports;
    private final CampaignOfInstance campaignOfInstance;

    InterimReportListener(ReportService reports, CampaignOfInstance campaignOfInstance) {
        this.reports = reports;
        this.campaignOfInstance = campaignOfInstance;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.submitInterim(campaignOfInstance.campaign(task).getId(), ActingUser.of(task), ReportForm.read(task));
    }
}
