package vn.thidua.workflow.unitcampaign;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardService;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.workflow.ActingUser;
import vn.thidua.workflow.JsonVariables;

/** userTask_proposeAwards, on complete: the unit's candidates (possibly none). */
@Component("proposeAwardsListener")
class ProposeAwardsListener implements TaskListener {

    private final AwardService awards;
    private final CampaignOfInstance campaignOfInstance;
    private final Clock clock;

    ProposeAwardsListener(AwardService awards, CampaignOfInstance campaignOfInstance, Clock clock) {
        this.awards = awards;
        this.campaignOfInstance = campaignOfInstance;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        UnitCampaign campaign = campaignOfInstance.campaign(task);
        List<AwardService.Candidate> candidates = JsonVariables.read(task.getVariable(UnitCampaignModel.AWARD_CANDIDATES),
                new TypeReference<List<AwardService.Candidate>>() { }, UnitCampaignModel.AWARD_CANDIDATES);
        awards.propose(campaign.getPlanId(), campaign.getId(), ActingUser.of(task), candidates);
        campaign.proposed(clock.instant());
    }
}
