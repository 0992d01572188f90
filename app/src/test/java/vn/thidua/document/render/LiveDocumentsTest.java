package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.demo.DemoPlans;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanImporter;
import vn.thidua.plan.PlanRepository;
import vn.thidua.signing.pdf.RegistrationStamps;
import vn.thidua.support.AwardSteps;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.TypedValues;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.workflow.planlifecycle.PlanProcess;

/**
 * What users get: the demo plan driven through its whole life as the officials do it (a target
 * added in the draft for the residential groups only), then every PDF the plan issued is checked
 * for the NĐ 30 layout, the plan's campaign year and citation, stamped numbers and dates on every
 * page that had blanks, the added target, and no empty page. The PDFs are written to
 * target/live-documents for a look.
 */
@IntegrationTest
class LiveDocumentsTest {

    private static final String SPECIALIST = "diep.tn";
    private static final String VICE_CHAIRMAN = "hang.vtt";
    private static final String CHAIRMAN = "khang.pm";
    private static final String CLERK = "ngoc.ntb";

    /** A blank number ("Số:      /KH-UBND", "số      /QĐ-UBND") or date ("ngày      tháng      năm"). */
    private static final Pattern NUMBER_BLANK = Pattern.compile("[Ss]ố:?\\s+/");
    private static final Pattern DATE_BLANK = Pattern.compile("ngày\\s+tháng\\s+năm");

    @Autowired Officials officials;
    @Autowired AwardSteps awards;
    @Autowired PlanImporter importer;
    @Autowired PlanProcess planProcess;
    @Autowired PlanRepository plans;
    @Autowired AgencyRepository agencies;
    @Autowired OrgUnitRepository units;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired OfficialDocumentRepository documents;
    @Autowired RuntimeService runtime;
    @Autowired Clock clock;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

