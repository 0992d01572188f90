package vn.thidua.award.council;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.AwardType;

/**
 * The council's list of candidates, paged: by title (CSTĐCS, LĐTT, TTLĐTT, …, the order of the
 * award types), then by name in Vietnamese order (given name first). The order is computed over
 * the whole round from a narrow query with precomputed collation keys; only the page is loaded.
 */
@Service
public class CouncilCandidates {

    private final JdbcTemplate jdbc;
    private final AwardProposalRepository proposals;

    CouncilCandidates(JdbcTemplate jdbc, AwardProposalRepository proposals) {
        this.jdbc = jdbc;
        this.proposals = proposals;
    }

    public record Candidate(Long proposalId, Long unitId, String kind, String name, String title, String awardType,
            String awardLabel, Boolean ruleEligible, String ruleReasons, String justification) {
    }

    public record Page(List<Candidate> items, int page, int size, long total) {
    }

    private record Row(long id, int type, CollationKey given, CollationKey full) {
    }

    @Transactional(readOnly = true)
    public Page page(Long planId, int page, int size) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        List<Row> rows = new ArrayList<>();
        jdbc.query("SELECT id, award_type, candidate_name FROM award_proposal WHERE plan_id = ? AND status = 'SUBMITTED'", rs -> {
            String name = rs.getString(3);
            int space = name.lastIndexOf(' ');
            rows.add(new Row(rs.getLong(1), AwardType.of(rs.getString(2)).map(Enum::ordinal).orElse(99),
                    collator.getCollationKey(space < 0 ? name : name.substring(space + 1)), collator.getCollationKey(name)));
        }, planId);
        rows.sort(Comparator.comparingInt(Row::type).thenComparing(Row::given).thenComparing(Row::full)
                .thenComparingLong(Row::id));
        int safe = Math.max(1, Math.min(size, 500));
        int from = Math.min(Math.max(page, 0) * safe, rows.size());
        List<Long> ids = rows.subList(from, Math.min(from + safe, rows.size())).stream().map(Row::id).toList();
        Map<Long, AwardProposal> byId = new HashMap<>();
        proposals.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
        List<Candidate> items = ids.stream().map(byId::get).map(p -> new Candidate(p.getId(), p.getUnitId(),
                p.getCandidateKind().name(), p.getCandidateName(), p.getCandidateTitle(), p.getAwardType().name(),
                p.getAwardType().label(), p.getRuleEligible(), p.getRuleReasons(), p.getJustification())).toList();
        return new Page(items, page, safe, rows.size());
    }
}
