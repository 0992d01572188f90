package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.document.PlanDocuments;
import vn.thidua.document.kinds.ReminderContent;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.PlanRepository;

/**
 * What both overdue timers do once the campaign is marked: a Công văn đôn đốc to the unit, made
 * and numbered for the specialist to send. The task stays open (the timers do not interrupt).
 */
@Component
class OverdueMarking {

    private final CampaignOfInstance campaignOfInstance;
    private final UnitCampaignRepository campaigns;
    private final PlanRepository plans;
    private final OrgUnitRepository units;
    private final PlanDocuments documents;

    OverdueMarking(CampaignOfInstance campaignOfInstance, UnitCampaignRepository campaigns, PlanRepository plans,
            OrgUnitRepository units, PlanDocuments documents) {
        this.campaignOfInstance = campaignOfInstance;
        this.campaigns = campaigns;
        this.plans = plans;
        this.units = units;
        this.documents = documents;
    }

    UnitCampaign campaign(DelegateExecution execution) {
        return campaignOfInstance.campaign(execution);
    }

    void remindInWriting(UnitCampaign campaign, ReminderContent.Missed missed) {
        campaigns.save(campaign);
        documents.reminder(plans.findById(campaign.getPlanId()).orElseThrow(), units.findById(campaign.getUnitId()).orElseThrow(),
                missed);
    }
}
