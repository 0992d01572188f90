package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.AwardRound;
import vn.thidua.award.AwardRoundService;
import vn.thidua.award.AwardType;
import vn.thidua.award.CashAwards;
import vn.thidua.award.council.CouncilResults;
import vn.thidua.award.council.CouncilService;
import vn.thidua.award.proposal.ProposalInput;
import vn.thidua.award.proposal.ProposalService;
import vn.thidua.award.rules.RoundCheckService;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.demo.DemoPlans;
import vn.thidua.document.AwardDocuments;
import vn.thidua.document.DocumentSignatures;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.PlanDocuments;
import vn.thidua.document.SignatureRefusedException;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanData;
import vn.thidua.plan.PlanImporter;
import vn.thidua.plan.PlanRepository;
import vn.thidua.signing.pdf.RegistrationStamps;
import vn.thidua.support.IntegrationTest;

/**
 * The award round's documents as they are produced on MariaDB from a real council meeting: members
 * cast secret ballots through {@link CouncilService}, an absent member's written opinion is recorded,
 * the meeting is closed; then the Biên bản (signed by the secretary and the chair, issued in the
 * council's sequence), the decision with its annex of cash amounts, and one certificate per
 * recipient (signed, sealed, one printable PDF) are read back as PDF text.
 */
@IntegrationTest
class AwardDocumentsTest {

    private static final String CHAIR = "khang.pm";
    private static final String SECRETARY = "diep.tn";
    private static final String CLERK = "ngoc.ntb";
    private static final List<String> PRESENT = List.of("khang.pm", "hang.vtt", "anh.ltm", "diep.tn");
    private static final String ABSENT = "tung.bv";

    /** A blank number ("Số:      /…") or date ("ngày      tháng      năm") left on a page. */
    private static final Pattern NUMBER_BLANK = Pattern.compile("[Ss]ố:?\\s+/");
    private static final Pattern DATE_BLANK = Pattern.compile("ngày\\s+tháng\\s+năm");
    private static final String VIETNAMESE = "ăâđêôơưĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ"
            + "ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴ";

    @Autowired PlanImporter importer;
    @Autowired AgencyRepository agencies;
    @Autowired OrgUnitRepository units;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired AwardRoundService rounds;
    @Autowired ProposalService proposals;
    @Autowired RoundCheckService roundCheck;
    @Autowired CouncilService council;
    @Autowired CouncilResults results;
    @Autowired AwardProposalRepository proposalRows;
    @Autowired AwardDocuments awardDocuments;
    @Autowired PlanDocuments planDocuments;
    @Autowired DocumentSignatures signatures;
    @Autowired PlanRepository plans;
    @Autowired CashAwards cash;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired TestRestTemplate http;

    private record Candidate(String name, String award, List<String> agree, List<String> disagree, Boolean written) {
    }

