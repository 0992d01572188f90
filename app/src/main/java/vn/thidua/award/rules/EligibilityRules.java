package vn.thidua.award.rules;

import java.util.List;
import java.util.function.Function;

/**
 * The eligibility rules, evaluated by the engine from processes/award-eligibility.dmn. An
 * interface here because only {@code workflow} may touch the engine (ArchitectureTest): its
 * implementation is {@code vn.thidua.workflow.award.DmnEligibilityRules}.
 */
public interface EligibilityRules {

    /** Every refusal that applies; empty when the candidate is eligible. Recorded in the engine's decision history. */
    List<Refusal> refusals(EligibilityFacts facts);

    /**
     * An evaluator for a whole round: the same deployed table and the engine's DMN engine, without
     * one decision-history entry per candidate (15,000 entries of 13 rows each would dominate).
     */
    default Function<EligibilityFacts, List<Refusal>> forRound() {
        return this::refusals;
    }

    /** One row of the table: its code and the reason an official reads. */
    record Refusal(String code, String reason) {

        /** Refusals no dossier can cure: the proposal itself is refused (400) rather than stored. */
        public boolean refusesTheProposal() {
            return code.equals("KHONG_THAM_QUYEN") || code.startsWith("CHI_");
        }
    }
}
