package vn.thidua.campaign.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;

/** The overdue timers of a unit's tasks: the task stays open, the campaign is marked overdue. */
@Component("markOverdueDelegate")
class MarkOverdueDelegate implements JavaDelegate {

    private final UnitCampaignRepository campaigns;

    MarkOverdueDelegate(UnitCampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UnitCampaign campaign = campaigns.findById(((Number) execution.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue())
                .orElseThrow();
        if ("serviceTask_markLaunchOverdue".equals(execution.getCurrentActivityId())) {
            campaign.markLaunchOverdue();
        } else {
            campaign.markReportOverdue();
        }
        campaigns.save(campaign);
    }
}
