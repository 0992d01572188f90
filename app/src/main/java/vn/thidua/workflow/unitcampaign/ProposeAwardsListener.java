package vn.thidua.workflow.unitcampaign;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardService;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.workflow.ActingUser;
import vn.thidua.workflow.JsonVariables;

/** userTask_proposeAwards, on complete: the unit's candidates (possibly none). */
@Component("proposeAwardsListener")
class ProposeAwardsListener implements TaskListener {

    private final AwardService awards;
    private final UnitCampaignRepository campaigns;
    private final Clock clock;

    ProposeAwardsListener(AwardService awards, UnitCampaignRepository campaigns, Clock clock) {
        this.awards = awards;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        long campaignId = ((Number) task.getVariable(CampaignVariables.CAMPAIGN_ID)).longValue();
        long planId = ((Number) task.getVariable("planId")).longValue();
        List<AwardService.Candidate> candidates = JsonVariables.read(task.getVariable(CampaignVariables.AWARD_CANDIDATES),
                new TypeReference<List<AwardService.Candidate>>() { }, CampaignVariables.AWARD_CANDIDATES);
        awards.propose(planId, campaignId, ActingUser.of(task), candidates);
        campaigns.findById(campaignId).ifPresent(c -> c.proposed(clock.instant()));
    }
}
