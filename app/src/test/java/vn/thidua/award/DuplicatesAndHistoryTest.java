package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.history.AwardHistoryService;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.rules.DuplicateDetector;
import vn.thidua.award.rules.RoundCheckService;
import vn.thidua.support.IntegrationTest;

/** Duplicates in a round (diacritics, case, spacing, NFD, two units) and the award history search. */
@IntegrationTest
class DuplicatesAndHistoryTest {

    @Autowired AwardFixtures fixtures;
    @Autowired ProposalService proposals;
    @Autowired RoundCheckService roundCheck;
    @Autowired AwardHistoryService history;
    @Autowired AwardProposalRepository repository;

    @Test
    void theSamePersonTypedDifferentlyByTwoUnitsIsFlaggedBeforeTheCouncil() {
        AwardRound round = fixtures.round("tdp-01", "tdp-02");
        proposals.create(round.getPlanId(), fixtures.unit("tdp-01"), "hai.nv",
                AwardFixtures.individual("Nguyễn Thị Thu Hà", "Nữ", "LAO_DONG_TIEN_TIEN", "TOT", false));
        proposals.create(round.getPlanId(), fixtures.unit("tdp-02"), "hue.pt",
                AwardFixtures.individual("  nguyen   THI thu ha ", "Nữ", "LAO_DONG_TIEN_TIEN", "TOT", false));
        proposals.create(round.getPlanId(), fixtures.unit("tdp-02"), "hue.pt",
                AwardFixtures.individual(Normalizer.normalize("Nguyễn Thị Thu Hà", Normalizer.Form.NFD), "Nữ",
                        "LAO_DONG_TIEN_TIEN", "TOT", false));
        // Same person for CSTĐCS too: not a duplicate (CSTĐCS needs LĐTT the same year)
        proposals.create(round.getPlanId(), fixtures.unit("tdp-01"), "hai.nv",
                AwardFixtures.individual("Nguyễn Thị Thu Hà", "Nữ", "CHIEN_SI_THI_DUA_CO_SO", "XUAT_SAC", false));
        // "Hà" and "Hải" differ
        proposals.create(round.getPlanId(), fixtures.unit("tdp-01"), "hai.nv",
                AwardFixtures.individual("Nguyễn Thị Thu Hải", "Nữ", "LAO_DONG_TIEN_TIEN", "TOT", false));
        fixtures.send(round, "tdp-01", "tdp-02");

        RoundCheckService.RoundCheck check = roundCheck.check(round.getPlanId());
        assertThat(check.duplicates()).singleElement().satisfies(d -> {
            assertThat(d.nameKey()).isEqualTo("nguyen thi thu ha");
            assertThat(d.proposals()).hasSize(3);
            assertThat(d.byDifferentUnits()).isTrue();
            assertThat(d.title()).isEqualTo("LAO_DONG_TIEN_TIEN");
        });
        assertThat(repository.findByPlanIdOrderByIdAsc(round.getPlanId())).allSatisfy(p -> assertThat(p.getCandidateName()).matches(
                n -> Normalizer.isNormalized(n, Normalizer.Form.NFC), "NFC"));
    }

    @Test
    void detectorAloneIsLinearAndKeepsCollectivesApartFromPeople() {
        List<DuplicateDetector.Entry> entries = List.of(
                new DuplicateDetector.Entry(1L, 10L, "COLLECTIVE", "GIAY_KHEN", "Tổ dân phố số 1", CandidateKey.of("Tổ dân phố số 1"), null),
                new DuplicateDetector.Entry(2L, 11L, "INDIVIDUAL", "GIAY_KHEN", "To dan pho so 1", CandidateKey.of("To dan pho so 1"), null),
                new DuplicateDetector.Entry(3L, 10L, "COLLECTIVE", "GIAY_KHEN", "TỔ DÂN PHỐ  SỐ 1", CandidateKey.of("TỔ DÂN PHỐ  SỐ 1"), null),
                new DuplicateDetector.Entry(4L, 12L, "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", "Đỗ Văn Đạt", CandidateKey.of("Đỗ Văn Đạt"), 5L),
                new DuplicateDetector.Entry(5L, 13L, "INDIVIDUAL", "LAO_DONG_TIEN_TIEN", "Do Van Dat", CandidateKey.of("Do Van Dat"), 6L));
        List<DuplicateDetector.Duplicate> found = DuplicateDetector.find(entries);
        assertThat(found).hasSize(2);
        assertThat(found.get(0).proposals()).extracting(DuplicateDetector.Entry::proposalId).containsExactly(1L, 3L);
        assertThat(found.get(0).byDifferentUnits()).isFalse();
        assertThat(found.get(1).possiblyNamesakes()).as("two different people of the organisation file").isTrue();
        assertThat(CandidateKey.of("Đặng  Thị\u00A0Ánh")).isEqualTo("dang thi anh");
    }

