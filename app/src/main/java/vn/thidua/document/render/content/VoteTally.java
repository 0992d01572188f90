package vn.thidua.document.render.content;

import java.util.Objects;

/**
 * The ballot result for one candidate, as the Biên bản prints it: the secret ballots of the members
 * present, the written opinions of absent members, the threshold the result was measured against,
 * the result and its note (a tie settled by NĐ 152 Điều 4, a rule refusal, the cap).
 *
 * @param votesFor      agreeing ballots of the members present
 * @param votesAgainst  disagreeing ballots of the members present
 * @param writtenFor    absent members agreeing in their written opinion
 * @param writtenAgainst absent members disagreeing in their written opinion
 * @param threshold     "≥ 80% tổng số thành viên Hội đồng", "Quá nửa số thành viên có mặt"; may be null
 * @param passed        the verdict, decided by the caller under the configured threshold
 * @param note          why, in one sentence; may be null
 */
public record VoteTally(String candidate, String awardForm, int votesFor, int votesAgainst, int writtenFor,
                        int writtenAgainst, String threshold, boolean passed, String note) {

    public VoteTally {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(awardForm, "awardForm");
        if (votesFor < 0 || votesAgainst < 0 || writtenFor < 0 || writtenAgainst < 0) {
            throw new IllegalArgumentException("Vote counts cannot be negative for " + candidate);
        }
    }

    /** Ballots of the members present only, no written opinions, no threshold or note. */
    public VoteTally(String candidate, String awardForm, int votesFor, int votesAgainst, boolean passed) {
        this(candidate, awardForm, votesFor, votesAgainst, 0, 0, null, passed, null);
    }

    /** Agreeing members of the whole council: ballots and written opinions. */
    public int councilFor() {
        return votesFor + writtenFor;
    }

    public int councilAgainst() {
        return votesAgainst + writtenAgainst;
    }
}
