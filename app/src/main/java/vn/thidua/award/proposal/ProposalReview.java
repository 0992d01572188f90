package vn.thidua.award.proposal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.CandidateKey;
import vn.thidua.award.CandidateOrder;
import vn.thidua.common.validation.InvalidInputException;

/**
 * The specialist's review of a round, paged on the server: a city's round has thousands of
 * proposals. Filters a specialist works by (unit, rule result, a name typed without diacritics),
 * the round's counts, and the proposals in the council's order ({@link CandidateOrder}), so a
 * proposal sits where the council will read it. Drafts a unit has not sent are never listed; the
 * count of them only says that some units have not sent theirs yet.
 */
@Service
public class ProposalReview {

    /** What the rule check says of a proposal, as the specialist filters by it. */
    public enum Rule {
        /** The rules refuse it. */
        REFUSED,
        /** A collective of a unit that missed a target it was responsible for: the justification is read. */
        NEEDS_JUSTIFICATION,
        /** Proposed twice in the round (same kind, title and folded name), as the duplicate check groups them. */
        DUPLICATE
    }

    /** {@code status} SUBMITTED (waiting for review) or RETURNED (with its unit, corrected or not). */
    public record Filter(AwardProposal.Status status, Long unitId, Rule rule, String q) {
    }

    public record Counts(long submitted, long refused, long needsJustification, long duplicates, long returned,
            long drafts) {
    }

    public record UnitCount(Long unitId, String name, long proposals) {
    }

    public record Page(List<ProposalViews.View> items, int page, int size, long total, Counts counts, List<UnitCount> units) {
    }

    static final int MAX_PAGE = 200;

    private static final String RETURNED = "(p.status = 'RETURNED' OR (p.status = 'DRAFT' AND p.return_comment IS NOT NULL))";
    private static final String NEEDS_JUSTIFICATION = "(p.candidate_kind = 'COLLECTIVE' AND p.justification IS NOT NULL"
            + " AND p.justification <> '')";
    private static final String DUPLICATE = "EXISTS (SELECT 1 FROM award_proposal d WHERE d.plan_id = p.plan_id"
            + " AND d.status = 'SUBMITTED' AND d.id <> p.id AND d.candidate_kind = p.candidate_kind"
            + " AND d.award_type = p.award_type AND d.candidate_key = p.candidate_key)";

    private final JdbcTemplate jdbc;
    private final AwardProposalRepository proposals;
    private final ProposalViews views;

    ProposalReview(JdbcTemplate jdbc, AwardProposalRepository proposals, ProposalViews views) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.views = views;
    }

    @Transactional(readOnly = true)
    public Page page(Long planId, Filter filter, int page, int size) {
        String folded = filter.q() == null ? null : CandidateKey.of(filter.q());
        if (folded != null && folded.length() > 200) {
            throw new InvalidInputException("q", "Tên tìm kiếm dài quá 200 ký tự.");
        }
        StringBuilder sql = new StringBuilder("SELECT p.id, p.award_type, p.candidate_name FROM award_proposal p WHERE p.plan_id = ?");
        List<Object> args = new ArrayList<>(List.of(planId));
        sql.append(filter.status() == AwardProposal.Status.RETURNED ? " AND " + RETURNED : " AND p.status = 'SUBMITTED'");
        if (filter.unitId() != null) {
            sql.append(" AND p.unit_id = ?");
            args.add(filter.unitId());
        }
        if (folded != null && !folded.isEmpty()) {
            // candidate_key is the folded name: "nguyen van a" finds "Nguyễn Văn A"; LIKE's own signs are taken literally.
            sql.append(" AND p.candidate_key LIKE ? ESCAPE '!'");
            args.add("%" + folded.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        if (filter.rule() != null) {
            sql.append(" AND ").append(switch (filter.rule()) {
                case REFUSED -> "p.rule_eligible = FALSE";
                case NEEDS_JUSTIFICATION -> NEEDS_JUSTIFICATION;
                case DUPLICATE -> DUPLICATE;
            });
        }
        CandidateOrder order = new CandidateOrder();
        jdbc.query(sql.toString(), rs -> {
            order.add(rs.getLong(1), rs.getString(2), rs.getString(3));
        }, args.toArray());
        int safe = Math.max(1, Math.min(size, MAX_PAGE));
        List<Long> ids = order.page(page, safe);
        Map<Long, AwardProposal> byId = new HashMap<>();
        proposals.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
        List<ProposalViews.View> items = ids.stream().map(byId::get).map(views::view).toList();
        return new Page(items, Math.max(page, 0), safe, order.size(), counts(planId), unitsOf(planId));
    }

    private Counts counts(Long planId) {
        return jdbc.queryForObject("SELECT"
                + " SUM(p.status = 'SUBMITTED'),"
                + " SUM(p.status = 'SUBMITTED' AND p.rule_eligible = FALSE),"
                + " SUM(p.status = 'SUBMITTED' AND " + NEEDS_JUSTIFICATION + "),"
                + " SUM(p.status = 'SUBMITTED' AND " + DUPLICATE + "),"
                + " SUM(" + RETURNED + "),"
                + " SUM(p.status = 'DRAFT' AND p.return_comment IS NULL)"
                + " FROM award_proposal p WHERE p.plan_id = ?",
                (rs, i) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)),
                planId);
    }

    /**
     * The units with proposals waiting for review, by name, for the unit filter: one grouped query
     * with the names (a city's round has thousands of units: loading them as entities made the first
     * page about 1.9 s in the benchmark, against 0.6 s this way).
     */
    private List<UnitCount> unitsOf(Long planId) {
        List<UnitCount> result = new ArrayList<>();
        jdbc.query("SELECT p.unit_id, u.name, COUNT(*) FROM award_proposal p JOIN org_unit u ON u.id = p.unit_id"
                + " WHERE p.plan_id = ? AND p.status = 'SUBMITTED' GROUP BY p.unit_id, u.name", rs -> {
                    result.add(new UnitCount(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }, planId);
        Collator collator = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        result.sort((a, b) -> collator.compare(a.name(), b.name()));
        return result;
    }
}
