package vn.thidua.award.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardType;

/**
 * Applies the DMN rules to a proposal or to a whole round. "LĐTT in the same year", which CSTĐCS
 * needs, comes from the award history of that year or from an LĐTT proposal of the same person in
 * this round that itself passes the rules; never from what the unit types.
 *
 * <p>A round is evaluated in two passes (LĐTT and the rest first, then CSTĐCS) and equal facts are
 * evaluated once: a city's 15,000 proposals have a few hundred distinct fact combinations.
 */
@Service
public class EligibilityService {

    private final EligibilityRules rules;
    private final JdbcTemplate jdbc;

    EligibilityService(EligibilityRules rules, JdbcTemplate jdbc) {
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** A proposal's facts as the rules need them; {@code ldttSameYear} is filled in by this service. */
    public record Candidate(Long proposalId, String title, String kind, String nameKey, Long personId,
            String completion, boolean initiative, String discipline, boolean inspection, boolean complaint,
            Double ldttPercent, Integer disciplinedMembers) {

        EligibilityFacts facts(boolean ldttSameYear) {
            return new EligibilityFacts(title, kind, completion, initiative, ldttSameYear, discipline, inspection,
                    complaint, ldttPercent, disciplinedMembers);
        }

        /** Person id when chosen from the organisation file, else the folded name. */
        String who() {
            return personId != null ? "p:" + personId : "n:" + nameKey;
        }
    }

    public record Result(Long proposalId, boolean eligible, List<EligibilityRules.Refusal> refusals) {

        public String reasonsText() {
            return refusals.stream().map(EligibilityRules.Refusal::reason).collect(Collectors.joining("\n"));
        }
    }

    /** Only the rules, without the round: used to refuse a proposal the ward may not award at all. */
    public List<EligibilityRules.Refusal> check(EligibilityFacts facts) {
        return rules.refusals(facts);
    }

    /**
     * Evaluates every candidate of a round together; {@code agencyId} and {@code year} select the
     * history that counts as "LĐTT in the same year".
     */
    @Transactional(readOnly = true)
    public Map<Long, Result> evaluate(Long agencyId, int year, List<Candidate> candidates) {
        Set<String> ldtt = ldttInHistory(agencyId, year);
        Map<EligibilityFacts, List<EligibilityRules.Refusal>> memo = new HashMap<>();
        java.util.function.Function<EligibilityFacts, List<EligibilityRules.Refusal>> evaluator =
                candidates.size() > 20 ? rules.forRound() : rules::refusals;
        Map<Long, Result> results = new HashMap<>();
        List<Candidate> second = new ArrayList<>();
        for (Candidate c : candidates) {
            if (AwardType.CHIEN_SI_THI_DUA_CO_SO.name().equals(c.title())) {
                second.add(c);
                continue;
            }
            Result r = result(c, c.facts(false), memo, evaluator);
            results.put(c.proposalId(), r);
            if (r.eligible() && AwardType.LAO_DONG_TIEN_TIEN.name().equals(c.title())) {
                ldtt.add(c.who());
                ldtt.add("n:" + c.nameKey());
            }
        }
        for (Candidate c : second) {
            boolean hasLdtt = ldtt.contains(c.who()) || ldtt.contains("n:" + c.nameKey());
            results.put(c.proposalId(), result(c, c.facts(hasLdtt), memo, evaluator));
        }
        return results;
    }

    private static Result result(Candidate c, EligibilityFacts facts, Map<EligibilityFacts, List<EligibilityRules.Refusal>> memo,
            java.util.function.Function<EligibilityFacts, List<EligibilityRules.Refusal>> evaluator) {
        List<EligibilityRules.Refusal> refusals = memo.computeIfAbsent(facts, evaluator);
        return new Result(c.proposalId(), refusals.isEmpty(), refusals);
    }

    /** Who holds LĐTT for the year in the history: by person id and by folded name. */
    private Set<String> ldttInHistory(Long agencyId, int year) {
        Set<String> keys = new HashSet<>();
        jdbc.query("SELECT person_id, name_key FROM award_history WHERE agency_id = ? AND year = ? AND award_type = ?",
                rs -> {
                    long person = rs.getLong(1);
                    if (!rs.wasNull()) {
                        keys.add("p:" + person);
                    }
                    keys.add("n:" + rs.getString(2));
                }, agencyId, year, AwardType.LAO_DONG_TIEN_TIEN.name());
        return keys;
    }
}
