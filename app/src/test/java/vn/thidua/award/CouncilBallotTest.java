package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.award.council.CouncilResults;
import vn.thidua.award.council.CouncilService;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.rules.RoundCheckService;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.support.IntegrationTest;

/**
 * The council's secret ballot on the demo ward's council of five (Khang, Hằng, Mai Anh, Tùng,
 * Diệp): 80% of the whole council is 4 members; quorum 2/3 and session attendance 80% both need 4.
 */
@IntegrationTest
class CouncilBallotTest {

    static final List<String> FOUR = List.of("khang.pm", "hang.vtt", "anh.ltm", "tung.bv");

    @Autowired AwardFixtures fixtures;
    @Autowired ProposalService proposals;
    @Autowired RoundCheckService roundCheck;
    @Autowired CouncilService council;
    @Autowired CouncilResults results;
    @Autowired AwardProposalRepository repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private record Round(AwardRound round, AwardProposal ldtt, AwardProposal cstdcs, AwardProposal woman, AwardProposal man) {
    }

    /** One person for LĐTT and CSTĐCS, and two more LĐTT candidates (a woman and a man) for ties. */
    private Round round() {
        AwardRound round = fixtures.round("tdp-01");
        var unit = fixtures.unit("tdp-01");
        AwardProposal ldtt = proposals.create(round.getPlanId(), unit, "hai.nv",
                AwardFixtures.individual("Nguyễn Văn Hải", "Nam", "LAO_DONG_TIEN_TIEN", "XUAT_SAC", false));
        AwardProposal cstdcs = proposals.create(round.getPlanId(), unit, "hai.nv",
                AwardFixtures.individual("Nguyễn Văn Hải", "Nam", "CHIEN_SI_THI_DUA_CO_SO", "XUAT_SAC", false));
        AwardProposal woman = proposals.create(round.getPlanId(), unit, "hai.nv",
                AwardFixtures.individual("Trần Thị Lụa", "Nữ", "LAO_DONG_TIEN_TIEN", "TOT", false));
        AwardProposal man = proposals.create(round.getPlanId(), unit, "hai.nv",
                AwardFixtures.individual("Lê Văn Mạnh", "Nam", "LAO_DONG_TIEN_TIEN", "TOT", false));
        fixtures.send(round, "tdp-01");
        roundCheck.check(round.getPlanId());
        assertThat(repository.findById(cstdcs.getId()).orElseThrow().getRuleEligible())
                .as("CSTĐCS eligible through the LĐTT proposed and passing in the same round").isTrue();
        return new Round(round, ldtt, cstdcs, woman, man);
    }

    private CouncilService.Meeting meeting(Round r, List<String> present) {
        CouncilService.Meeting m = council.open(r.round().getPlanId(), LocalDate.now(clock), "Hội trường UBND phường", "diep.tn");
        council.recordAttendance(m.id(), present, "diep.tn");
        return m;
    }

    private void vote(CouncilService.Meeting m, AwardProposal p, List<String> agree, List<String> disagree) {
        agree.forEach(u -> council.castBallot(m.id(), u, p.getId(), true));
        disagree.forEach(u -> council.castBallot(m.id(), u, p.getId(), false));
    }

    private CouncilResults.CandidateResult result(CouncilResults.Minutes minutes, AwardProposal p) {
        return minutes.candidates().stream().filter(c -> c.proposalId().equals(p.getId())).findFirst().orElseThrow();
    }

    @Test
    void cstdcsPassesWithExactlyEightyPercentOfTheWholeCouncilAndFailsOneVoteShort() {
        Round r = round();
        CouncilService.Meeting m = meeting(r, FOUR);
        vote(m, r.cstdcs(), FOUR, List.of());
        vote(m, r.ldtt(), FOUR.subList(0, 3), FOUR.subList(3, 4));
        CouncilResults.Minutes minutes = results.close(m.id(), "diep.tn");
        assertThat(result(minutes, r.cstdcs()).approved()).isTrue();
        assertThat(result(minutes, r.cstdcs()).note()).isEqualTo("4/5 thành viên Hội đồng đồng ý (cần 80% tổng số thành viên)");

        Round shortRound = round();
        CouncilService.Meeting m2 = meeting(shortRound, FOUR);
        vote(m2, shortRound.cstdcs(), FOUR.subList(0, 3), FOUR.subList(3, 4));
        CouncilResults.CandidateResult cstdcs = result(results.close(m2.id(), "diep.tn"), shortRound.cstdcs());
        assertThat(cstdcs.approved()).isFalse();
        assertThat(cstdcs.agree()).isEqualTo(3);
        assertThat(cstdcs.disagree()).isEqualTo(1);
        // the majority-of-present titles: 3 of 4 present agreed
        assertThat(result(minutes, r.ldtt()).approved()).isTrue();
    }

