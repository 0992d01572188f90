package vn.thidua.award.rules;

/**
 * The inputs of the DMN table awardEligibility, named as its input expressions. A record, so that
 * equal facts are evaluated once per round (the decision is a pure function of them).
 */
public record EligibilityFacts(String title, String kind, String completion, boolean initiative, boolean ldttSameYear,
        String discipline, boolean inspection, boolean complaint, Double ldttPercent, Integer disciplinedMembers) {
}