    @Test
    void minutesDecisionAndCertificatesFromARealCouncilMeeting() throws Exception {
        Agency ward = agencies.findByCode("thach-khoi").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        OrgUnit unit = units.findByAgencyIdAndCode(ward.getId(), "tdp-01").orElseThrow();
        PlanData base = DemoPlans.thachKhoi(today);
        PlanData data = new PlanData(base.document(), base.basis(), base.theme(), base.sections(), base.targets(),
                base.deadlines(), base.recipients(), List.of(new PlanData.UnitRef("tdp-01", "tdp-01", null, false)),
                base.launchDeadline(), base.reportDeadline(), base.campaignEnd());
        Plan plan = importer.createDraft(ward.getId(), data, SECRETARY);
        campaigns.save(new UnitCampaign(plan.getId(), unit.getId()));
        AwardRound round = rounds.open(plan.getId(), today.plusDays(10));

        // Six candidates of every kind and form; ballots chosen so that the results differ.
        Map<AwardProposal, Candidate> candidates = new LinkedHashMap<>();
        candidates.put(propose(round, unit, individual("Nguyễn Văn Hải", "Nam", "LAO_DONG_TIEN_TIEN",
                "Hoàn thành xuất sắc nhiệm vụ tại bộ phận một cửa.")),
                new Candidate("Nguyễn Văn Hải", "Lao động tiên tiến", PRESENT, List.of(), null));
        candidates.put(propose(round, unit, individual("Nguyễn Văn Hải", "Nam", "CHIEN_SI_THI_DUA_CO_SO",
                "Có sáng kiến cải tiến thủ tục hành chính.")),
                new Candidate("Nguyễn Văn Hải", "Chiến sĩ thi đua cơ sở", PRESENT.subList(0, 3), PRESENT.subList(3, 4), true));
        candidates.put(propose(round, unit, individual("Trần Thị Lụa", "Nữ", "GIAY_KHEN",
                "Tích cực vận động nhân dân giữ gìn vệ sinh môi trường")),
                new Candidate("Trần Thị Lụa", "Giấy khen", PRESENT.subList(0, 2), PRESENT.subList(2, 4), null));
        candidates.put(propose(round, unit, individual("Phạm Văn Đức", "Nam", "LAO_DONG_TIEN_TIEN", "Hoàn thành nhiệm vụ.")),
                new Candidate("Phạm Văn Đức", "Lao động tiên tiến", PRESENT.subList(0, 1), PRESENT.subList(1, 4), false));
        candidates.put(propose(round, unit, new ProposalInput("COLLECTIVE", null, "Tổ dân phố số 1", null, null,
                "TO_DAN_PHO_VAN_HOA", "Giữ vững danh hiệu tổ dân phố văn hóa", "TOT", false, "KHONG", false, false,
                120, 0, 60, 0, 20, 25, "Tổ dân phố đạt các chỉ tiêu về văn hóa, môi trường và an ninh trật tự.")),
                new Candidate("Tổ dân phố số 1", "Tổ dân phố văn hóa", PRESENT, List.of(), true));
        candidates.put(propose(round, unit, new ProposalInput("HOUSEHOLD", null, "Hộ gia đình ông Lê Văn Bình", null, null,
                "GIA_DINH_VAN_HOA", "Gia đình văn hóa tiêu biểu nhiều năm liền", "TOT", false, "KHONG", false, false,
                null, null, null, null, 20, 25, null)),
                new Candidate("Hộ gia đình ông Lê Văn Bình", "Gia đình văn hóa", PRESENT.subList(0, 3), PRESENT.subList(3, 4), null));
        proposals.submitUnit(round.getPlanId(), unit.getId()); // as the unit's task completing sends them
        roundCheck.check(plan.getId());

        CouncilService.Meeting meeting = council.open(plan.getId(), today, "Hội trường Ủy ban nhân dân phường Thạch Khôi", SECRETARY);
        council.recordAttendance(meeting.id(), PRESENT, SECRETARY);
        Map<Long, Boolean> opinion = new HashMap<>();
        candidates.forEach((p, c) -> {
            if (c.written() != null) {
                opinion.put(p.getId(), c.written());
            }
        });
        council.recordWrittenOpinion(meeting.id(), ABSENT, "Nhất trí với danh sách đề nghị của Phòng Văn hóa - Xã hội.", opinion,
                SECRETARY);
        candidates.forEach((p, c) -> {
            c.agree().forEach(u -> council.castBallot(meeting.id(), u, p.getId(), true));
            c.disagree().forEach(u -> council.castBallot(meeting.id(), u, p.getId(), false));
        });
        CouncilResults.Minutes closed = results.close(meeting.id(), SECRETARY);

        // ---- the Biên bản: drafted from the meeting, signed by the secretary, then the chair; issued ----
        OfficialDocument minutes = awardDocuments.minutes(meeting.id());
        assertThat(minutes.getKind()).isEqualTo("BB");
        write("bien-ban-du-thao", minutes.getPdf());
        Map<Long, int[]> box = new HashMap<>();
        jdbc.query("SELECT proposal_id, agree_count, disagree_count FROM ballot_box WHERE meeting_id = ?",
                rs -> { box.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)}); }, meeting.id());
        try (PdfInspection pdf = new PdfInspection(minutes.getPdf())) {
            String text = pdf.flatText();
            assertThat(text).contains("BIÊN BẢN", "HỘI ĐỒNG", "THI ĐUA - KHEN THƯỞNG", "/BB-HĐTĐKT",
                    "Vào " + VietnameseDates.longForm(today) + ", tại Hội trường Ủy ban nhân dân phường Thạch Khôi",
                    "Chủ trì: Ông Phạm Minh Khang", "Thư ký: Bà Trịnh Ngọc Diệp",
                    "Thành viên Hội đồng có mặt: 04/05 thành viên",
                    "Số thành viên Hội đồng có mặt: 04/05; yêu cầu tối thiểu 04 thành viên",
                    "Vắng mặt: 01 thành viên",
                    "Ông Bùi Văn Tùng", "vắng mặt, có ý kiến bằng văn bản: “Nhất trí với danh sách đề nghị của Phòng Văn hóa - Xã hội”",
                    "Số phiếu ngang nhau: ưu tiên cá nhân nữ",
                    "THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG", "Trịnh Ngọc Diệp", "Phạm Minh Khang");
            assertThat(text).doesNotContain("null");
            // Table cells wrap: their words follow each other in the content stream, not on one line.
            pdf.find("≥ 80% tổng số thành viên Hội đồng");
            pdf.find("Quá nửa số thành viên có mặt");
            LayoutRules.assertA4Portrait(pdf);
            LayoutRules.assertInsideMargins(pdf);
            LayoutRules.assertFontsEmbeddedLiberation(pdf);
            // Each row of the tally table, read from the page: the ballots of those present are the
            // ballot box's counters; the whole council adds the absent member's written opinion.
            List<Row> rows = voteRows(pdf);
            assertThat(rows).hasSize(candidates.size());
            int i = 0;
            for (Map.Entry<AwardProposal, Candidate> e : candidates.entrySet()) {
                Row row = rows.get(i++);
                int[] counted = box.get(e.getKey().getId());
                Candidate c = e.getValue();
                CouncilResults.CandidateResult result = closed.candidates().stream()
                        .filter(r -> r.proposalId().equals(e.getKey().getId())).findFirst().orElseThrow();
                assertThat(row.name()).as("row %d", i).isEqualTo(c.name());
                assertThat(row.agree()).as("%s agree", c.name()).isEqualTo(counted[0]).isEqualTo(c.agree().size());
                assertThat(row.disagree()).as("%s disagree", c.name()).isEqualTo(counted[1]).isEqualTo(c.disagree().size());
                int councilAgree = counted[0] + (Boolean.TRUE.equals(c.written()) ? 1 : 0);
                assertThat(row.council()).as("%s whole council", c.name()).isEqualTo(councilAgree + "/5");
                assertThat(row.result()).as("%s result", c.name()).isEqualTo(result.approved() ? "Đạt" : "Không đạt");
            }
        }
        assertThat(closed.candidates()).extracting(CouncilResults.CandidateResult::approved)
                .containsExactly(true, true, true, false, true, true);

        long minutesId = minutes.getId();
        assertThatThrownBy(() -> signatures.signWithServerKey(minutesId, CHAIR)).isInstanceOf(SignatureRefusedException.class)
                .hasMessageContaining("Trịnh Ngọc Diệp (THƯ KÝ) ký trước");
        assertThatThrownBy(() -> awardDocuments.issueMinutes(minutesId, today, CLERK)).isInstanceOf(SignatureRefusedException.class);
        signatures.signWithServerKey(minutesId, SECRETARY);
        assertThat(awardDocuments.minutes(meeting.id()).getId()).as("a signed draft is not rendered again").isEqualTo(minutesId);
        signatures.signWithServerKey(minutesId, CHAIR);
        OfficialDocument issuedMinutes = awardDocuments.issueMinutes(minutesId, today, CLERK);
        write("bien-ban", issuedMinutes.getPdf());
        assertThat(issuedMinutes.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        assertThat(issuedMinutes.getSequenceKey()).as("the council's own sequence").isEqualTo("HDTDKT");
        assertThat(issuedMinutes.numberAndNotation()).endsWith("/BB-HĐTĐKT");
        DocumentSignatures.Verification verification = signatures.verify(minutesId);
        assertThat(verification.problems()).isEmpty();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.signatures()).hasSize(3).allMatch(DocumentSignatures.SignatureInfo::enrolledSigner);
        assertThat(verification.signatures()).extracting(DocumentSignatures.SignatureInfo::signer)
                .anyMatch(s -> s.contains("Trịnh Ngọc Diệp")).anyMatch(s -> s.contains("Phạm Minh Khang"));
        assertThat(PdfA.violations2b(issuedMinutes.getPdf())).as("PDF/A of the Biên bản").isEmpty();
        try (PdfInspection pdf = new PdfInspection(issuedMinutes.getPdf())) {
            for (int page = 1; page <= pdf.pageCount(); page++) {
                assertBlanksStamped(pdf, page, issuedMinutes.getNumber());
            }
        }
        String register = http.withBasicAuth(CLERK, "demo").getForObject("/app/register?year=" + today.getYear(), String.class);
        assertThat(register).contains(issuedMinutes.numberAndNotation(), "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng");

        // ---- the decision: annex with collectives, individuals, households and their cash ----
        OfficialDocument draft = planDocuments.draft(plans.findById(plan.getId()).orElseThrow(), "QD");
        signatures.signWithServerKey(draft.getId(), CHAIR);
        OfficialDocument decision = planDocuments.issue(plan, draft.getId(), today, CLERK);
        write("quyet-dinh", decision.getPdf());
        List<AwardProposal> approved = proposalRows.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .filter(p -> p.getCouncilResult() == AwardProposal.CouncilResult.APPROVED).toList();
        BigDecimal total = approved.stream().map(p -> cash.amount(p.getAwardType())).reduce(BigDecimal.ZERO, BigDecimal::add);
        try (PdfInspection pdf = new PdfInspection(decision.getPdf())) {
            String text = pdf.flatText();
            assertThat(text).contains("DANH SÁCH TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC KHEN THƯỞNG", "I. TẬP THỂ", "II. CÁ NHÂN",
                    "III. HỘ GIA ĐÌNH", "Tiền thưởng", "1 tập thể, 3 cá nhân và 1 hộ gia đình",
                    "2.340.000 đồng", "702.000 đồng", "3.510.000 đồng", "234.000 đồng", "351.000 đồng",
                    "Tổng số tiền thưởng: " + money(total) + ".");
            assertThat(text).doesNotContain("Phạm Văn Đức");
            // The annex is numbered by the sổ vàng, the number each certificate carries.
            pdf.find("Số sổ vàng");
            AwardProposal tdp = approved.stream().filter(p -> p.getCandidateName().equals("Tổ dân phố số 1")).findFirst().orElseThrow();
            PdfInspection.Glyph name = pdf.find("Tổ dân phố số 1").get(0);
            String number = pdf.glyphs(name.page()).stream()
                    .filter(g -> Math.abs(g.baseline() - name.baseline()) < 1 && g.right() <= name.x() && !g.text().isBlank())
                    .map(PdfInspection.Glyph::text).collect(Collectors.joining());
            assertThat(number).isEqualTo(String.format("%02d", tdp.getGoldBookNo()));
            assertThat(total).isEqualByComparingTo("7137000");
            for (int page = 1; page <= pdf.pageCount(); page++) {
                assertBlanksStamped(pdf, page, decision.getNumber());
            }
        }

        // ---- certificates: one per recipient, in the form its award takes, signed and sealed ----
        List<OfficialDocument> certificates = planDocuments.certificates(plan, decision);
        assertThat(certificates).hasSize(approved.size());
        assertThat(planDocuments.certificates(plan, decision)).as("a second call makes nothing twice")
                .extracting(OfficialDocument::getId).containsExactlyElementsOf(certificates.stream().map(OfficialDocument::getId).toList());
        Map<String, Integer> styles = new HashMap<>();
        for (OfficialDocument c : certificates) {
            AwardProposal p = approved.stream().filter(a -> a.getGoldBookNo().equals(c.getNumber())).findFirst().orElseThrow();
            write("giay-khen-" + c.getNumber(), c.getPdf());
            assertThat(PdfA.violations2b(c.getPdf())).as("PDF/A of %s", c.getTitle()).isEmpty();
            DocumentSignatures.Verification check = signatures.verify(c.getId());
            assertThat(check.valid()).as("certificate signature and seal: %s", check.problems()).isTrue();
            assertThat(check.signatures()).hasSize(2);
            try (PdfInspection pdf = new PdfInspection(c.getPdf())) {
                String text = pdf.flatText();
                assertThat(pdf.pageCount()).isEqualTo(1);
                LayoutRules.assertA4(pdf, LayoutRules.Paper.LANDSCAPE);
                LayoutRules.assertFontsEmbeddedLiberation(pdf);
                String award = p.getAwardType().label().toUpperCase(java.util.Locale.forLanguageTag("vi"));
                if (p.getAwardType() == AwardType.GIAY_KHEN) {
                    assertThat(text).contains("TẶNG GIẤY KHEN").doesNotContain("DANH HIỆU");
                } else {
                    assertThat(text).contains("TẶNG DANH HIỆU " + award).doesNotContain("GIẤY KHEN");
                }
                assertThat(PdfColours.redText(c.getPdf())).as("the award in red").contains(award.replace(" ", ""))
                        .contains("CHỦTỊCHỦYBANNHÂNDÂNPHƯỜNGTHẠCHKHÔI");
                assertThat(text).contains("Số quyết định: " + decision.numberAndNotation() + ", ngày "
                                + VietnameseDates.shortForm(decision.getIssuedOn()),
                        String.format("Số sổ vàng: %02d", p.getGoldBookNo()), "Thạch Khôi, ngày",
                        "trong đợt thi đua năm " + plan.getYear() + ".");
                // The chairman's name under "CHỦ TỊCH", bottom right, below the place and date.
                PdfInspection.Glyph name = pdf.find("Phạm Minh Khang").get(0);
                PdfInspection.Glyph placeDate = pdf.find("Thạch Khôi, ngày").get(0);
                assertThat(name.x()).isGreaterThan(297 / 2.0);
                assertThat(name.baseline()).isGreaterThan(placeDate.baseline() + 25);
                assertThat(name.font()).endsWith("LiberationSerif-Bold");
                assertThat(text).doesNotContain(". trong", "null", "năm 2027");
                assertThat(NUMBER_BLANK.matcher(text).find()).as("no number blank").isFalse();
                assertThat(DATE_BLANK.matcher(text).find()).as("no date blank").isFalse();
                if (p.getCandidateName().equals("Nguyễn Văn Hải") && p.getAwardType() == AwardType.LAO_DONG_TIEN_TIEN) {
                    assertThat(text).contains("Ông Nguyễn Văn Hải",
                            "Hoàn thành xuất sắc nhiệm vụ tại bộ phận một cửa trong đợt thi đua năm " + plan.getYear() + ".");
                }
                if (p.getCandidateName().equals("Trần Thị Lụa")) {
                    assertThat(text).contains("Bà Trần Thị Lụa");
                }
                diacriticsPerStyle(pdf, styles);
            }
        }
        try (PdfInspection pdf = new PdfInspection(issuedMinutes.getPdf())) {
            diacriticsPerStyle(pdf, styles);
        }
        try (PdfInspection pdf = new PdfInspection(decision.getPdf())) {
            diacriticsPerStyle(pdf, styles);
        }
        assertThat(styles.keySet()).as("Vietnamese letters printed in every style")
                .anyMatch(f -> f.endsWith("LiberationSerif")).anyMatch(f -> f.endsWith("LiberationSerif-Bold"))
                .anyMatch(f -> f.endsWith("LiberationSerif-Italic")).anyMatch(f -> f.endsWith("LiberationSerif-BoldItalic"));

        // ---- one printable PDF, reachable from the plan's documents page and from the decision ----
        String page = http.withBasicAuth(SECRETARY, "demo").getForObject("/app/ke-hoach/" + plan.getId() + "/van-ban", String.class);
        assertThat(page).contains("/api/documents/" + issuedMinutes.getId() + "/pdf", "Biên bản",
                "/api/documents/" + decision.getId() + "/certificates.pdf", "In giấy khen, danh hiệu (một tệp)");
        for (OfficialDocument c : certificates) {
            assertThat(page).contains("/api/documents/" + c.getId() + "/pdf");
        }
        ResponseEntity<byte[]> printable = http.withBasicAuth(SECRETARY, "demo")
                .getForEntity("/api/documents/" + decision.getId() + "/certificates.pdf", byte[].class);
        assertThat(printable.getStatusCode().value()).isEqualTo(200);
        write("giay-khen-in", printable.getBody());
        assertThat(PdfA.violations2b(printable.getBody())).as("PDF/A of the printable file").isEmpty();
        try (PdfInspection pdf = new PdfInspection(printable.getBody())) {
            assertThat(pdf.pageCount()).isEqualTo(certificates.size());
            LayoutRules.assertA4(pdf, LayoutRules.Paper.LANDSCAPE);
            for (int i = 1; i <= pdf.pageCount(); i++) {
                assertThat(pdf.text(i)).contains(String.format("Số sổ vàng: %02d", i));
                // The signature image and the seal are drawn on the page.
                assertThat(pdf.document().getPage(i - 1).getResources().getXObjectNames()).as("page %d images", i).isNotEmpty();
            }
        }
        // Whoever may read the decision may print its certificates, nobody else.
        for (String user : List.of("hai.nv", CLERK)) {
            assertThat(http.withBasicAuth(user, "demo").getForEntity("/api/documents/" + decision.getId() + "/certificates.pdf",
                    byte[].class).getStatusCode()).as(user).isEqualTo(http.withBasicAuth(user, "demo")
                    .getForEntity("/api/documents/" + decision.getId() + "/pdf", byte[].class).getStatusCode());
        }
        assertThat(http.withBasicAuth(SECRETARY, "demo").getForEntity("/api/documents/" + issuedMinutes.getId()
                + "/certificates.pdf", String.class).getStatusCode().value()).as("only a decision has certificates").isEqualTo(404);
    }

    private AwardProposal propose(AwardRound round, OrgUnit unit, ProposalInput input) {
        return proposals.create(round.getPlanId(), unit, unit.getHeadUsername(), input);
    }

    private static ProposalInput individual(String name, String gender, String awardType, String achievement) {
        return new ProposalInput("INDIVIDUAL", null, name, "Tổ viên Tổ dân phố số 1", gender, awardType, achievement, "XUAT_SAC",
                false, "KHONG", false, false, null, null, null, null, 9, 10, null);
    }

    private static String money(BigDecimal amount) {
        return vn.thidua.common.text.VietnameseNumbers.format(amount) + " đồng";
    }

    private record Row(String name, int agree, int disagree, String council, String result) {
    }


    /**
     * The tally table's rows as printed, cut into the table's columns (templates/minutes.xsl: 11 mm,
     * the name, 24, 15, 15, 23, 26, 15 mm across the 165 mm body). Cells are centred vertically on
     * their row, so a row is what lies within 7 mm (less than two lines) of its STT.
     */
    private static List<Row> voteRows(PdfInspection pdf) {
        double left = LayoutRules.LEFT;
        double right = 210 - LayoutRules.RIGHT;
        double[] edges = {left, left + 11, right - 15 - 26 - 23 - 15 - 15 - 24, right - 15 - 26 - 23 - 15 - 15,
                right - 15 - 26 - 23 - 15, right - 15 - 26 - 23, right - 15 - 26, right - 15, right};
        List<Row> rows = new ArrayList<>();
        for (int page = 1; page <= pdf.pageCount(); page++) {
            List<PdfInspection.Glyph> glyphs = pdf.glyphs(page);
            List<Double> sttLines = new ArrayList<>();
            glyphs.stream().filter(g -> (g.x() + g.right()) / 2 < edges[1] && !g.text().isBlank())
                    .map(PdfInspection.Glyph::baseline).sorted().forEach(b -> {
                        if (sttLines.isEmpty() || b - sttLines.get(sttLines.size() - 1) > 1) {
                            sttLines.add(b);
                        }
                    });
            for (double b : sttLines) {
                List<PdfInspection.Glyph> band = glyphs.stream().filter(g -> Math.abs(g.baseline() - b) <= 7).toList();
                String stt = cell(band.stream().filter(g -> Math.abs(g.baseline() - b) <= 1).toList(), edges[0], edges[1]);
                String result = cell(band, edges[7], edges[8]);
                if (!stt.matches("\\d+") || !(result.equals("Đạt") || result.equals("Không đạt"))) {
                    continue;
                }
                rows.add(new Row(cell(band, edges[1], edges[2]), Integer.parseInt(cell(band, edges[3], edges[4])),
                        Integer.parseInt(cell(band, edges[4], edges[5])), cell(band, edges[5], edges[6]).split(" ")[0], result));
            }
        }
        return rows;
    }

    /** The words of a cell: glyphs whose centre lies between the column's edges, line by line. */
    private static String cell(List<PdfInspection.Glyph> band, double from, double to) {
        StringBuilder text = new StringBuilder();
        PdfInspection.Glyph last = null;
        for (PdfInspection.Glyph g : band.stream()
                .filter(g -> (g.x() + g.right()) / 2 >= from && (g.x() + g.right()) / 2 < to && !g.text().isBlank())
                .sorted(java.util.Comparator.comparingDouble((PdfInspection.Glyph g) -> Math.round(g.baseline()))
                        .thenComparingDouble(PdfInspection.Glyph::x)).toList()) {
            if (last != null && (Math.abs(g.baseline() - last.baseline()) > 1 || g.x() - last.right() > 0.8)) {
                text.append(' ');
            }
            text.append(g.text());
            last = g;
        }
        return text.toString().strip();
    }

    /** Every font style that prints at least one Vietnamese letter with its diacritics. */
    private static void diacriticsPerStyle(PdfInspection pdf, Map<String, Integer> styles) {
        for (PdfInspection.Glyph g : pdf.glyphs()) {
            if (!g.text().isEmpty() && VIETNAMESE.indexOf(g.text().charAt(0)) >= 0) {
                styles.merge(g.font().replaceFirst("^[A-Z]{6}\\+", ""), 1, Integer::sum);
            }
        }
    }

    /** Every blank the draft left on this page has the clerk's stamp on the same page. */
    private static void assertBlanksStamped(PdfInspection pdf, int page, int number) throws IOException {
        String text = PdfInspection.flatten(pdf.text(page));
        long numberBlanks = NUMBER_BLANK.matcher(text).results().count();
        long dateBlanks = DATE_BLANK.matcher(text).results().count();
        List<PDAnnotation> annotations = pdf.document().getPage(page - 1).getAnnotations();
        assertThat(annotations.stream().filter(a -> RegistrationStamps.NUMBER_STAMP.equals(a.getAnnotationName())).count())
                .as("page %d: number blanks stamped", page).isEqualTo(numberBlanks);
        assertThat(annotations.stream().filter(a -> RegistrationStamps.DAY_STAMP.equals(a.getAnnotationName())).count())
                .as("page %d: date blanks stamped", page).isEqualTo(dateBlanks);
        annotations.stream().filter(a -> RegistrationStamps.NUMBER_STAMP.equals(a.getAnnotationName()))
                .forEach(a -> assertThat(a.getContents()).isEqualTo("Số: " + String.format("%02d", number)));
    }

    private static void write(String name, byte[] pdf) throws IOException {
        Path out = Path.of("target", "award-documents");
        Files.createDirectories(out);
        Files.write(out.resolve(name + ".pdf"), pdf);
    }
}
