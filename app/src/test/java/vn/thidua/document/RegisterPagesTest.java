package vn.thidua.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.identity.EngineIdentitySync;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.PlanDriver;

/**
 * The register page and its exports for the demo ward: who may read them, what they show, and
 * that a plan issued through the process lands in the register with its signer and recipients.
 * Documents issued directly here use the year 2035, which no other test touches.
 */
@IntegrationTest
class RegisterPagesTest {

    private static final int YEAR = 2035;
    private static final String TRICKY_TITLE = "Về việc \"thi đua\", khen thưởng năm 2035";
    private static boolean issued;

    @Autowired TestRestTemplate http;
    @Autowired DocumentService documents;
    @Autowired PlanDocuments planDocuments;
    @Autowired AgencyRepository agencies;
    @Autowired PlanRepository plans;
    @Autowired PlanDriver driver;
    @Autowired OrganisationImporter organisations;
    @Autowired EngineIdentitySync identitySync;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @BeforeEach
    void registerOf2035() {
        synchronized (RegisterPagesTest.class) {
            if (issued) {
                return;
            }
            Agency ward = agencies.findByCode("thach-khoi").orElseThrow();
            issue(ward, "KH", "KH-UBND", false, "Phát động phong trào thi đua năm 2035", LocalDate.of(YEAR, 1, 5));
            issue(ward, "QD", "QĐ-UBND", false, TRICKY_TITLE, LocalDate.of(YEAR, 2, 3));
            issue(ward, "BB", "BB-HĐTĐKT", true, "Họp Hội đồng Thi đua - Khen thưởng", LocalDate.of(YEAR, 2, 10));
            issued = true;
        }
    }

