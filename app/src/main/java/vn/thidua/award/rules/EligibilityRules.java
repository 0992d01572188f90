package vn.thidua.award.rules;

import java.util.List;

/**
 * The eligibility rules, evaluated from the DMN table {@code awardEligibility}
 * (processes/award-eligibility.dmn) as deployed on the engine. An interface here because only
 * {@code workflow} may touch the engine (ArchitectureTest): its implementation is
 * {@code vn.thidua.workflow.award.DmnEligibilityRules}.
 *
 * <p>Two ways to evaluate the same deployed table: {@link #forProposal} through the engine's
 * {@code DecisionService}, each evaluation recorded in the engine's decision history (a unit
 * proposing, a handful at a time); {@link #forRound} with a DMN engine of its own and no decision
 * history, for the specialist's check of a whole round (15,000 history entries with their inputs
 * and outputs took minutes). Either way the result, its reasons and the deployed table that gave
 * them are stored on the proposal ({@code award_proposal.rule_*}).
 */
public interface EligibilityRules {

    /**
     * Every refusal that applies; empty when the candidate is eligible. The latest shared table,
     * through the engine and recorded in its decision history.
     */
    default List<Refusal> refusals(EligibilityFacts facts) {
        return forProposal(null).refusals(facts);
    }

    /** The latest table for the tenant, each evaluation through the engine and in its decision history. */
    Evaluator forProposal(String tenantId);

    /**
     * The latest table for the tenant for a whole round: the same deployed table, evaluated without
     * the engine's command context and without one decision-history entry per evaluation.
     */
    Evaluator forRound(String tenantId);

    /** One deployed version of the table. */
    interface Evaluator {

        /** The deployed decision definition evaluated ("awardEligibility:3:…"), stored with each result. */
        String decision();

        List<Refusal> refusals(EligibilityFacts facts);
    }

    /** One row of the table: its code and the reason an official reads. */
    record Refusal(String code, String reason) {

        /** Refusals no dossier can cure: the proposal itself is refused (400) rather than stored. */
        public boolean refusesTheProposal() {
            return code.equals("KHONG_THAM_QUYEN") || code.startsWith("CHI_");
        }
    }
}
