package vn.thidua.award.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardRound;
import vn.thidua.award.AwardRoundService;

/**
 * Before the council meets: the rules for every proposal of a round (stored on each proposal for
 * the specialist and the council) and the duplicates. Reads and writes in bulk (one query, one JDBC
 * batch) so a city's round stays within seconds.
 */
@Service
public class RoundCheckService {

    private final JdbcTemplate jdbc;
    private final EligibilityService eligibility;
    private final AwardRoundService rounds;

    RoundCheckService(JdbcTemplate jdbc, EligibilityService eligibility, AwardRoundService rounds) {
        this.jdbc = jdbc;
        this.eligibility = eligibility;
        this.rounds = rounds;
    }

    public record RoundCheck(Long planId, int proposals, int eligible, Map<Long, EligibilityService.Result> results,
            List<DuplicateDetector.Duplicate> duplicates) {
    }

    @Transactional
    public RoundCheck check(Long planId) {
        AwardRound round = rounds.of(planId);
        List<EligibilityService.Candidate> candidates = new ArrayList<>();
        List<DuplicateDetector.Entry> entries = new ArrayList<>();
        jdbc.query("SELECT id, unit_id, person_id, candidate_kind, award_type, candidate_name, candidate_key,"
                + " completion_level, recognised_initiative, discipline_level, under_inspection, pending_complaint,"
                + " member_count, ldtt_count, disciplined_members FROM award_proposal"
                + " WHERE plan_id = ? AND status = 'SUBMITTED'", rs -> {
                    long id = rs.getLong("id");
                    Long unit = (Long) rs.getObject("unit_id", Long.class);
                    Long person = (Long) rs.getObject("person_id", Long.class);
                    Integer members = (Integer) rs.getObject("member_count", Integer.class);
                    Integer ldtt = (Integer) rs.getObject("ldtt_count", Integer.class);
                    Double percent = members == null || members <= 0 || ldtt == null ? null : ldtt * 100.0 / members;
                    candidates.add(new EligibilityService.Candidate(id, rs.getString("award_type"),
                            rs.getString("candidate_kind"), rs.getString("candidate_key"), person,
                            rs.getString("completion_level"), rs.getBoolean("recognised_initiative"),
                            rs.getString("discipline_level"), rs.getBoolean("under_inspection"),
                            rs.getBoolean("pending_complaint"), percent,
                            (Integer) rs.getObject("disciplined_members", Integer.class)));
                    entries.add(new DuplicateDetector.Entry(id, unit, rs.getString("candidate_kind"),
                            rs.getString("award_type"), rs.getString("candidate_name"), rs.getString("candidate_key"), person));
                }, planId);
        Map<Long, EligibilityService.Result> results = eligibility.evaluate(round.getAgencyId(), round.getYear(), candidates);
        List<Object[]> batch = new ArrayList<>(results.size());
        results.values().forEach(r -> batch.add(new Object[] {r.eligible(), r.eligible() ? null : r.reasonsText(), r.proposalId()}));
        jdbc.batchUpdate("UPDATE award_proposal SET rule_eligible = ?, rule_reasons = ? WHERE id = ?", batch);
        int eligible = (int) results.values().stream().filter(EligibilityService.Result::eligible).count();
        return new RoundCheck(planId, candidates.size(), eligible, results, DuplicateDetector.find(entries));
    }
}
