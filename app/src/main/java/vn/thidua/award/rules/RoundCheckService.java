package vn.thidua.award.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardRound;
import vn.thidua.award.AwardRoundService;

/**
 * Before the council meets: the rules for every proposal of a round (stored on each proposal for
 * the specialist, the council and the auditors: result, reasons, the deployed table that gave them
 * and the computed LĐTT input) and the duplicates. Reads and writes in bulk so a city's round stays
 * within seconds: one query, and the results that changed since the last check written with one
 * statement per distinct result and 1,000 proposals.
 */
@Service
public class RoundCheckService {

    private static final int WRITE_CHUNK = 1000;

    private final JdbcTemplate jdbc;
    private final EligibilityService eligibility;
    private final AwardRoundService rounds;

    RoundCheckService(JdbcTemplate jdbc, EligibilityService eligibility, AwardRoundService rounds) {
        this.jdbc = jdbc;
        this.eligibility = eligibility;
        this.rounds = rounds;
    }

    /** @param written proposals whose stored rule result changed with this check (all of them the first time) */
    public record RoundCheck(Long planId, int proposals, int eligible, Map<Long, EligibilityService.Result> results,
            List<DuplicateDetector.Duplicate> duplicates, int written) {
    }

    /** What a proposal holds from the previous check: written again only when the new result differs. */
    private record Stored(Boolean eligible, String reasons, String decision, Boolean ldttSameYear) {

        boolean same(EligibilityService.Result r) {
            return Boolean.valueOf(r.eligible()).equals(eligible) && Objects.equals(r.eligible() ? null : r.reasonsText(), reasons)
                    && Objects.equals(r.decision(), decision) && Boolean.valueOf(r.ldttSameYear()).equals(ldttSameYear);
        }
    }

    @Transactional
    public RoundCheck check(Long planId) {
        AwardRound round = rounds.of(planId);
        List<EligibilityService.Candidate> candidates = new ArrayList<>();
        List<DuplicateDetector.Entry> entries = new ArrayList<>();
        Map<Long, Stored> stored = new HashMap<>();
        jdbc.query("SELECT id, unit_id, person_id, candidate_kind, award_type, candidate_name, candidate_key,"
                + " completion_level, recognised_initiative, discipline_level, under_inspection, pending_complaint,"
                + " member_count, ldtt_count, disciplined_members, rule_eligible, rule_reasons, rule_decision,"
                + " rule_ldtt_same_year FROM award_proposal WHERE plan_id = ? AND status = 'SUBMITTED'", rs -> {
                    long id = rs.getLong("id");
                    Long unit = rs.getObject("unit_id", Long.class);
                    Long person = rs.getObject("person_id", Long.class);
                    Integer members = rs.getObject("member_count", Integer.class);
                    Integer ldtt = rs.getObject("ldtt_count", Integer.class);
                    Double percent = members == null || members <= 0 || ldtt == null ? null : ldtt * 100.0 / members;
                    candidates.add(new EligibilityService.Candidate(id, rs.getString("award_type"),
                            rs.getString("candidate_kind"), rs.getString("candidate_key"), person,
                            rs.getString("completion_level"), rs.getBoolean("recognised_initiative"),
                            rs.getString("discipline_level"), rs.getBoolean("under_inspection"),
                            rs.getBoolean("pending_complaint"), percent,
                            rs.getObject("disciplined_members", Integer.class)));
                    entries.add(new DuplicateDetector.Entry(id, unit, rs.getString("candidate_kind"),
                            rs.getString("award_type"), rs.getString("candidate_name"), rs.getString("candidate_key"), person));
                    stored.put(id, new Stored(rs.getObject("rule_eligible", Boolean.class), rs.getString("rule_reasons"),
                            rs.getString("rule_decision"), rs.getObject("rule_ldtt_same_year", Boolean.class)));
                }, planId);
        Map<Long, EligibilityService.Result> results = eligibility.evaluateRound(round.getAgencyId(), round.getYear(), candidates);
        // A round has a few dozen distinct results: one UPDATE … WHERE id IN (…) per result and
        // chunk of ids rather than one statement per proposal.
        Map<List<Object>, List<Long>> changed = new LinkedHashMap<>();
        results.values().stream().filter(r -> !stored.get(r.proposalId()).same(r)).forEach(r -> changed.computeIfAbsent(
                Arrays.asList(r.eligible(), r.eligible() ? null : r.reasonsText(), r.decision(), r.ldttSameYear()),
                k -> new ArrayList<>()).add(r.proposalId()));
        int written = 0;
        for (Map.Entry<List<Object>, List<Long>> e : changed.entrySet()) {
            List<Long> ids = e.getValue();
            for (int from = 0; from < ids.size(); from += WRITE_CHUNK) {
                List<Long> chunk = ids.subList(from, Math.min(from + WRITE_CHUNK, ids.size()));
                List<Object> args = new ArrayList<>(e.getKey());
                args.addAll(chunk);
                written += jdbc.update("UPDATE award_proposal SET rule_eligible = ?, rule_reasons = ?, rule_decision = ?,"
                        + " rule_ldtt_same_year = ? WHERE id IN (" + String.join(",", java.util.Collections.nCopies(chunk.size(), "?"))
                        + ")", args.toArray());
            }
        }
        int eligible = (int) results.values().stream().filter(EligibilityService.Result::eligible).count();
        return new RoundCheck(planId, candidates.size(), eligible, results, DuplicateDetector.find(entries), written);
    }
}
