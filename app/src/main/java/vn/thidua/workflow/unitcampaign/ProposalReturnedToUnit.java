package vn.thidua.workflow.unitcampaign;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.proposal.ProposalService;

/**
 * When the specialist returns a proposal, the unit's instance (if it waits for the review) opens
 * its correction task; a unit whose proposal task is still open sees the return there. Runs in the
 * specialist's transaction: the return and the reopening happen together or not at all.
 */
@Component
class ProposalReturnedToUnit {

    private final UnitCampaignProcess unitCampaigns;

    ProposalReturnedToUnit(UnitCampaignProcess unitCampaigns) {
        this.unitCampaigns = unitCampaigns;
    }

    @EventListener
    void on(ProposalService.ProposalReturned returned) {
        unitCampaigns.proposalReturned(returned.campaignId());
    }
}
