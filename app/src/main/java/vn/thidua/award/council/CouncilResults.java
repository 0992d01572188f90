package vn.thidua.award.council;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.AwardSettings;
import vn.thidua.award.AwardType;
import vn.thidua.common.text.VietnameseCollation;
import vn.thidua.organisation.CouncilMember;
import vn.thidua.organisation.CouncilMemberRepository;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;

/**
 * Closes a meeting and computes each candidate's result against its threshold; the data of the
 * Biên bản (attendance, absentees and their opinions, tallies, result per candidate).
 *
 * <ul>
 * <li>CSTĐCS: agreeing ballots plus agreeing written opinions of absent members ≥ the configured
 * share (80%) of the whole council;</li>
 * <li>other titles: agreeing ballots &gt; half of the members present; exactly half is a tie, which
 * NĐ 152 Điều 4 settles for a woman or a collective with ≥ 70% women;</li>
 * <li>an optional cap on CSTĐCS (a percentage of the LĐTT approved in the round): the best-voted
 * first, and on equal votes the woman / ≥ 70% women collective first (NĐ 152 Điều 4);</li>
 * <li>a candidate the rules refuse is not approved, whatever the vote.</li>
 * </ul>
 */
@Service
public class CouncilResults {

    private final CouncilService council;
    private final JdbcTemplate jdbc;
    private final AwardProposalRepository proposals;
    private final CouncilMemberRepository members;
    private final PersonRepository people;
    private final AwardSettings settings;

    CouncilResults(CouncilService council, JdbcTemplate jdbc, AwardProposalRepository proposals,
            CouncilMemberRepository members, PersonRepository people, AwardSettings settings) {
        this.council = council;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.members = members;
        this.people = people;
        this.settings = settings;
    }

    public record MemberLine(String fullName, String councilRole, boolean present, String writtenOpinion) {
    }

    public record CandidateResult(Long proposalId, String name, String title, String kind, String awardType,
            String awardLabel, int agree, int disagree, int writtenAgree, int writtenDisagree, String thresholdText,
            boolean approved, String note, Integer goldBookNo) {
    }

    /** Everything the Biên bản họp Hội đồng needs. */
    public record Minutes(CouncilService.Meeting meeting, CouncilService.Attendance attendance, List<MemberLine> members,
            List<CandidateResult> candidates) {

        public List<MemberLine> absentees() {
            return members.stream().filter(m -> !m.present()).toList();
        }
    }

    /** Closes the meeting (quorum required), writes each result on its proposal, numbers the sổ vàng. */
    @Transactional
    public Minutes close(Long meetingId, String by) {
        CouncilService.Meeting m = council.openMeeting(meetingId);
        council.requireQuorum(m);
        CouncilService.Attendance attendance = council.attendance(m);
        List<AwardProposal> candidates = proposals.findByPlanIdAndStatusOrderByIdAsc(m.planId(), AwardProposal.Status.SUBMITTED);
        Map<Long, int[]> box = tallies(meetingId);
        Map<Long, int[]> written = writtenTallies(meetingId);
        int ldttApproved = 0;
        List<AwardProposal> cstdcsPassing = new ArrayList<>();
        for (AwardProposal p : candidates) {
            int[] b = box.getOrDefault(p.getId(), new int[2]);
            int[] w = written.getOrDefault(p.getId(), new int[2]);
            Outcome o = outcome(p, b, w, attendance);
            p.councilResult(b[0], b[1], o.approved ? AwardProposal.CouncilResult.APPROVED : AwardProposal.CouncilResult.REJECTED, o.note);
            if (o.approved && p.getAwardType() == AwardType.LAO_DONG_TIEN_TIEN) {
                ldttApproved++;
            }
            if (o.approved && p.getAwardType() == AwardType.CHIEN_SI_THI_DUA_CO_SO) {
                cstdcsPassing.add(p);
            }
        }
        applyCap(cstdcsPassing, ldttApproved, box, written);
        int goldBook = 1;
        for (AwardProposal p : candidates) {
            if (p.getCouncilResult() == AwardProposal.CouncilResult.APPROVED) {
                p.numberInGoldBook(goldBook++);
            }
        }
        council.close(meetingId, by);
        return minutes(meetingId);
    }

    private record Outcome(boolean approved, String note) {
    }

    private Outcome outcome(AwardProposal p, int[] ballots, int[] written, CouncilService.Attendance a) {
        if (Boolean.FALSE.equals(p.getRuleEligible())) {
            return new Outcome(false, "Không đủ điều kiện theo quy định: " + p.getRuleReasons().replace('\n', ' '));
        }
        if (p.getAwardType().needsBallot()) {
            int agree = ballots[0] + written[0];
            boolean pass = agree * 100 >= settings.ballotSharePercent() * a.councilSize();
            return new Outcome(pass, agree + "/" + a.councilSize() + " thành viên Hội đồng đồng ý (cần "
                    + settings.ballotSharePercent() + "% tổng số thành viên)");
        }
        int agree = ballots[0];
        if (agree * 2 > a.present()) {
            return new Outcome(true, agree + "/" + a.present() + " thành viên có mặt đồng ý");
        }
        if (agree * 2 == a.present()) {
            return p.tiePreferred()
                    ? new Outcome(true, "Số phiếu ngang nhau: ưu tiên " + preferredWho(p) + " (NĐ 152/2025/NĐ-CP Điều 4)")
                    : new Outcome(false, "Số phiếu ngang nhau, không thuộc diện ưu tiên (NĐ 152/2025/NĐ-CP Điều 4)");
        }
        return new Outcome(false, agree + "/" + a.present() + " thành viên có mặt đồng ý: chưa quá nửa");
    }

