package vn.thidua.workflow.planlifecycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import vn.thidua.award.council.CouncilCandidates;

/**
 * Whether the round the specialist sends has any candidate (a submitted proposal), from our tables:
 * the gateway after userTask_reviewProposals reads it ({@code ${roundCandidates.none(execution)}}),
 * never a variable someone sent.
 */
@Component("roundCandidates")
public class RoundCandidates {

    private final PlanOfInstance planOfInstance;
    private final CouncilCandidates candidates;

    RoundCandidates(PlanOfInstance planOfInstance, CouncilCandidates candidates) {
        this.planOfInstance = planOfInstance;
        this.candidates = candidates;
    }

    public boolean none(DelegateExecution execution) {
        return !any(planOfInstance.plan(execution).getId());
    }

    boolean any(long planId) {
        return candidates.page(planId, 0, 1).total() > 0;
    }
}
