package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardRoundService;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.rules.RoundCheckService;
import vn.thidua.document.PlanDocuments;
import vn.thidua.plan.Plan;
import vn.thidua.workflow.ActingUser;
import vn.thidua.workflow.unitcampaign.UnitCampaignProcess;

/**
 * userTask_reviewProposals, on complete: the specialist sends the round to the council. Refused
 * while a returned proposal is still with its unit; the rules and duplicates are evaluated for the
 * whole round once more, the list is frozen (AwardRoundService.sendToCouncil), the Tờ trình is issued
 * with the candidates, and every unit's part ends.
 */
@Component("reviewProposalsListener")
class ReviewProposalsListener implements TaskListener {

    private final PlanOfInstance planOfInstance;
    private final ProposalService proposals;
    private final RoundCheckService roundCheck;
    private final PlanDocuments documents;
    private final UnitCampaignProcess unitCampaigns;
    private final AwardRoundService rounds;
    private final RoundCandidates candidates;

    ReviewProposalsListener(PlanOfInstance planOfInstance, ProposalService proposals, RoundCheckService roundCheck,
            PlanDocuments documents, UnitCampaignProcess unitCampaigns, AwardRoundService rounds, RoundCandidates candidates) {
        this.candidates = candidates;
        this.rounds = rounds;
        this.planOfInstance = planOfInstance;
        this.proposals = proposals;
        this.roundCheck = roundCheck;
        this.documents = documents;
        this.unitCampaigns = unitCampaigns;
    }

    @Override
    public void notify(DelegateTask task) {
        Plan plan = planOfInstance.plan(task);
        proposals.requireNoneReturnedInRound(plan.getId());
        roundCheck.check(plan.getId());
        rounds.sendToCouncil(plan.getId());
        if (candidates.any(plan.getId())) {
            documents.submitAwards(plan, ActingUser.of(task));
        }
        // Without a candidate no Tờ trình: the process ends the round (endEvent_noProposals).
        unitCampaigns.closeAwardRound(plan.getId());
    }
}
