package vn.thidua.plan;

/** Where a plan is in its life (DEVELOPERS.md, "The product"). */
public enum PlanStatus {
    DRAFT, IN_REVIEW, AWAITING_SIGNATURE, AWAITING_ISSUE, REPORTING, CONSOLIDATION, AWARDS, AWARD_DECISION, CLOSED,
    /** The award round ended without any proposal: no council meeting, no decision. */
    CLOSED_NO_AWARDS
}
