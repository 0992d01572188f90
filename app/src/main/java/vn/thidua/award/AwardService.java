package vn.thidua.award;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.audit.AuditKind;
import vn.thidua.common.audit.AuditRecord;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.validation.TextRules;

/**
 * The task forms' whole-list proposals and typed tallies (userTask_proposeAwards,
 * userTask_councilReview) as they are wired today; the round, dossier, rules and secret ballot are
 * in ProposalService, RoundCheckService and CouncilService (README "Awards").
 */
@Service
public class AwardService {

    private final AwardProposalRepository proposals;
    private final Clock clock;
    private final int ballotSharePercent;
    private final AuditTrail audit;

    AwardService(AwardProposalRepository proposals, Clock clock, AwardSettings settings, AuditTrail audit) {
        this.audit = audit;
        this.proposals = proposals;
        this.clock = clock;
        this.ballotSharePercent = settings.ballotSharePercent();
    }

    public record Candidate(String kind, String name, String title, String awardType, String achievement) {
    }

    public record Vote(Long proposalId, Integer votesFor, Integer votesAgainst) {
    }

    /** Replaces the unit's proposals (a unit may propose nobody). */
    @Transactional
    public List<AwardProposal> propose(Long planId, Long campaignId, String user, List<Candidate> candidates) {
        TextRules rules = new TextRules();
        List<AwardProposal> created = new ArrayList<>();
        List<Candidate> list = candidates == null ? List.of() : candidates;
        if (list.size() > 200) {
            rules.problem("candidates", "Tối đa 200 đề nghị cho một đơn vị.");
        }
        for (int i = 0; i < list.size(); i++) {
            Candidate c = list.get(i);
            String f = "candidates[" + i + "]";
            String name = rules.text(f + ".name", "Tên người/tập thể thứ " + (i + 1), c.name(), 200, true);
            String title = rules.text(f + ".title", "Chức vụ/đơn vị thứ " + (i + 1), c.title(), 300, false);
            String achievement = rules.text(f + ".achievement", "Thành tích thứ " + (i + 1), c.achievement(), 2000, true);
            AwardProposal.CandidateKind kind = parse(AwardProposal.CandidateKind.class, c.kind(), rules, f + ".kind",
                    "Loại đối tượng thứ " + (i + 1));
            AwardType type = parse(AwardType.class, c.awardType(), rules, f + ".awardType", "Hình thức khen thưởng thứ " + (i + 1));
            if (kind == AwardProposal.CandidateKind.COLLECTIVE && (type == AwardType.LAO_DONG_TIEN_TIEN || type == AwardType.CHIEN_SI_THI_DUA_CO_SO)) {
                rules.problem(f + ".awardType", "Danh hiệu " + type.label() + " chỉ dành cho cá nhân.");
            }
            if (kind == AwardProposal.CandidateKind.INDIVIDUAL && type == AwardType.TAP_THE_LAO_DONG_TIEN_TIEN) {
                rules.problem(f + ".awardType", "Danh hiệu " + type.label() + " chỉ dành cho tập thể.");
            }
            created.add(new AwardProposal(planId, campaignId, i, kind, name, title, type, achievement, user, clock.instant()));
        }
        rules.throwIfAny();
        proposals.deleteAll(proposals.findByCampaignId(campaignId));
        return proposals.saveAll(created);
    }

    /**
     * Records the council's tallies. Ballot titles (CSTĐCS) pass with at least the configured share
     * of the whole council; the others with a majority of the members present.
     */
    @Transactional
    public List<AwardProposal> recordVotes(Long planId, int councilSize, int present, List<Vote> votes) {
        TextRules rules = new TextRules();
        if (present < 1 || present > councilSize) {
            rules.problem("present", "Số thành viên dự họp phải từ 1 đến " + councilSize + ".");
        }
        Map<Long, Vote> byId = (votes == null ? List.<Vote>of() : votes).stream()
                .filter(v -> v.proposalId() != null)
                .collect(Collectors.toMap(Vote::proposalId, v -> v, (a, b) -> b));
        List<AwardProposal> all = proposals.findByPlanIdOrderByIdAsc(planId);
        for (AwardProposal p : all) {
            Vote v = byId.get(p.getId());
            String f = "votes[" + p.getId() + "]";
            if (v == null || v.votesFor() == null || v.votesAgainst() == null) {
                rules.problem(f, "Chưa nhập kết quả biểu quyết cho " + p.getCandidateName() + ".");
                continue;
            }
            if (v.votesFor() < 0 || v.votesAgainst() < 0 || v.votesFor() + v.votesAgainst() > present) {
                rules.problem(f, "Số phiếu của " + p.getCandidateName() + " không hợp lệ: tổng phiếu không được vượt quá "
                        + present + " thành viên dự họp.");
            }
        }
        rules.throwIfAny();
        int goldBook = 1;
        List<String> tallies = new ArrayList<>();
        for (AwardProposal p : all) {
            Vote v = byId.get(p.getId());
            String before = p.getVotesFor() == null ? "" : p.getVotesFor() + "/" + p.getVotesAgainst() + " " + p.getCouncilResult() + " → ";
            boolean passed = p.getAwardType().needsBallot()
                    ? v.votesFor() * 100 >= ballotSharePercent * councilSize
                    : v.votesFor() * 2 > present;
            p.vote(v.votesFor(), v.votesAgainst(), passed ? AwardProposal.CouncilResult.APPROVED : AwardProposal.CouncilResult.REJECTED);
            if (passed) {
                p.numberInGoldBook(goldBook++);
            }
            tallies.add(p.getCandidateName() + ": " + before + v.votesFor() + " đồng ý/" + v.votesAgainst() + " không đồng ý, "
                    + (passed ? "đạt" : "không đạt"));
        }
        // Votes decide awards: kept for ever with the award decision (a vote taken again shows old → new).
        audit.record(AuditRecord.of(AuditKind.VOTES_RECORDED, planId).permanent(true)
                .detail(present + "/" + councilSize + " thành viên dự họp. " + String.join("; ", tallies)));
        return all;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, TextRules rules, String field, String label) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            rules.problem(field, label + " không hợp lệ.");
            return null;
        }
    }
}
