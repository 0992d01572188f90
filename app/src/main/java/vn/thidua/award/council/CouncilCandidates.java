package vn.thidua.award.council;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.CandidateOrder;

/**
 * The council's list of candidates, paged, in {@link CandidateOrder} (by title, then by name in
 * Vietnamese order). The order is computed over the whole round from a narrow query; only the page
 * is loaded.
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

    @Transactional(readOnly = true)
    public Page page(Long planId, int page, int size) {
        CandidateOrder order = new CandidateOrder();
        jdbc.query("SELECT id, award_type, candidate_name FROM award_proposal WHERE plan_id = ? AND status = 'SUBMITTED'",
                rs -> {
                    order.add(rs.getLong(1), rs.getString(2), rs.getString(3));
                }, planId);
        int safe = Math.max(1, Math.min(size, 500));
        List<Long> ids = order.page(page, safe);
        Map<Long, AwardProposal> byId = new HashMap<>();
        proposals.findAllById(ids).forEach(p -> byId.put(p.getId(), p));
        List<Candidate> items = ids.stream().map(byId::get).map(p -> new Candidate(p.getId(), p.getUnitId(),
                p.getCandidateKind().name(), p.getCandidateName(), p.getCandidateTitle(), p.getAwardType().name(),
                p.getAwardType().label(), p.getRuleEligible(), p.getRuleReasons(), p.getJustification())).toList();
        return new Page(items, page, safe, order.size());
    }
}