    @Test
    void everyDocumentTheDemoPlanIssuesIsRight() throws Exception {
        Agency agency = agencies.findByCode("thach-khoi").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Plan plan = importer.createDraft(agency.getId(), DemoPlans.thachKhoi(today), SPECIALIST);
        String pi = officials.as(SPECIALIST, () -> planProcess.start(plan.getId()));

        // The specialist adds T15 for the residential groups only, as the draft form sends it.
        List<Map<String, Object>> rows = JsonVariables.read(runtime.getVariable(pi, "targets"),
                new TypeReference<List<Map<String, Object>>>() { }, "targets");
        List<Map<String, Object>> edited = new ArrayList<>(rows);
        Map<String, Object> added = new HashMap<>();
        added.put("code", "T15");
        added.put("name", "Tỷ lệ hộ gia đình đăng ký xây dựng gia đình số");
        added.put("operator", ">=");
        added.put("threshold", 80);
        added.put("unit", "%");
        added.put("scope", "KIND");
        added.put("unitKind", "tổ dân phố");
        edited.add(added);
        officials.complete(SPECIALIST, pi, "userTask_draftPlan", Map.of("targets", JsonVariables.json(edited)));
        officials.complete(VICE_CHAIRMAN, pi, "userTask_reviewPlan", Map.of("decision", "approve"));
        officials.sign(CHAIRMAN, pi);
        officials.complete(CLERK, pi, "userTask_issuePlan", Map.of("issueDate", today.toString()));

        officials.awaitJobs(Duration.ofSeconds(60));
        List<UnitCampaign> unitCampaigns = campaigns.findByPlanId(plan.getId());
        Map<Long, OrgUnit> unitById = new HashMap<>();
        units.findByAgencyId(agency.getId()).forEach(u -> unitById.put(u.getId(), u));
        for (UnitCampaign c : unitCampaigns) {
            OrgUnit unit = unitById.get(c.getUnitId());
            officials.complete(unit.getHeadUsername(), c.getProcessInstanceId(), "userTask_reportLaunch", Map.of(
                    "launchedOn", today.toString(), "launchForm", "Hội nghị phát động", "participants", "35",
                    "unitTheme", "Thi đua lập thành tích"));
        }
        for (UnitCampaign c : unitCampaigns) {
            OrgUnit unit = unitById.get(c.getUnitId());
            JsonNode targets = JsonVariables.read(runtime.getVariable(c.getProcessInstanceId(), "reportTargets"),
                    new TypeReference<JsonNode>() { }, "reportTargets");
            List<Map<String, String>> values = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            targets.forEach(t -> {
                String code = t.get("code").asText();
                codes.add(code);
                values.add(Map.of("code", code, "value", code.equals("T15") ? "85" : TypedValues.thachKhoi(code)));
            });
            // Only the residential groups are asked for the added target.
            assertThat(codes.contains("T15")).as("%s asked for T15", unit.getCode()).isEqualTo("tổ dân phố".equals(unit.getKind()));
            officials.complete(unit.getHeadUsername(), c.getProcessInstanceId(), "userTask_reportFinal", Map.of(
                    "targetValues", JsonVariables.json(values), "examples", "Gương điển hình " + unit.getName()));
        }
        officials.awaitJobs(Duration.ofSeconds(60));
        officials.complete(SPECIALIST, pi, "userTask_consolidate", Map.of(
                "consolidationNote", "Các đơn vị hoàn thành tốt các chỉ tiêu.", "proposalDeadline", today.plusDays(20).toString()));
        officials.complete(VICE_CHAIRMAN, pi, "userTask_reviewReport", Map.of("decision", "approve"));
        officials.sign(CHAIRMAN, pi);
        officials.complete(CLERK, pi, "userTask_issueReport", Map.of("issueDate", today.toString()));

        officials.awaitJobs(Duration.ofSeconds(60));
        for (UnitCampaign c : unitCampaigns) {
            OrgUnit unit = unitById.get(c.getUnitId());
            switch (unit.getCode()) {
                case "tdp-03" -> awards.propose(unit.getHeadUsername(), plan.getId(), AwardSteps.collective("Tổ dân phố số 3",
                        "GIAY_KHEN", "Dẫn đầu phong trào gia đình văn hóa."));
                case "th-thach-khoi" -> {
                    // CSTĐCS needs LĐTT in the same year: both are proposed.
                    awards.propose(unit.getHeadUsername(), plan.getId(), AwardSteps.individual("Hoàng Thị Minh Phương", "Nữ",
                            "Hiệu trưởng", "LAO_DONG_TIEN_TIEN", "XUAT_SAC", false));
                    awards.propose(unit.getHeadUsername(), plan.getId(), AwardSteps.individual("Hoàng Thị Minh Phương", "Nữ",
                            "Hiệu trưởng", "CHIEN_SI_THI_DUA_CO_SO", "XUAT_SAC", true));
                }
                default -> { }
            }
            officials.complete(unit.getHeadUsername(), c.getProcessInstanceId(), "userTask_proposeAwards", Map.of());
        }
        officials.awaitJobs(Duration.ofSeconds(30));
        officials.complete(SPECIALIST, pi, "userTask_reviewProposals", Map.of());
        List<String> present = List.of("khang.pm", "hang.vtt", "tung.bv", "diep.tn");
        awards.openMeeting("diep.tn", pi, today, present, List.of());
        awards.everyoneVotes(pi, present, proposalIds(plan.getId()), true);
        // The council's Biên bản: the secretary, then the chair sign on the signing desk; the clerk issues it.
        awards.signAndIssueMinutes(pi, today);
        officials.sign(CHAIRMAN, pi);
        officials.complete(CLERK, pi, "userTask_issueAwardDecision", Map.of("issueDate", today.toString()));

        List<OfficialDocument> docs = documents.findByPlanIdOrderByIdAsc(plan.getId());
        Path out = Path.of("target", "live-documents");
        Files.createDirectories(out);
        for (OfficialDocument d : docs) {
            Files.write(out.resolve(d.getId() + "-" + d.getKind() + ".pdf"), d.getPdf());
        }
        assertThat(docs).extracting(OfficialDocument::getKind).containsExactly("KH", "BC", "TTR", "BB", "QD", "GK", "GK", "GK");
        OfficialDocument planDoc = docs.stream().filter(d -> d.getKind().equals("KH")).findFirst().orElseThrow();
        String planCitation = "Kế hoạch số " + planDoc.numberAndNotation() + " " + VietnameseDates.longForm(planDoc.getIssuedOn())
                + " của Ủy ban nhân dân phường Thạch Khôi về phát động đợt thi đua";

        // Every one is reachable from the plan's pages, and the register lists the Tờ trình and the Giấy khen.
        String plansPage = http.withBasicAuth(SPECIALIST, "demo").getForObject("/app/ke-hoach", String.class);
        assertThat(plansPage).contains("/app/ke-hoach/" + plan.getId() + "/van-ban");
        String documentsPage = http.withBasicAuth(SPECIALIST, "demo").getForObject("/app/ke-hoach/" + plan.getId() + "/van-ban", String.class);
        String register = http.withBasicAuth(CLERK, "demo").getForObject("/app/register?year=" + today.getYear(), String.class);
        OfficialDocument decisionDoc = docs.stream().filter(x -> x.getKind().equals("QD")).findFirst().orElseThrow();
        for (OfficialDocument d : docs) {
            assertThat(documentsPage).contains("/api/documents/" + d.getId() + "/pdf");
            assertThat(register).as("register lists %s", d.getTitle()).contains(d.getKind().equals("GK")
                    ? String.format("Sổ vàng %02d, QĐ số %s", d.getNumber(), decisionDoc.numberAndNotation()) : d.numberAndNotation());
        }
        assertThat(documentsPage).contains("Tờ trình", "Giấy khen", "/api/documents/" + decisionDoc.getId() + "/certificates.pdf");
        for (OfficialDocument d : docs) {
            if (d.getKind().equals("GK") || d.getKind().equals("BB")) {
                assertThat(signatures.verify(d.getId()).valid()).as("%s signed and sealed", d.getTitle()).isTrue();
            }
        }

        for (OfficialDocument d : docs) {
            assertThat(d.getStatus()).as("%s %s issued", d.getKind(), d.getTitle()).isEqualTo(OfficialDocument.Status.ISSUED);
            assertThat(PdfA.violations2b(d.getPdf())).as("PDF/A of %s", d.getKind()).isEmpty();
            try (PdfInspection pdf = new PdfInspection(d.getPdf())) {
                String text = pdf.flatText();
                boolean landscape = d.getKind().equals("GK");
                LayoutRules.Paper paper = landscape ? LayoutRules.Paper.LANDSCAPE : LayoutRules.Paper.PORTRAIT;
                LayoutRules.assertA4(pdf, paper);
                LayoutRules.assertFontsEmbeddedLiberation(pdf);
                if (!landscape) {
                    LayoutRules.assertInsideMargins(pdf, paper);
                    LayoutRules.assertPageNumbers(pdf, sequenceStarts(pdf), paper);
                }
                for (int page = 1; page <= pdf.pageCount(); page++) {
                    String pageText = pdf.text(page).replaceFirst("^\\s*\\d+\\s*\\R", "").strip();
                    assertThat(pageText).as("%s page %d is not empty", d.getKind(), page).hasSizeGreaterThan(80);
                    assertBlanksStamped(d, pdf, page);
                }
                assertThat(text).as("%s names no other year's campaign", d.getKind()).doesNotContain("đợt thi đua năm 2027", "đợt thi đua năm 2026");
                switch (d.getKind()) {
                    case "KH" -> assertThat(text).contains(
                            "- Tỷ lệ hộ gia đình đăng ký xây dựng gia đình số đạt từ 80% trở lên (đơn vị thực hiện: các tổ dân phố).",
                            "- 55,02% người lao động tham gia bảo hiểm xã hội (đơn vị thực hiện: Phòng Văn hóa - Xã hội).");
                    case "BC", "TTR", "QD" -> assertThat(text).contains(planCitation).contains("năm 2025");
                    // The council's minutes: both signers by name (its number is stamped over the blanks: checked above).
                    case "BB" -> assertThat(text).contains("BIÊN BẢN", "Trịnh Ngọc Diệp", "Phạm Minh Khang", "Hoàng Thị Minh Phương");
                    // Each certificate in its award's form, with the chairman who signed the decision.
                    case "GK" -> assertThat(text).contains("Số sổ vàng", "Số quyết định: " + decisionDoc.numberAndNotation(),
                            "Phạm Minh Khang", "trong đợt thi đua năm 2025.").doesNotContain(". trong")
                            .contains(d.getTitle().startsWith("Giấy khen") ? "TẶNG GIẤY KHEN"
                                    : "TẶNG DANH HIỆU " + d.getTitle().substring("Danh hiệu ".length(), d.getTitle().indexOf(':'))
                                            .toUpperCase(java.util.Locale.forLanguageTag("vi")));
                    default -> { }
                }
                if (d.getKind().equals("QD")) {
                    // The annex says which award each person receives; its blanks are stamped (checked above).
                    pdf.find("Hình thức khen thưởng"); // a table heading: its lines wrap within the cell
                    assertThat(text).contains("Chiến sĩ thi đua cơ sở", "Hoàng Thị Minh Phương",
                            "(Kèm theo Quyết định số", "Tiền thưởng", "2.340.000 đồng", "351.000 đồng",
                            "702.000 đồng", "Tổng số tiền thưởng: 3.393.000 đồng.");
                    OfficialDocument submission = docs.stream().filter(x -> x.getKind().equals("TTR")).findFirst().orElseThrow();
                    assertThat(text).contains("Tờ trình số " + submission.numberAndNotation() + " "
                            + VietnameseDates.longForm(submission.getIssuedOn()));
                }
            }
        }
    }

