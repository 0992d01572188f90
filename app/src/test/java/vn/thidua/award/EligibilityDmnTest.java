package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.rules.EligibilityFacts;
import vn.thidua.award.rules.EligibilityRules;
import vn.thidua.support.IntegrationTest;

/**
 * Every row of processes/award-eligibility.dmn, as deployed on the engine, with a case it refuses
 * and the nearest case it lets through. Each starts from an eligible candidate and changes one fact.
 */
@IntegrationTest
class EligibilityDmnTest {

    @Autowired EligibilityRules rules;
    @Autowired RepositoryService repository;

    private static EligibilityFacts ldtt() {
        return new EligibilityFacts("LAO_DONG_TIEN_TIEN", "INDIVIDUAL", "TOT", false, false, "KHONG", false, false, null, null);
    }

    private static EligibilityFacts cstdcs() {
        return new EligibilityFacts("CHIEN_SI_THI_DUA_CO_SO", "INDIVIDUAL", "XUAT_SAC", false, true, "KHONG", false, false, null, null);
    }

    private static EligibilityFacts ttldtt() {
        return new EligibilityFacts("TAP_THE_LAO_DONG_TIEN_TIEN", "COLLECTIVE", "TOT", false, false, "KHONG", false, false, 70.0, 0);
    }

    private List<String> codes(EligibilityFacts f) {
        return rules.refusals(f).stream().map(EligibilityRules.Refusal::code).toList();
    }

