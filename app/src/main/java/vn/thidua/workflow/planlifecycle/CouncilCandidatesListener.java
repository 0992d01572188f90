package vn.thidua.workflow.planlifecycle;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.organisation.CouncilMemberRepository;
import vn.thidua.plan.Plan;

/** userTask_councilReview, on create: the candidates to vote on and the council's size. */
@Component("councilCandidatesListener")
class CouncilCandidatesListener implements TaskListener {

    record CandidateRow(Long proposalId, String name, String title, String kind, String awardType, String awardLabel,
            String achievement, Integer votesFor, Integer votesAgainst) {
    }

    private final PlanOfInstance planOfInstance;
    private final AwardProposalRepository proposals;
    private final CouncilMemberRepository council;

    CouncilCandidatesListener(PlanOfInstance planOfInstance, AwardProposalRepository proposals, CouncilMemberRepository council) {
        this.planOfInstance = planOfInstance;
        this.proposals = proposals;
        this.council = council;
    }

    @Override
    public void notify(DelegateTask task) {
        Plan plan = planOfInstance.plan(task);
        List<CandidateRow> rows = proposals.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .map(p -> new CandidateRow(p.getId(), p.getCandidateName(), p.getCandidateTitle(), p.getCandidateKind().name(),
                        p.getAwardType().name(), p.getAwardType().label(), p.getAchievement(), p.getVotesFor(), p.getVotesAgainst()))
                .toList();
        task.setVariable(PlanLifecycleModel.CANDIDATES, JsonVariables.json(rows));
        task.setVariable(PlanLifecycleModel.COUNCIL_SIZE, council.findByAgencyIdOrderByPosition(plan.getAgencyId()).size());
    }
}