    private static String preferredWho(AwardProposal p) {
        return p.getCandidateKind() == AwardProposal.CandidateKind.INDIVIDUAL ? "cá nhân nữ" : "tập thể có từ 70% nữ";
    }

    /** The optional CSTĐCS cap: most votes first; on equal votes women and ≥ 70% women collectives first. */
    private void applyCap(List<AwardProposal> passing, int ldttApproved, Map<Long, int[]> box, Map<Long, int[]> written) {
        Integer cap = settings.cstdcsCapPercent();
        if (cap == null) {
            return;
        }
        int allowed = ldttApproved * cap / 100;
        if (passing.size() <= allowed) {
            return;
        }
        Comparator<AwardProposal> order = Comparator
                .comparingInt((AwardProposal p) -> -(box.getOrDefault(p.getId(), new int[2])[0]
                        + written.getOrDefault(p.getId(), new int[2])[0]))
                .thenComparing(p -> !p.tiePreferred())
                .thenComparing(AwardProposal::getCandidateName, VietnameseCollation.personName());
        List<AwardProposal> ranked = new ArrayList<>(passing);
        ranked.sort(order);
        for (int i = allowed; i < ranked.size(); i++) {
            AwardProposal p = ranked.get(i);
            p.councilResult(p.getVotesFor(), p.getVotesAgainst(), AwardProposal.CouncilResult.REJECTED,
                    "Vượt tỷ lệ Chiến sĩ thi đua cơ sở (tối đa " + cap + "% số Lao động tiên tiến: " + allowed + ")");
        }
    }

    @Transactional(readOnly = true)
    public Minutes minutes(Long meetingId) {
        CouncilService.Meeting m = council.meeting(meetingId);
        Map<Long, Object[]> attendance = new HashMap<>();
        jdbc.query("SELECT person_id, present, written_opinion FROM council_attendance WHERE meeting_id = ?",
                rs -> { attendance.put(rs.getLong(1), new Object[] {rs.getBoolean(2), rs.getString(3)}); }, meetingId);
        List<MemberLine> lines = new ArrayList<>();
        for (CouncilMember cm : members.findByAgencyIdOrderByPosition(m.agencyId())) {
            Person person = people.findById(cm.getPersonId()).orElseThrow();
            Object[] a = attendance.getOrDefault(cm.getPersonId(), new Object[] {false, null});
            lines.add(new MemberLine(person.getFullName(), cm.getCouncilRole(), (Boolean) a[0], (String) a[1]));
        }
        Map<Long, int[]> box = tallies(meetingId);
        Map<Long, int[]> written = writtenTallies(meetingId);
        List<CandidateResult> results = new ArrayList<>();
        for (AwardProposal p : proposals.findByPlanIdAndStatusOrderByIdAsc(m.planId(), AwardProposal.Status.SUBMITTED)) {
            int[] b = box.getOrDefault(p.getId(), new int[2]);
            int[] w = written.getOrDefault(p.getId(), new int[2]);
            String threshold = p.getAwardType().needsBallot()
                    ? "≥ " + settings.ballotSharePercent() + "% tổng số thành viên Hội đồng"
                    : "Quá nửa số thành viên có mặt";
            results.add(new CandidateResult(p.getId(), p.getCandidateName(), p.getCandidateTitle(), p.getCandidateKind().name(),
                    p.getAwardType().name(), p.getAwardType().label(), b[0], b[1], w[0], w[1], threshold,
                    p.getCouncilResult() == AwardProposal.CouncilResult.APPROVED, p.getCouncilNote(), p.getGoldBookNo()));
        }
        return new Minutes(m, council.attendance(m), lines, results);
    }

    private Map<Long, int[]> tallies(Long meetingId) {
        Map<Long, int[]> box = new HashMap<>();
        jdbc.query("SELECT proposal_id, agree_count, disagree_count FROM ballot_box WHERE meeting_id = ?",
                rs -> { box.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)}); }, meetingId);
        return box;
    }

    private Map<Long, int[]> writtenTallies(Long meetingId) {
        Map<Long, int[]> written = new HashMap<>();
        jdbc.query("SELECT proposal_id, SUM(agree), SUM(NOT agree) FROM council_written_vote WHERE meeting_id = ?"
                + " GROUP BY proposal_id", rs -> { written.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)}); }, meetingId);
        return written;
    }
}
