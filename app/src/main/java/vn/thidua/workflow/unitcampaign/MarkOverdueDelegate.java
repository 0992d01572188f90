package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.document.PlanDocuments;
import vn.thidua.document.kinds.ReminderContent;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.PlanRepository;

/**
 * The overdue timers of a unit's tasks: the task stays open, the campaign is marked overdue, and a
 * Công văn đôn đốc to the unit is made and numbered for the specialist to send.
 */
@Component("markOverdueDelegate")
class MarkOverdueDelegate implements JavaDelegate {

    private final UnitCampaignRepository campaigns;
    private final PlanRepository plans;
    private final OrgUnitRepository units;
    private final PlanDocuments documents;

    MarkOverdueDelegate(UnitCampaignRepository campaigns, PlanRepository plans, OrgUnitRepository units, PlanDocuments documents) {
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.documents = documents;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UnitCampaign campaign = campaigns.findById(((Number) execution.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue())
                .orElseThrow();
        boolean launch = "serviceTask_markLaunchOverdue".equals(execution.getCurrentActivityId());
        if (launch) {
            campaign.markLaunchOverdue();
        } else {
            campaign.markReportOverdue();
        }
        campaigns.save(campaign);
        documents.reminder(plans.findById(campaign.getPlanId()).orElseThrow(), units.findById(campaign.getUnitId()).orElseThrow(),
                launch ? ReminderContent.Missed.LAUNCH : ReminderContent.Missed.FINAL_REPORT);
    }
}
