package vn.thidua.document.render.content;

import java.util.Objects;

/**
 * The ballot result for one candidate. The share printed is of the council's whole membership
 * (the 80% rule counts members, not ballots cast).
 *
 * @param passed the verdict, decided by the caller under the configured threshold
 */
public record VoteTally(String candidate, String awardForm, int votesFor, int votesAgainst, boolean passed) {

    public VoteTally {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(awardForm, "awardForm");
        if (votesFor < 0 || votesAgainst < 0) {
            throw new IllegalArgumentException("Vote counts cannot be negative for " + candidate);
        }
    }
}
