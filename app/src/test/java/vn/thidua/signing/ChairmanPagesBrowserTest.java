package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.document.DocumentSignatures;
import vn.thidua.plan.PlanReviewRepository;
import vn.thidua.support.HeadlessChromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.OurPagesBrowser;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;

/**
 * The chairman on our own pages in a real (headless) Chromium: logs in on our login page, opens a
 * document from the inbox and signs it; returns another one, first without a comment (refused,
 * the reason shown), then with one. Skipped where Debian's chromium and chromium-driver are absent.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChairmanPagesBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort int port;
    @Autowired PlanDriver plans;
    @Autowired Officials officials;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired DocumentSignatures signatures;
    @Autowired PlanReviewRepository reviews;

    private HeadlessChromium browser;
    private WebDriver driver;
    private OurPagesBrowser pages;

    @BeforeAll
    void startBrowser() throws Exception {
        // A phone-sized window: the chairman signs on his phone as often as at a desk.
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
    void chairmanSignsOneDocumentAndReturnsAnotherWithAComment() {
        PlanDriver.Started toSign = plans.awaitingSignature("tdp-09");
        PlanDriver.Started toReturn = plans.awaitingSignature("tdp-10");
        long signDoc = officials.documentUnderApproval(toSign.processInstanceId());
        long returnDoc = officials.documentUnderApproval(toReturn.processInstanceId());
        String signTask = signatureTask(toSign).getId();
        String returnTask = signatureTask(toReturn).getId();

        pages.login(PlanDriver.CHAIRMAN, "demo");
        driver.get(pages.base() + "/app/ky-so");
        pages.click(By.cssSelector("li[data-document-id='" + signDoc + "'] a.open"));
        pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("object.pdf")));
        assertThat(driver.findElement(By.cssSelector(".history")).getText()).contains("Vũ Thị Thu Hằng").contains("đồng ý");
        pages.screenshot("chairman-document-phone.png");
        // "Ký số…" asks first: what is signed (type, trích yếu, pages); nothing is signed yet.
        pages.click(By.id("sign"));
        WebElement confirm = pages.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-sign")));
        assertThat(confirm.findElement(By.id("confirm-type")).getText()).isEqualTo("Kế hoạch");
        assertThat(confirm.findElement(By.id("confirm-subject")).getText()).startsWith("Phát động đợt thi đua");
        assertThat(Integer.parseInt(confirm.findElement(By.id("confirm-pages")).getText())).isPositive();
        assertThat(signatures.verify(signDoc).signatures()).isEmpty();
        pages.screenshot("chairman-confirm-phone.png");
        // Cancel closes it, and the task still waits.
        pages.click(By.id("cancel-sign"));
        pages.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-sign")));
        assertThat(tasks.createTaskQuery().taskId(signTask).count()).isOne();
        pages.click(By.id("sign"));
        pages.click(By.id("confirm-sign-button"));
        WebElement message = pages.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertThat(message.getText()).startsWith("Đã ký số");

        HistoricTaskInstance signed = history.createHistoricTaskInstanceQuery().taskId(signTask).singleResult();
        assertThat(signed.getAssignee()).isEqualTo(PlanDriver.CHAIRMAN);
        assertThat(signed.getDeleteReason()).isEqualTo("completed");
        DocumentSignatures.Verification check = signatures.verify(signDoc);
        assertThat(check.valid()).isTrue();
        assertThat(check.signatures()).singleElement().satisfies(s -> assertThat(s.signer()).isEqualTo("Phạm Minh Khang"));
        assertThat(driver.findElements(By.cssSelector("li[data-document-id='" + signDoc + "']"))).isEmpty();

        // Returning needs a comment: the server says so, the task stays.
        pages.click(By.cssSelector("li[data-document-id='" + returnDoc + "'] a.open"));
        pages.click(By.id("give-back"));
        WebElement error = pages.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
        assertThat(error.getText()).contains("Hãy ghi nội dung cần chỉnh sửa");
        assertThat(tasks.createTaskQuery().taskId(returnTask).count()).isOne();
        WebElement comment = pages.waitFor(ExpectedConditions.elementToBeClickable(By.id("comment")));
        comment.sendKeys("Bổ sung chỉ tiêu về chuyển đổi số");
        pages.click(By.id("give-back"));
        pages.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("message")));

        HistoricTaskInstance returned = history.createHistoricTaskInstanceQuery().taskId(returnTask).singleResult();
        assertThat(returned.getAssignee()).isEqualTo(PlanDriver.CHAIRMAN);
        assertThat(reviews.findByPlanIdOrderByIdAsc(toReturn.planId())).last().satisfies(r -> {
            assertThat(r.getDecision()).isEqualTo("return");
            assertThat(r.getComment()).isEqualTo("Bổ sung chỉ tiêu về chuyển đổi số");
            assertThat(r.getReviewer()).isEqualTo(PlanDriver.CHAIRMAN);
        });
        assertThat(tasks.createTaskQuery().processInstanceId(toReturn.processInstanceId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(PlanLifecycleModel.USER_TASK_DRAFT_PLAN);
    }

    /**
     * At a desk: one click on "Ký số…" (with the PDF viewer loaded below it) opens the confirmation,
     * one click on "Xác nhận ký số" signs. Without script the server shows the same step.
     */
    @Test
    void atADeskOneClickAsksAndOneClickSigns() {
        PlanDriver.Started toSign = plans.awaitingSignature("tdp-08");
        long signDoc = officials.documentUnderApproval(toSign.processInstanceId());
        String signTask = signatureTask(toSign).getId();
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 900));
        try {
            pages.login(PlanDriver.CHAIRMAN, "demo");
            driver.get(pages.base() + "/app/ky-so/" + signDoc);
            pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("object.pdf")));
            // The viewer had the focus, as after a look at the document.
            ((JavascriptExecutor) driver).executeScript("document.querySelector('object.pdf').focus()");
            driver.findElement(By.id("sign")).click();
            WebElement confirm = pages.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("confirm-sign")));
            assertThat(confirm.getText()).contains("Kế hoạch").contains("Số trang");
            pages.screenshot("chairman-confirm-desktop.png");
            driver.findElement(By.id("confirm-sign-button")).click();
            WebElement message = pages.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
            assertThat(message.getText()).startsWith("Đã ký số");
            assertThat(history.createHistoricTaskInstanceQuery().taskId(signTask).singleResult().getDeleteReason())
                    .isEqualTo("completed");
            assertThat(signatures.verify(signDoc).valid()).isTrue();
        } finally {
            driver.manage().window().setSize(new org.openqa.selenium.Dimension(412, 915));
        }
    }

    private Task signatureTask(PlanDriver.Started s) {
        return tasks.createTaskQuery().processInstanceId(s.processInstanceId())
                .taskDefinitionKey(PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN).singleResult();
    }
}
