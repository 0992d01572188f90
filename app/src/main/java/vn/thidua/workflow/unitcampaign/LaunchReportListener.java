package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.ReportService;
import vn.thidua.workflow.ActingUser;
import vn.thidua.workflow.FormValues;

/** userTask_reportLaunch, on complete: stores the launch report (refused input changes nothing). */
@Component("launchReportListener")
class LaunchReportListener implements TaskListener {

    private final ReportService reports;
    private final CampaignOfInstance campaignOfInstance;

    LaunchReportListener(ReportService reports, CampaignOfInstance campaignOfInstance) {
        this.reports = reports;
        this.campaignOfInstance = campaignOfInstance;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.submitLaunch(campaignOfInstance.campaign(task).getId(), ActingUser.of(task), new ReportService.LaunchReport(
                FormValues.date(task, UnitCampaignModel.LAUNCHED_ON, "Ngày phát động"),
                FormValues.text(task, UnitCampaignModel.LAUNCH_FORM),
                FormValues.integer(task, UnitCampaignModel.PARTICIPANTS, "Số người tham dự"),
                FormValues.text(task, UnitCampaignModel.UNIT_THEME)));
    }
}