    @Test
    void historyIsSearchedWithoutDiacriticsAndSortedInVietnameseOrder() {
        Long ward = fixtures.ward().getId();
        LocalDate day = LocalDate.of(2031, 12, 20);
        for (String name : List.of("Nguyễn Văn A", "Lê Văn Đức", "Lê Văn Dũng", "Lê Thị Ánh", "Lê Văn Ân", "Nguyễn Văn Ánh")) {
            history.record(ward, AwardProposal.CandidateKind.INDIVIDUAL, name, null, null, AwardType.LAO_DONG_TIEN_TIEN,
                    2031, "15/QĐ-UBND", day, null);
        }
        assertThat(history.search(ward, "nguyen van a", 2031, 0, 50).items()).extracting(AwardHistoryService.Entry::recipientName)
                .containsExactly("Nguyễn Văn A", "Nguyễn Văn Ánh");
        assertThat(history.search(ward, "NGUYỄN VĂN A", 2031, 0, 50).total()).isEqualTo(2);
        // given name first, then a < ă < â and d < đ: Ánh (Lê Thị), Ân, Dũng, Đức
        assertThat(history.search(ward, "le ", 2031, 0, 50).items()).extracting(AwardHistoryService.Entry::recipientName)
                .containsExactly("Lê Thị Ánh", "Lê Văn Ân", "Lê Văn Dũng", "Lê Văn Đức");
        AwardHistoryService.Page page = history.search(ward, "le", 2031, 1, 3);
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.items()).extracting(AwardHistoryService.Entry::recipientName).containsExactly("Lê Văn Đức");
        assertThat(page.items().get(0).awardLabel()).isEqualTo("Lao động tiên tiến");
    }

    @Test
    void lastRecordedLdttOfTheYearIsTheCstdcsPrerequisiteNotWhatTheUnitTypes() {
        AwardRound round = fixtures.round("tdp-03");
        history.record(round.getAgencyId(), AwardProposal.CandidateKind.INDIVIDUAL, "Hoàng Văn Kiên", null, null,
                AwardType.LAO_DONG_TIEN_TIEN, round.getYear(), "20/QĐ-UBND", LocalDate.of(round.getYear(), 12, 1), 3);
        AwardProposal kien = proposals.create(round.getPlanId(), fixtures.unit("tdp-03"), "loi.dv",
                AwardFixtures.individual("Hoang Van Kien", "Nam", "CHIEN_SI_THI_DUA_CO_SO", "TOT", true));
        AwardProposal other = proposals.create(round.getPlanId(), fixtures.unit("tdp-03"), "loi.dv",
                AwardFixtures.individual("Hoàng Văn Kiệt", "Nam", "CHIEN_SI_THI_DUA_CO_SO", "XUAT_SAC", true));
        fixtures.send(round, "tdp-03");
        roundCheck.check(round.getPlanId());
        assertThat(repository.findById(kien.getId()).orElseThrow().getRuleEligible()).isTrue();
        AwardProposal refused = repository.findById(other.getId()).orElseThrow();
        assertThat(refused.getRuleEligible()).isFalse();
        assertThat(refused.getRuleReasons()).isEqualTo("Chiến sĩ thi đua cơ sở: phải đạt danh hiệu Lao động tiên tiến trong cùng năm"
                + " (Luật Thi đua, khen thưởng Điều 23).");
    }
}