    private List<Long> proposalIds(Long planId) {
        return proposals.findByPlanIdOrderByIdAsc(planId).stream().map(vn.thidua.award.AwardProposal::getId).toList();
    }

    @Autowired vn.thidua.award.AwardProposalRepository proposals;
    @Autowired vn.thidua.document.DocumentSignatures signatures;

    /** A page that opens a sequence (no number in the top margin) after page 1: an annex. */
    private static List<Integer> sequenceStarts(PdfInspection pdf) {
        List<Integer> starts = new ArrayList<>(List.of(1));
        for (int page = 2; page <= pdf.pageCount(); page++) {
            boolean numbered = pdf.glyphs(page).stream().anyMatch(g -> !g.text().isBlank() && g.baseline() < LayoutRules.TOP);
            if (!numbered) {
                starts.add(page);
            }
        }
        return starts;
    }

    /** Every blank the draft left on this page has the clerk's stamp on the same page. */
    private static void assertBlanksStamped(OfficialDocument d, PdfInspection pdf, int page) {
        String text = PdfInspection.flatten(pdf.text(page));
        int numberBlanks = count(NUMBER_BLANK, text);
        int dateBlanks = count(DATE_BLANK, text);
        List<PDAnnotation> annotations;
        try {
            annotations = pdf.document().getPage(page - 1).getAnnotations();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long numberStamps = annotations.stream().filter(a -> RegistrationStamps.NUMBER_STAMP.equals(a.getAnnotationName())).count();
        long dayStamps = annotations.stream().filter(a -> RegistrationStamps.DAY_STAMP.equals(a.getAnnotationName())).count();
        long monthStamps = annotations.stream().filter(a -> RegistrationStamps.MONTH_STAMP.equals(a.getAnnotationName())).count();
        assertThat(numberStamps).as("%s page %d: number blanks stamped (%s)", d.getKind(), page, text).isEqualTo(numberBlanks);
        assertThat(dayStamps).as("%s page %d: day blanks stamped", d.getKind(), page).isEqualTo(dateBlanks);
        assertThat(monthStamps).as("%s page %d: month blanks stamped", d.getKind(), page).isEqualTo(dateBlanks);
        annotations.stream().filter(a -> RegistrationStamps.NUMBER_STAMP.equals(a.getAnnotationName()))
                .forEach(a -> assertThat(a.getContents()).isEqualTo("Số: " + String.format("%02d", d.getNumber())));
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