    @Test
    void anAbsentMembersWrittenOpinionCountsTowardsTheWholeCouncilAndIsInTheMinutes() {
        Round r = round();
        CouncilService.Meeting m = meeting(r, FOUR);
        council.recordWrittenOpinion(m.id(), "diep.tn", "Đồng ý đề nghị khen thưởng ông Nguyễn Văn Hải.",
                Map.of(r.cstdcs().getId(), true), "anh.ltm");
        vote(m, r.cstdcs(), FOUR.subList(0, 3), FOUR.subList(3, 4));
        CouncilResults.Minutes minutes = results.close(m.id(), "diep.tn");
        CouncilResults.CandidateResult cstdcs = result(minutes, r.cstdcs());
        assertThat(cstdcs.approved()).isTrue();
        assertThat(cstdcs.writtenAgree()).isEqualTo(1);
        assertThat(minutes.absentees()).singleElement().satisfies(a -> {
            assertThat(a.fullName()).isEqualTo("Trịnh Ngọc Diệp");
            assertThat(a.writtenOpinion()).isEqualTo("Đồng ý đề nghị khen thưởng ông Nguyễn Văn Hải.");
        });
        assertThat(minutes.attendance().present()).isEqualTo(4);
        assertThat(minutes.attendance().councilSize()).isEqualTo(5);
        assertThat(cstdcs.goldBookNo()).isNotNull();
        // a present member cannot send a written opinion instead of the ballot
        Round other = round();
        CouncilService.Meeting m2 = meeting(other, FOUR);
        assertThatThrownBy(() -> council.recordWrittenOpinion(m2.id(), "tung.bv", "Đồng ý", Map.of(), "diep.tn"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("có mặt tại cuộc họp");
    }

    @Test
    void aMeetingWithoutQuorumCannotVoteOrClose() {
        Round r = round();
        CouncilService.Meeting m = meeting(r, FOUR.subList(0, 3));
        assertThatThrownBy(() -> council.castBallot(m.id(), "khang.pm", r.ldtt().getId(), true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Cuộc họp không đủ số thành viên: có mặt 3/5, cần ít nhất 4");
        assertThatThrownBy(() -> results.close(m.id(), "diep.tn")).isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ballot_voter WHERE meeting_id = ?", Integer.class, m.id())).isZero();
    }

    @Test
    void onATieTheWomanIsPreferredAndTheManIsNot() {
        Round r = round();
        CouncilService.Meeting m = meeting(r, FOUR);
        vote(m, r.woman(), FOUR.subList(0, 2), FOUR.subList(2, 4));
        vote(m, r.man(), FOUR.subList(0, 2), FOUR.subList(2, 4));
        CouncilResults.Minutes minutes = results.close(m.id(), "diep.tn");
        assertThat(result(minutes, r.woman()).approved()).isTrue();
        assertThat(result(minutes, r.woman()).note()).contains("ưu tiên cá nhân nữ", "NĐ 152/2025/NĐ-CP Điều 4");
        assertThat(result(minutes, r.man()).approved()).isFalse();
        assertThat(result(minutes, r.man()).note()).contains("Số phiếu ngang nhau");
    }

    @Test
    void refusals_secondBallot_nonMember_absentMember_afterClose_changeNothing() {
        Round r = round();
        CouncilService.Meeting m = meeting(r, FOUR);
        council.castBallot(m.id(), "khang.pm", r.ldtt().getId(), true);
        assertThatThrownBy(() -> council.castBallot(m.id(), "khang.pm", r.ldtt().getId(), false))
                .hasMessageContaining("Phạm Minh Khang đã bỏ phiếu cho đề nghị này");
        assertThatThrownBy(() -> council.castBallot(m.id(), "hai.nv", r.ldtt().getId(), true))
                .hasMessageContaining("không phải thành viên Hội đồng Thi đua - Khen thưởng");
        assertThatThrownBy(() -> council.castBallot(m.id(), "diep.tn", r.ldtt().getId(), true))
                .hasMessageContaining("Trịnh Ngọc Diệp không có tên trong danh sách có mặt");
        assertThat(jdbc.queryForMap("SELECT agree_count, disagree_count FROM ballot_box WHERE meeting_id = ? AND proposal_id = ?",
                m.id(), r.ldtt().getId())).containsEntry("agree_count", 1).containsEntry("disagree_count", 0);
        vote(m, r.ldtt(), FOUR.subList(1, 4), List.of());
        results.close(m.id(), "diep.tn");
        assertThatThrownBy(() -> council.castBallot(m.id(), "tung.bv", r.man().getId(), true))
                .hasMessageContaining("Cuộc họp của Hội đồng đã kết thúc");
    }

    @Test
    void noTableLinksAVoterToAChoice() {
        List<String> voterColumns = columns("ballot_voter");
        List<String> boxColumns = columns("ballot_box");
        assertThat(voterColumns).containsExactlyInAnyOrder("meeting_id", "proposal_id", "person_id");
        assertThat(boxColumns).containsExactlyInAnyOrder("meeting_id", "proposal_id", "agree_count", "disagree_count");
        // no other table of ours holds both a council member and a secret choice
        List<String> tablesWithAgree = jdbc.queryForList("SELECT table_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND (column_name LIKE '%agree%' OR column_name = 'choice') AND table_name NOT LIKE 'ACT_%'", String.class);
        assertThat(tablesWithAgree).allSatisfy(t -> assertThat(t).isIn("ballot_box", "council_written_vote", "award_proposal"));

        Round r = round();
        CouncilService.Meeting m = meeting(r, FOUR);
        vote(m, r.ldtt(), List.of("khang.pm", "hang.vtt", "anh.ltm"), List.of("tung.bv"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ballot_voter WHERE meeting_id = ?", Integer.class, m.id())).isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ballot_box WHERE meeting_id = ?", Integer.class, m.id())).isEqualTo(1);
    }

    private List<String> columns(String table) {
        return jdbc.queryForList("SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE() AND table_name = ?",
                String.class, table);
    }
}
