package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.HeadlessChromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.OurPagesBrowser;
import vn.thidua.support.PlanDriver;

/**
 * The auditor on a phone in a real (headless) Chromium: logs in on our login page, finds the plan
 * by words typed without diacritics, opens its timeline, filters it to the returns, and downloads
 * the CSV with the browser's own session. Skipped where Debian's chromium and driver are absent.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditorPagesBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort int port;
    @Autowired PlanDriver plans;
    @Autowired Officials officials;

    private HeadlessChromium browser;
    private WebDriver driver;
    private OurPagesBrowser pages;

    @BeforeAll
    void startBrowser() throws Exception {
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
    void auditorFindsAPlanReadsItsTimelineFiltersItAndDownloadsTheCsv() throws Exception {
        PlanDriver.Started s = plans.draft("tdp-08");
        officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), "userTask_draftPlan", Map.of());
        officials.complete(PlanDriver.VICE_CHAIRMAN, s.processInstanceId(), "userTask_reviewPlan",
                Map.of("decision", "return", "comment", "Ghi rõ đơn vị chủ trì từng chỉ tiêu"));

        pages.login("nhung.cth", "demo");
        pages.click(By.id("audit-link"));
        WebElement q = pages.waitFor(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("phat dong thi dua");
        pages.click(By.cssSelector("#plan-filter button[type='submit']"));
        pages.click(By.cssSelector("tr[data-plan-id='" + s.planId() + "'] a.open"));
        pages.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        String all = driver.findElement(By.id("timeline")).getText();
        assertThat(all).contains("Trịnh Ngọc Diệp").contains("Vũ Thị Thu Hằng").contains("Trả lại");
        pages.screenshot("auditor-timeline-phone.png");

        new Select(driver.findElement(By.id("kind"))).selectByValue("TASK_RETURNED");
        pages.click(By.id("apply-filter"));
        pages.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("count"), "1 sự kiện"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#timeline tbody tr"));
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.getText())
                .contains("Vũ Thị Thu Hằng").contains("Ghi rõ đơn vị chủ trì từng chỉ tiêu"));

        // The CSV link carries the filter; fetched with the browser's session, as a click would.
        String href = driver.findElement(By.id("csv-link")).getAttribute("href");
        assertThat(href).contains("kind=TASK_RETURNED");
        OurPagesBrowser.Fetched csv = pages.fetch(href);
        assertThat(csv.status()).isEqualTo(200);
        byte[] bytes = csv.body();
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFThời gian,").contains("Ghi rõ đơn vị chủ trì từng chỉ tiêu");
        assertThat(text.split("\r\n")).hasSize(2);
    }
}
