package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.rules.EligibilityFacts;
import vn.thidua.award.rules.EligibilityRules;
import vn.thidua.support.IntegrationTest;

/**
 * Every row of processes/award-eligibility.dmn, as deployed on the engine, with a case it refuses
 * and the nearest case it lets through. Each starts from an eligible candidate and changes one fact.
 * The rows are checked on both ways the table is evaluated: through the engine's DecisionService
 * (a unit's proposal, with decision history) and by the round evaluator (a whole round, without);
 * {@link #bothPathsGiveTheSameResultForEveryRowsCases} keeps the two from drifting apart.
 */
@IntegrationTest
class EligibilityDmnTest {

    @Autowired EligibilityRules engineRules;
    @Autowired RepositoryService repository;
    @Autowired HistoryService history;

    @Nested
    class ThroughTheDecisionService extends Rows {

        @Override
        EligibilityRules.Evaluator evaluator() {
            return engineRules.forProposal(null);
        }

        @Test
        void eachEvaluationIsInTheEnginesDecisionHistory() {
            long before = history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("awardEligibility").count();
            evaluator().refusals(ldtt());
            assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("awardEligibility").count())
                    .isEqualTo(before + 1);
        }
    }

    @Nested
    class ByTheRoundEvaluator extends Rows {

        @Override
        EligibilityRules.Evaluator evaluator() {
            return engineRules.forRound(null);
        }

        @Test
        void itEvaluatesTheLatestDeployedTableWithoutWritingDecisionHistory() {
            long before = history.createHistoricDecisionInstanceQuery().count();
            EligibilityRules.Evaluator round = evaluator();
            assertThat(round.decision()).isEqualTo(repository.createDecisionDefinitionQuery().decisionDefinitionKey("awardEligibility")
                    .withoutTenantId().latestVersion().singleResult().getId());
            for (int i = 0; i < 50; i++) {
                round.refusals(with(ttldtt(), "ldttPercent", 50.0 + i));
            }
            assertThat(history.createHistoricDecisionInstanceQuery().count()).isEqualTo(before);
        }
    }

    /**
     * For every input of the table, each value its rows test (and the values either side of a
     * threshold), changed one at a time from each eligible candidate and from a refused one: the
     * round evaluator gives exactly what the DecisionService gives. Every row of the deployed table
     * must be among the refusals seen, so a new row without cases here fails.
     */
    @Test
    void bothPathsGiveTheSameResultForEveryRowsCases() throws IOException {
        EligibilityRules.Evaluator engine = engineRules.forProposal(null);
        EligibilityRules.Evaluator round = engineRules.forRound(null);
        assertThat(round.decision()).isEqualTo(engine.decision());
        Set<String> seen = new LinkedHashSet<>();
        List<EligibilityFacts> cases = everyRowsCases();
        for (EligibilityFacts f : cases) {
            List<EligibilityRules.Refusal> expected = engine.refusals(f);
            assertThat(round.refusals(f)).as(f.toString()).isEqualTo(expected);
            expected.forEach(r -> seen.add(r.code()));
        }
        assertThat(seen).as("every row of the deployed table is exercised by " + cases.size() + " cases")
                .containsExactlyInAnyOrderElementsOf(deployedRowCodes());
    }

    private static List<EligibilityFacts> everyRowsCases() {
        List<EligibilityFacts> bases = List.of(ldtt(), cstdcs(), ttldtt(),
                new EligibilityFacts("GIAY_KHEN", "INDIVIDUAL", null, false, false, "KHONG", false, false, null, null),
                new EligibilityFacts("GIA_DINH_VAN_HOA", "HOUSEHOLD", null, false, false, "KHONG", false, false, null, null),
                new EligibilityFacts("TO_DAN_PHO_VAN_HOA", "COLLECTIVE", null, false, false, "KHONG", false, false, null, null),
                new EligibilityFacts("CHIEN_SI_THI_DUA_CO_SO", "COLLECTIVE", "HOAN_THANH", false, false, "CANH_CAO", true, true, 10.0, 2));
        Object[][] values = {
            {"title", "LAO_DONG_TIEN_TIEN", "CHIEN_SI_THI_DUA_CO_SO", "TAP_THE_LAO_DONG_TIEN_TIEN", "GIAY_KHEN", "GIA_DINH_VAN_HOA",
                "TO_DAN_PHO_VAN_HOA", "CHIEN_SI_THI_DUA_CAP_TINH", "BANG_KHEN"},
            {"kind", "INDIVIDUAL", "COLLECTIVE", "HOUSEHOLD"},
            {"completion", "XUAT_SAC", "TOT", "HOAN_THANH", "KHONG_HOAN_THANH", null},
            {"initiative", true, false},
            {"ldttSameYear", true, false},
            {"discipline", "KHONG", "KHIEN_TRACH", "CANH_CAO", "CACH_CHUC", null},
            {"inspection", true, false},
            {"complaint", true, false},
            {"ldttPercent", null, 0.0, 69.99, 70.0, 70.01, 100.0},
            {"disciplinedMembers", null, 0, 1, 5}};
        Set<EligibilityFacts> cases = new LinkedHashSet<>(bases);
        for (EligibilityFacts base : bases) {
            for (Object[] input : values) {
                Arrays.stream(input, 1, input.length).forEach(v -> cases.add(with(base, (String) input[0], v)));
            }
        }
        return new ArrayList<>(cases);
    }

    /** The codes the deployed table's rows return (rule ids are "rule_" + code). */
    private Set<String> deployedRowCodes() throws IOException {
        String id = engineRules.forProposal(null).decision();
        String xml;
        try (InputStream in = repository.getDecisionModel(id)) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> codes = new LinkedHashSet<>();
        Matcher m = Pattern.compile("<rule id=\"rule_([A-Z0-9_]+)\"").matcher(xml);
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).isNotEmpty();
        return codes;
    }

    private static EligibilityFacts ldtt() {
        return new EligibilityFacts("LAO_DONG_TIEN_TIEN", "INDIVIDUAL", "TOT", false, false, "KHONG", false, false, null, null);
    }

    private static EligibilityFacts cstdcs() {
        return new EligibilityFacts("CHIEN_SI_THI_DUA_CO_SO", "INDIVIDUAL", "XUAT_SAC", false, true, "KHONG", false, false, null, null);
    }

    private static EligibilityFacts ttldtt() {
        return new EligibilityFacts("TAP_THE_LAO_DONG_TIEN_TIEN", "COLLECTIVE", "TOT", false, false, "KHONG", false, false, 70.0, 0);
    }

    /** Each row's yes and no, on one way of evaluating the table. */
    abstract class Rows {

        abstract EligibilityRules.Evaluator evaluator();

        private List<String> codes(EligibilityFacts f) {
            return evaluator().refusals(f).stream().map(EligibilityRules.Refusal::code).toList();
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
            List<EligibilityRules.Refusal> r = evaluator().refusals(new EligibilityFacts("CHIEN_SI_THI_DUA_CAP_TINH", "INDIVIDUAL", "XUAT_SAC",
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
            assertThat(evaluator().refusals(with(ldtt(), "complaint", true)).get(0).reason())
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
