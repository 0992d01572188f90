package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.ReportService;
import vn.thidua.workflow.ActingUser;

/** userTask_reportFinal, on complete: a value per target the unit reports, plus the narrative. */
@Component("finalReportListener")
class FinalReportListener implements TaskListener {

    private final ReportService reports;
    private final CampaignOfInstance campaignOfInstance;

    FinalReportListener(ReportService reports, CampaignOfInstance campaignOfInstance) {
        this.reports = reports;
        this.campaignOfInstance = campaignOfInstance;
    }

    @Override
    public void notify(DelegateTask task) {
        reports.submitFinal(campaignOfInstance.campaign(task).getId(), ActingUser.of(task), ReportForm.read(task));
    }
}
