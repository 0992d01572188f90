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

    LaunchReportListener(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = ((Number) task.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue();
        reports.submitLaunch(campaignId, ActingUser.of(task), new ReportService.LaunchReport(
                FormValues.date(task, "launchedOn", "Ngày phát động"),
                FormValues.text(task, "launchForm"),
                FormValues.integer(task, "participants", "Số người tham dự"),
                FormValues.text(task, "unitTheme")));
    }
}
