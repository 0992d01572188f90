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
import vn.thidua.organisation.GroupIds;

/**
 * Applies the DMN rules to a proposal or to a whole round. "LĐTT in the same year", which CSTĐCS
 * needs, comes from the award history of that year or from an LĐTT proposal of the same person in
 * this round that itself passes the rules; never from what the unit types.
 *
 * <p>A round is evaluated in two passes (LĐTT and the rest first, then CSTĐCS) and equal facts are
 * evaluated once: a city's 15,000 proposals have a few thousand distinct fact combinations (the
 * collectives' LĐTT shares vary most).
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

    /**
     * @param ldttSameYear the one input computed rather than read from the proposal
     * @param decision     the deployed decision definition that gave the result
     */
    public record Result(Long proposalId, boolean eligible, List<EligibilityRules.Refusal> refusals, boolean ldttSameYear,
            String decision) {

        public String reasonsText() {
            return refusals.stream().map(EligibilityRules.Refusal::reason).collect(Collectors.joining("\n"));
        }
    }

    /** Only the rules, without the round: used to refuse a proposal the ward may not award at all. */
    public List<EligibilityRules.Refusal> check(EligibilityFacts facts) {
        return rules.refusals(facts);
    }

    /**
     * The candidates of one unit's proposal (everything proposed for that name in the round):
     * through the engine, each evaluation in its decision history. {@code agencyId} and
     * {@code year} select the history that counts as "LĐTT in the same year".
     */
    @Transactional(readOnly = true)
    public Map<Long, Result> evaluate(Long agencyId, int year, List<Candidate> candidates) {
        return evaluate(agencyId, year, candidates, rules.forProposal(tenant(agencyId)));
    }

    /**
     * Every candidate of a round at once, by the round evaluator (the same deployed table, no
     * decision-history entry per evaluation: the results are stored on the proposals instead).
     */
    @Transactional(readOnly = true)
    public Map<Long, Result> evaluateRound(Long agencyId, int year, List<Candidate> candidates) {
        return evaluate(agencyId, year, candidates, rules.forRound(tenant(agencyId)));
    }

    private Map<Long, Result> evaluate(Long agencyId, int year, List<Candidate> candidates, EligibilityRules.Evaluator evaluator) {
        Set<String> ldtt = ldttInHistory(agencyId, year);
        Map<EligibilityFacts, List<EligibilityRules.Refusal>> memo = new HashMap<>();
        Map<Long, Result> results = new HashMap<>();
        List<Candidate> second = new ArrayList<>();
        for (Candidate c : candidates) {
            if (AwardType.CHIEN_SI_THI_DUA_CO_SO.name().equals(c.title())) {
                second.add(c);
                continue;
            }
            Result r = result(c, false, memo, evaluator);
            results.put(c.proposalId(), r);
            if (r.eligible() && AwardType.LAO_DONG_TIEN_TIEN.name().equals(c.title())) {
                ldtt.add(c.who());
                ldtt.add("n:" + c.nameKey());
            }
        }
        for (Candidate c : second) {
            boolean hasLdtt = ldtt.contains(c.who()) || ldtt.contains("n:" + c.nameKey());
            results.put(c.proposalId(), result(c, hasLdtt, memo, evaluator));
        }
        return results;
    }

    private static Result result(Candidate c, boolean ldttSameYear, Map<EligibilityFacts, List<EligibilityRules.Refusal>> memo,
            EligibilityRules.Evaluator evaluator) {
        List<EligibilityRules.Refusal> refusals = memo.computeIfAbsent(c.facts(ldttSameYear), evaluator::refusals);
        return new Result(c.proposalId(), refusals.isEmpty(), refusals, ldttSameYear, evaluator.decision());
    }

    /** The ward's engine tenant, whose deployed table applies (its own version, else the shared one). */
    private String tenant(Long agencyId) {
        List<String> code = jdbc.queryForList("SELECT code FROM agency WHERE id = ?", String.class, agencyId);
        return code.isEmpty() ? null : GroupIds.tenant(code.get(0));
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
