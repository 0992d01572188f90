package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.award.proposal.ProposalInput;
import vn.thidua.document.DocumentSignatures;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.plan.PlanRepository;
import vn.thidua.support.AuditorLogins;
import vn.thidua.support.AwardSteps;
import vn.thidua.support.HeadlessChromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.OurPagesBrowser;
import vn.thidua.support.PlanDriver;
import vn.thidua.support.PlanStages;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * The award round on our own pages in a real (headless) Chromium, after a real round (units
 * propose, the council votes): the council's secretary and chair sign the Biên bản on the signing
 * desk; the chairman signs the QĐ there; the clerk finds the recipients in the award history by a
 * name typed without diacritics, in Vietnamese order, and opens their certificate; a unit head sees
 * only their unit's awards, the city's auditor the ward's, another ward's official nothing.
 * Skipped where Debian's chromium and chromium-driver are absent.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardPagesBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String WARD = "thach-khoi";

    @LocalServerPort int port;
    @Autowired PlanStages stages;
    @Autowired AwardSteps awards;
    @Autowired Officials officials;
    @Autowired OfficialDocumentRepository documents;
    @Autowired DocumentSignatures signatures;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired PlanRepository plans;
    @Autowired AuditorLogins auditors;
    @Autowired Clock clock;

    private HeadlessChromium browser;
    private WebDriver driver;
    private OurPagesBrowser pages;

    @BeforeAll
    void startBrowser() throws Exception {
        // Phone-sized: officials read the history and sign on their phones as often as at a desk.
        browser = HeadlessChromium.start("412,915");
        driver = browser.driver();
        pages = new OurPagesBrowser(driver, port, WAIT);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theCouncilsSecretaryThenItsChairSignTheMinutesOnTheSigningDesk() {
        PlanDriver.Started s = roundAtTheMinutes(Map.of("tdp-03",
                AwardSteps.individual("Lê Thị Mai", "Nữ", "Tổ viên", "GIAY_KHEN", "TOT", false)));
        String pi = s.processInstanceId();
        long minutes = officials.documentUnderApproval(pi);
        assertThat(documents.findById(minutes).orElseThrow().getKind()).isEqualTo("BB");
        By inboxRow = By.cssSelector("li[data-document-id='" + minutes + "']");

        // The chair's turn comes after the secretary's: not in his inbox yet.
        pages.login(AwardSteps.COUNCIL_CHAIR, AwardSteps.PASSWORD);
        pages.click(By.id("signing-inbox"));
        pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        assertThat(driver.findElements(inboxRow)).isEmpty();

        // The secretary (also the ward's specialist, no signer of the ward's own documents) reaches the desk from the start page.
        pages.login(AwardSteps.SECRETARY, AwardSteps.PASSWORD);
        pages.click(By.id("signing-inbox"));
        assertThat(pages.waitFor(ExpectedConditions.visibilityOfElementLocated(inboxRow)).getText()).contains("Biên bản");
        signOnTheDesk(minutes, "council-minutes-secretary-phone.png");
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(pi)
                .taskDefinitionKey(PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES).finished().singleResult().getAssignee())
                .isEqualTo(AwardSteps.SECRETARY);
        assertThat(documents.findById(minutes).orElseThrow().getFirstSignedBy()).isEqualTo(AwardSteps.SECRETARY);
        DocumentSignatures.Verification first = signatures.verify(minutes);
        assertThat(first.valid()).as(first.problems().toString()).isTrue();
        assertThat(first.signatures()).hasSize(1);

        // Now the chair's; nobody signs the council's minutes "ký thay", so no hand-over form.
        pages.login(AwardSteps.COUNCIL_CHAIR, AwardSteps.PASSWORD);
        pages.click(By.id("signing-inbox"));
        pages.waitFor(ExpectedConditions.visibilityOfElementLocated(inboxRow));
        signOnTheDesk(minutes, "council-minutes-chair-phone.png");
        OfficialDocument signed = documents.findById(minutes).orElseThrow();
        assertThat(signed.getSignedBy()).isEqualTo(AwardSteps.COUNCIL_CHAIR);
        DocumentSignatures.Verification both = signatures.verify(minutes);
        assertThat(both.valid()).as(both.problems().toString()).isTrue();
        assertThat(both.signatures()).hasSize(2);
        assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
                .isEqualTo(PlanLifecycleModel.USER_TASK_ISSUE_MINUTES);
    }

    @Test
    void theClerkFindsTheRecipientsWithoutDiacriticsAndOpensTheirCertificates() {
        // Vietnamese order puts Đạt before Hùng (D, Đ, … H); code points, by given or by full name, would not.
        Map<String, ProposalInput> byUnit = new LinkedHashMap<>();
        byUnit.put("tdp-01", AwardSteps.individual("Nguyễn Xuân Đạt", "Nam", "Tổ viên", "LAO_DONG_TIEN_TIEN", "TOT", false));
        byUnit.put("tdp-02", AwardSteps.individual("Nguyễn Văn Hùng", "Nam", "Tổ viên", "GIAY_KHEN", "TOT", false));
        PlanDriver.Started s = roundAtTheMinutes(byUnit);
        String pi = s.processInstanceId();
        LocalDate today = LocalDate.now(clock);
        awards.signAndIssueMinutes(pi, today);

        // The chairman signs the QĐ on the desk, with the award history at hand.
        long decisionId = officials.documentUnderApproval(pi);
        pages.login(PlanDriver.CHAIRMAN, AwardSteps.PASSWORD);
        pages.open("/app/ky-so/" + decisionId);
        assertThat(pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("award-history"))).getAttribute("href"))
                .endsWith("/app/khen-thuong?agency=" + WARD);
        signOnTheDesk(decisionId, "award-decision-chairman-phone.png");
        officials.complete(PlanDriver.CLERK, pi, PlanLifecycleModel.USER_TASK_ISSUE_AWARD_DECISION,
                Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));
        OfficialDocument decision = documents.findById(decisionId).orElseThrow();
        assertThat(decision.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        int year = plans.findById(s.planId()).orElseThrow().getYear();

        // The clerk: start page, the history, "nguyen" typed without diacritics.
        pages.login(PlanDriver.CLERK, AwardSteps.PASSWORD);
        pages.click(By.id("award-history"));
        search("nguyen", null);
        List<String> names = recipients();
        assertThat(names).contains("Nguyễn Xuân Đạt", "Nguyễn Văn Hùng")
                .allSatisfy(n -> assertThat(CandidateKey.of(n)).contains("nguyen"));
        assertThat(names.indexOf("Nguyễn Xuân Đạt")).isLessThan(names.indexOf("Nguyễn Văn Hùng"));
        WebElement dat = row("Nguyễn Xuân Đạt");
        assertThat(dat.getText()).contains("Cá nhân", "Tổ dân phố số 1", "Lao động tiên tiến", String.valueOf(year),
                decision.numberAndNotation());
        pages.screenshot("award-history-phone.png");

        // Her certificate and the decision, fetched as a click would with the clerk's session.
        OurPagesBrowser.Fetched certificate = pages.fetch(dat.findElement(By.cssSelector("a.certificate")).getAttribute("href"));
        assertThat(certificate.status()).isEqualTo(200);
        assertThat(certificate.contentType()).startsWith("application/pdf");
        assertThat(pdfText(certificate.body())).contains("Nguyễn Xuân Đạt");
        OurPagesBrowser.Fetched decisionPdf = pages.fetch(dat.findElement(By.cssSelector("a.decision")).getAttribute("href"));
        assertThat(decisionPdf.status()).isEqualTo(200);
        assertThat(pdfText(decisionPdf.body())).contains("Nguyễn Xuân Đạt", "Nguyễn Văn Hùng");

        // A year without these awards: they are not listed.
        search("nguyen", year - 1);
        assertThat(recipients()).doesNotContain("Nguyễn Xuân Đạt", "Nguyễn Văn Hùng");

        // From the decision on the plan's documents page: its printable certificates and its recipients.
        pages.open("/app/ke-hoach/" + s.planId() + "/van-ban");
        By decisionRow = By.cssSelector("tr[data-document-id='" + decisionId + "']");
        WebElement row = pages.waitFor(ExpectedConditions.presenceOfElementLocated(decisionRow));
        OurPagesBrowser.Fetched printable = pages.fetch(row.findElement(By.cssSelector("a.certificates")).getAttribute("href"));
        assertThat(printable.contentType()).startsWith("application/pdf");
        assertThat(pdfText(printable.body())).contains("Nguyễn Xuân Đạt", "Nguyễn Văn Hùng");
        pages.click(By.cssSelector("tr[data-document-id='" + decisionId + "'] a.award-history"));
        pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("plan-filter")));
        assertThat(recipients()).containsExactly("Nguyễn Xuân Đạt", "Nguyễn Văn Hùng");

        // tdp-01's head sees what tdp-01 proposed, not tdp-02's.
        pages.login(stages.head("tdp-01"), AwardSteps.PASSWORD);
        pages.click(By.id("award-history"));
        assertThat(pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("own-unit-only"))).getText())
                .contains("đơn vị mình");
        search("nguyen", year);
        assertThat(recipients()).contains("Nguyễn Xuân Đạt").doesNotContain("Nguyễn Văn Hùng");

        // The city's auditor reads the ward under the city, also from the decision on the auditors' documents page.
        pages.login(auditors.city(), "demo");
        pages.open("/app/khen-thuong?agency=" + WARD + "&q=nguyen+xuan+dat&year=" + year);
        pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("count")));
        assertThat(recipients()).contains("Nguyễn Xuân Đạt");
        pages.open("/app/kiem-tra/ke-hoach/" + s.planId() + "/van-ban");
        By auditedDecision = By.cssSelector("section[data-document-id='" + decisionId + "']");
        WebElement section = pages.waitFor(ExpectedConditions.presenceOfElementLocated(auditedDecision));
        assertThat(pages.fetch(section.findElement(By.cssSelector("a.certificates")).getAttribute("href")).contentType())
                .startsWith("application/pdf");
        pages.click(By.cssSelector("section[data-document-id='" + decisionId + "'] a.award-history"));
        pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("plan-filter")));
        assertThat(recipients()).containsExactly("Nguyễn Xuân Đạt", "Nguyễn Văn Hùng");

        // Another ward's official: told there is nothing, on our error page, never Spring's.
        pages.login(stages.otherWardOfficial(), "demo");
        pages.open("/app/khen-thuong?agency=" + WARD + "&q=nguyen");
        WebElement refused = pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("error-page")));
        assertThat(refused.getText()).contains("Không tìm thấy").doesNotContain("Nguyễn Xuân Đạt");
        assertThat(driver.getPageSource()).doesNotContain("Whitelabel");
    }

    /** On the document's page: "Ký số…", the confirmation, "Xác nhận ký số"; back in the inbox with the message. */
    private void signOnTheDesk(long documentId, String screenshot) {
        if (!driver.getCurrentUrl().endsWith("/app/ky-so/" + documentId)) {
            pages.click(By.cssSelector("li[data-document-id='" + documentId + "'] a.open"));
        }
        pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("object.pdf")));
        OfficialDocument doc = documents.findById(documentId).orElseThrow();
        if ("BB".equals(doc.getKind())) {
            assertThat(driver.findElements(By.id("delegate-form"))).isEmpty();
        }
        pages.click(By.id("sign"));
        WebElement confirm = pages.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-sign")));
        assertThat(confirm.findElement(By.id("confirm-type")).getText()).isEqualTo("BB".equals(doc.getKind()) ? "Biên bản" : "Quyết định");
        pages.screenshot(screenshot);
        pages.click(By.id("confirm-sign-button"));
        assertThat(pages.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("message"))).getText()).startsWith("Đã ký số");
    }

    private void search(String query, Integer year) {
        WebElement q = pages.waitFor(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.clear();
        q.sendKeys(query);
        WebElement y = driver.findElement(By.id("year"));
        y.clear();
        if (year != null) {
            y.sendKeys(String.valueOf(year));
        }
        pages.click(By.id("search"));
        pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("count")));
    }

    private List<String> recipients() {
        List<String> names = new ArrayList<>();
        driver.findElements(By.cssSelector("#awards .recipient")).forEach(e -> names.add(e.getText()));
        return names;
    }

    private WebElement row(String recipient) {
        return driver.findElements(By.cssSelector("#awards tbody tr")).stream()
                .filter(r -> r.findElement(By.cssSelector(".recipient")).getText().equals(recipient))
                .findFirst().orElseThrow(() -> new AssertionError(recipient + " is not listed"));
    }

    /**
     * A new plan of the demo ward whose units propose what is given; the specialist sends the round
     * to the council, every member is present and agrees: the Biên bản awaits the secretary.
     */
    private PlanDriver.Started roundAtTheMinutes(Map<String, ProposalInput> byUnit) {
        PlanDriver.Started s = stages.reportIssued(byUnit.keySet().toArray(String[]::new));
        List<Long> ids = new ArrayList<>();
        byUnit.forEach((unit, input) -> ids.add(awards.propose(stages.head(unit), s.planId(), input)));
        for (String unit : byUnit.keySet()) {
            officials.complete(stages.head(unit), stages.campaign(s, unit).getProcessInstanceId(),
                    UnitCampaignModel.USER_TASK_PROPOSE_AWARDS, Map.of());
        }
        officials.awaitJobs(Duration.ofSeconds(60));
        officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of());
        awards.openMeeting(AwardSteps.SECRETARY, s.processInstanceId(), LocalDate.now(clock), AwardSteps.COUNCIL, List.of());
        awards.everyoneVotes(s.processInstanceId(), AwardSteps.COUNCIL, ids, true);
        assertThat(tasks.createTaskQuery().processInstanceId(s.processInstanceId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES);
        return s;
    }

    private static String pdfText(byte[] pdf) {
        assertThat(new String(pdf, 0, Math.min(5, pdf.length), StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
