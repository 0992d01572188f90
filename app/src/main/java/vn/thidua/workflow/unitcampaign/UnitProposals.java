package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.campaign.UnitCampaign;

/**
 * What completing the unit's proposal task means, for the first time or after a return: the
 * unit's own proposals (written through the proposal API by its head, found by the task's own
 * campaign, never by anything the completion sends) are all submitted, none still returned: the
 * drafts saved while the task was open become visible to the specialist only now.
 */
@Component
class UnitProposals {

    private final CampaignOfInstance campaignOfInstance;
    private final ProposalService proposals;

    UnitProposals(CampaignOfInstance campaignOfInstance, ProposalService proposals) {
        this.campaignOfInstance = campaignOfInstance;
        this.proposals = proposals;
    }

    void submit(DelegateTask task) {
        UnitCampaign campaign = campaignOfInstance.campaign(task);
        proposals.requireNoneReturned(campaign.getPlanId(), campaign.getUnitId());
        proposals.submitUnit(campaign.getPlanId(), campaign.getUnitId());
    }
}