    private void issue(Agency ward, String kind, String notation, boolean council, String title, LocalDate day) {
        OfficialDocument doc = new OfficialDocument(ward.getId(), null, kind, title, clock.instant());
        doc.route("Phạm Minh Khang", "Ban Thi đua - Khen thưởng thành phố; Các tổ dân phố");
        documents.issue(doc, ward, notation, council, day, PlanDriver.CLERK, n -> ("%PDF-1.7 " + n).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theClerkSeesTheYearsRegisterPerSequenceWithLinksToThePdfs() {
        ResponseEntity<String> page = http.withBasicAuth(PlanDriver.CLERK, "demo").getForEntity("/app/register?year=" + YEAR, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Sổ đăng ký văn bản đi năm 2035", "Sổ chung (2 văn bản)",
                "Hội đồng Thi đua - Khen thưởng (1 văn bản)", "01/KH-UBND", "02/QĐ-UBND", "01/BB-HĐTĐKT", "05/01/2035",
                "Phát động phong trào thi đua năm 2035", "Phạm Minh Khang", "Nguyễn Thị Bích Ngọc",
                "Ban Thi đua - Khen thưởng thành phố; Các tổ dân phố", "/api/documents/", "Tải PDF", "Tải CSV");
        // sequence order: the common book first, the council's last; numbers ascending
        String body = page.getBody();
        assertThat(body.indexOf("01/KH-UBND")).isLessThan(body.indexOf("02/QĐ-UBND"));
        assertThat(body.indexOf("02/QĐ-UBND")).isLessThan(body.indexOf("01/BB-HĐTĐKT"));
        assertThat(http.withBasicAuth(PlanDriver.CLERK, "demo").getForEntity("/app/register?year=2034", String.class).getBody())
                .contains("Chưa có văn bản nào được phát hành năm 2034.");
    }

    @Test
    void leadersTheSpecialistAndTheAuditorOfTheWardMayReadIt() {
        for (String reader : List.of(PlanDriver.CHAIRMAN, PlanDriver.VICE_CHAIRMAN, PlanDriver.SPECIALIST, "nhung.cth")) {
            ResponseEntity<String> page = http.withBasicAuth(reader, "demo").getForEntity("/app/register?year=" + YEAR, String.class);
            assertThat(page.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(reader).contains("01/KH-UBND");
        }
    }

    @Test
    void aUnitHeadIsRefusedAndAnotherWardsClerkFindsNothing() {
        for (String url : List.of("/app/register?year=" + YEAR, "/api/register/" + YEAR + ".csv", "/api/register/" + YEAR + ".pdf")) {
            assertThat(http.withBasicAuth("hai.nv", "demo").getForEntity(url, String.class).getStatusCode()).as(url)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        String otherClerk = otherWardsClerk();
        for (String url : List.of("/app/register?year=" + YEAR + "&agency=thach-khoi",
                "/api/register/" + YEAR + ".csv?agency=thach-khoi", "/api/register/" + YEAR + ".pdf?agency=thach-khoi")) {
            ResponseEntity<String> response = http.withBasicAuth(otherClerk, "demo").getForEntity(url, String.class);
            assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(response.getBody()).as(url).doesNotContain("01/KH-UBND");
        }
        // Without ?agency= they get their own (empty) register, never the demo ward's.
        assertThat(http.withBasicAuth(otherClerk, "demo").getForEntity("/app/register?year=" + YEAR, String.class).getBody())
                .contains("Chưa có văn bản nào").doesNotContain("01/KH-UBND");
    }

    @Test
    void anonymousBrowsersAreSentToTheLoginPage() {
        for (String url : List.of("/app/register?year=" + YEAR, "/api/register/" + YEAR + ".csv", "/api/register/" + YEAR + ".pdf")) {
            ResponseEntity<String> response = http.getForEntity(url, String.class);
            assertThat(response.getBody()).as(url).contains("Đăng nhập").doesNotContain("01/KH-UBND").doesNotContain("%PDF");
        }
    }

    @Test
    void csvIsUtf8WithBomQuotedPerRfc4180WithAVietnameseHeader() {
        ResponseEntity<byte[]> response = http.withBasicAuth(PlanDriver.CLERK, "demo").getForEntity("/api/register/" + YEAR + ".csv", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("so-dang-ky-van-ban-di-thach-khoi-2035.csv");
        byte[] bytes = response.getBody();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n", -1));
        assertThat(lines.get(0)).isEqualTo("Sổ,\"Số, ký hiệu\",Ngày ban hành,Loại văn bản,Trích yếu,Người ký,Người phát hành,Nơi nhận,SHA-256");
        assertThat(lines).hasSize(5).last().isEqualTo(""); // header, 3 rows, and the final CRLF
        assertThat(lines.get(1)).startsWith("Sổ chung,01/KH-UBND,05/01/2035,Kế hoạch,Phát động phong trào thi đua năm 2035,"
                + "Phạm Minh Khang,Nguyễn Thị Bích Ngọc,Ban Thi đua - Khen thưởng thành phố; Các tổ dân phố,");
        assertThat(lines.get(2)).contains(",02/QĐ-UBND,03/02/2035,Quyết định,\"Về việc \"\"thi đua\"\", khen thưởng năm 2035\",");
        assertThat(lines.get(3)).startsWith("Hội đồng Thi đua - Khen thưởng,01/BB-HĐTĐKT,");
        assertThat(lines.get(1)).matches(".*,[0-9a-f]{64}$");
    }

    @Test
    void pdfExportIsTheLandscapeRegisterOfTheYear() throws Exception {
        ResponseEntity<byte[]> response = http.withBasicAuth("nhung.cth", "demo").getForEntity("/api/register/" + YEAR + ".pdf", byte[].class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument pdf = Loader.loadPDF(response.getBody())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isGreaterThan(pdf.getPage(0).getMediaBox().getHeight());
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2035", "ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH KHÔI", "01/KH-UBND",
                    "02/QĐ-UBND", "01/BB-HĐTĐKT");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Sổ đăng ký văn bản đi: năm 2035");
        }
    }

    @Test
    void anIssuedPlanIsRegisteredWithItsSignerAndRecipientsAndCannotBeIssuedAgain() {
        PlanDriver.Started s = driver.issued("tdp-05");
        Plan plan = plans.findById(s.planId()).orElseThrow();
        OfficialDocument doc = documents(plan).get(0);
        // The name printed in the signed block (the ward's chairman), not the plan's empty default.
        assertThat(doc.getSignerName()).isEqualTo("Phạm Minh Khang");
        assertThat(doc.getRecipients()).isNotBlank().doesNotContain("Lưu");
        int year = doc.getYear();
        Integer before = jdbc.queryForObject("SELECT last_number FROM register_sequence WHERE agency_id = ? AND year = ? AND sequence_key = ?",
                Integer.class, doc.getAgencyId(), year, doc.getSequenceKey());

        assertThatThrownBy(() -> planDocuments.issue(plan, doc.getId(), doc.getIssuedOn(), PlanDriver.CLERK))
                .isInstanceOf(DocumentAlreadyIssuedException.class)
                .hasMessageStartingWith("Văn bản số " + doc.numberAndNotation() + " đã được phát hành");
        assertThat(jdbc.queryForObject("SELECT last_number FROM register_sequence WHERE agency_id = ? AND year = ? AND sequence_key = ?",
                Integer.class, doc.getAgencyId(), year, doc.getSequenceKey())).isEqualTo(before);
        assertThat(documents(plan)).hasSize(1);

        String page = http.withBasicAuth(PlanDriver.CLERK, "demo").getForEntity("/app/register?year=" + year, String.class).getBody();
        assertThat(page).contains(doc.numberAndNotation(), doc.getSha256().substring(0, 12), "/api/documents/" + doc.getId() + "/pdf");
    }

    private List<OfficialDocument> documents(Plan plan) {
        return jdbc.queryForList("SELECT id FROM official_document WHERE plan_id = ? AND kind = 'KH'", Long.class, plan.getId()).stream()
                .map(id -> repository.findById(id).orElseThrow()).toList();
    }

    @Autowired OfficialDocumentRepository repository;

    private String otherWardsClerk() {
        String username = "thu.vt.register";
        if (identity.createUserQuery().userId(username).count() == 0) {
            OrganisationData data = new OrganisationData(
                    new OrganisationData.Ward("register-other", "Xã Thử", "ỦY BAN NHÂN DÂN XÃ THỬ", "UBND xã Thử", "xã", "Hải Phòng"),
                    List.of(new OrganisationData.PersonData("vt", "Vũ Thị Thu", "Nữ", "Văn thư", "ubnd", username, List.of("van-thu"))),
                    List.of(),
                    List.of(new OrganisationData.Unit("ubnd", "Ủy ban nhân dân xã Thử", "cơ quan", "Chính quyền", null, null)));
            Agency agency = organisations.importWard(data, "UBND thành phố Hải Phòng");
            identitySync.sync(agency.getId());
            User user = identity.createUserQuery().userId(username).singleResult();
            user.setPassword("demo");
            // A test login like the demo's: short password, past the engine's password policy.
            ((IdentityServiceImpl) identity).saveUser(user, true);
        }
        return username;
    }
}