    @Test
    void theTableIsDeployedOnTheEngine() {
        assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("awardEligibility").latestVersion()
                .singleResult()).isNotNull();
    }

    @Test
    void everyWardTitleForItsRecipientIsEligible() {
        assertThat(codes(ldtt())).isEmpty();
        assertThat(codes(cstdcs())).isEmpty();
        assertThat(codes(ttldtt())).isEmpty();
        assertThat(codes(new EligibilityFacts("GIAY_KHEN", "INDIVIDUAL", null, false, false, "KHONG", false, false, null, null))).isEmpty();
        assertThat(codes(new EligibilityFacts("GIAY_KHEN", "COLLECTIVE", null, false, false, "KHONG", false, false, null, null))).isEmpty();
        assertThat(codes(new EligibilityFacts("GIA_DINH_VAN_HOA", "HOUSEHOLD", null, false, false, "KHONG", false, false, null, null))).isEmpty();
        assertThat(codes(new EligibilityFacts("TO_DAN_PHO_VAN_HOA", "COLLECTIVE", null, false, false, "KHONG", false, false, null, null))).isEmpty();
    }

    @Test
    void aTitleTheWardChairmanMayNotAwardIsRefusedWithTheReason() {
        List<EligibilityRules.Refusal> r = rules.refusals(new EligibilityFacts("CHIEN_SI_THI_DUA_CAP_TINH", "INDIVIDUAL", "XUAT_SAC",
                true, true, "KHONG", false, false, null, null));
        assertThat(r).extracting(EligibilityRules.Refusal::code).containsExactly("KHONG_THAM_QUYEN");
        assertThat(r.get(0).reason()).isEqualTo("Chủ tịch UBND cấp xã không có thẩm quyền tặng hình thức này (NĐ 129/2025/NĐ-CP Điều 59).");
        assertThat(r.get(0).refusesTheProposal()).isTrue();
    }

    @Test
    void eachTitleGoesToItsKindOfRecipient() {
        assertThat(codes(with(ldtt(), "kind", "COLLECTIVE"))).containsExactly("CHI_CA_NHAN");
        assertThat(codes(with(cstdcs(), "kind", "HOUSEHOLD"))).containsExactly("CHI_CA_NHAN");
        assertThat(codes(with(ttldtt(), "kind", "INDIVIDUAL"))).containsExactly("CHI_TAP_THE");
        assertThat(codes(new EligibilityFacts("TO_DAN_PHO_VAN_HOA", "HOUSEHOLD", null, false, false, "KHONG", false, false, null, null)))
                .containsExactly("CHI_TAP_THE");
        assertThat(codes(new EligibilityFacts("GIA_DINH_VAN_HOA", "INDIVIDUAL", null, false, false, "KHONG", false, false, null, null)))
                .containsExactly("CHI_HO_GIA_DINH");
    }

    @Test
    void nobodyUnderDisciplineInspectionOrAPendingComplaint() {
        assertThat(codes(with(ldtt(), "discipline", "KHIEN_TRACH"))).containsExactly("DANG_BI_KY_LUAT");
        assertThat(codes(with(cstdcs(), "discipline", "CANH_CAO"))).containsExactly("DANG_BI_KY_LUAT");
        assertThat(codes(with(ldtt(), "inspection", true))).containsExactly("DANG_BI_THANH_TRA");
        assertThat(codes(with(ttldtt(), "complaint", true))).containsExactly("DANG_CO_KHIEU_NAI");
        assertThat(rules.refusals(with(ldtt(), "complaint", true)).get(0).reason())
                .isEqualTo("Đang có đơn khiếu nại, tố cáo chưa được giải quyết: chưa xét khen thưởng (NĐ 152/2025/NĐ-CP Điều 4).");
        assertThat(codes(with(ldtt(), "discipline", "KHONG"))).isEmpty();
    }

    @Test
    void ldttNeedsAtLeastGoodCompletion() {
        assertThat(codes(with(ldtt(), "completion", "XUAT_SAC"))).isEmpty();
        assertThat(codes(with(ldtt(), "completion", "TOT"))).isEmpty();
        assertThat(codes(with(ldtt(), "completion", "HOAN_THANH"))).containsExactly("LDTT_HOAN_THANH_TOT");
        assertThat(codes(with(ldtt(), "completion", "KHONG_HOAN_THANH"))).containsExactly("LDTT_HOAN_THANH_TOT");
    }

    @Test
    void cstdcsNeedsLdttTheSameYear() {
        assertThat(codes(with(cstdcs(), "ldttSameYear", false))).containsExactly("CSTDCS_CAN_LDTT");
        assertThat(codes(with(cstdcs(), "ldttSameYear", true))).isEmpty();
    }

    @Test
    void cstdcsNeedsExcellentCompletionOrARecognisedInitiative() {
        EligibilityFacts good = with(cstdcs(), "completion", "TOT");
        assertThat(codes(good)).containsExactly("CSTDCS_XUAT_SAC_HOAC_SANG_KIEN");
        assertThat(codes(with(good, "initiative", true))).isEmpty();
        assertThat(codes(with(cstdcs(), "initiative", false))).isEmpty(); // excellent alone suffices
        assertThat(codes(with(with(cstdcs(), "completion", "TOT"), "ldttSameYear", false)))
                .containsExactlyInAnyOrder("CSTDCS_CAN_LDTT", "CSTDCS_XUAT_SAC_HOAC_SANG_KIEN");
    }

    @Test
    void ttldttNeedsGoodCompletionSeventyPercentLdttAndNoMemberDisciplinedAtWarning() {
        assertThat(codes(with(ttldtt(), "completion", "HOAN_THANH"))).containsExactly("TTLDTT_HOAN_THANH_TOT");
        assertThat(codes(with(ttldtt(), "ldttPercent", 69.99))).containsExactly("TTLDTT_70_PHAN_TRAM");
        assertThat(codes(with(ttldtt(), "ldttPercent", 70.0))).isEmpty();
        assertThat(codes(with(ttldtt(), "ldttPercent", null))).containsExactly("TTLDTT_70_PHAN_TRAM");
        assertThat(codes(with(ttldtt(), "disciplinedMembers", 1))).containsExactly("TTLDTT_KY_LUAT");
        assertThat(codes(with(ttldtt(), "disciplinedMembers", 0))).isEmpty();
        // the 70% and discipline rows are TTLĐTT's: a Tổ dân phố văn hóa is not held to them
        assertThat(codes(new EligibilityFacts("TO_DAN_PHO_VAN_HOA", "COLLECTIVE", null, false, false, "KHONG", false, false, 10.0, 3))).isEmpty();
    }

    @Test
    void theRoundEvaluatorAppliesTheSameDeployedTable() {
        var round = rules.forRound();
        for (EligibilityFacts f : List.of(ldtt(), cstdcs(), ttldtt(), with(ldtt(), "completion", "HOAN_THANH"),
                with(cstdcs(), "ldttSameYear", false), with(with(cstdcs(), "completion", "TOT"), "initiative", false),
                with(ttldtt(), "ldttPercent", 50.0), with(ttldtt(), "disciplinedMembers", 2), with(ldtt(), "complaint", true),
                with(ldtt(), "title", "CO_THI_DUA_CAP_TINH"), with(ttldtt(), "kind", "HOUSEHOLD"))) {
            assertThat(round.apply(f)).as(f.toString()).isEqualTo(rules.refusals(f));
        }
    }

    private static EligibilityFacts with(EligibilityFacts f, String field, Object v) {
        return new EligibilityFacts(
                field.equals("title") ? (String) v : f.title(),
                field.equals("kind") ? (String) v : f.kind(),
                field.equals("completion") ? (String) v : f.completion(),
                field.equals("initiative") ? (Boolean) v : f.initiative(),
                field.equals("ldttSameYear") ? (Boolean) v : f.ldttSameYear(),
                field.equals("discipline") ? (String) v : f.discipline(),
                field.equals("inspection") ? (Boolean) v : f.inspection(),
                field.equals("complaint") ? (Boolean) v : f.complaint(),
                field.equals("ldttPercent") ? (Double) v : f.ldttPercent(),
                field.equals("disciplinedMembers") ? (Integer) v : f.disciplinedMembers());
    }
}
