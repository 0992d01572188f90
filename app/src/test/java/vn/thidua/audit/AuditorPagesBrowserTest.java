package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.HeadlessChromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
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

    @BeforeAll
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start("412,915");
        driver = browser.driver();
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

        login("nhung.cth", "demo");
        click(By.id("audit-link"));
        WebElement q = waitFor(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("phat dong thi dua");
        click(By.cssSelector("#plan-filter button[type='submit']"));
        click(By.cssSelector("tr[data-plan-id='" + s.planId() + "'] a.open"));
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        String all = driver.findElement(By.id("timeline")).getText();
        assertThat(all).contains("Trịnh Ngọc Diệp").contains("Vũ Thị Thu Hằng").contains("Trả lại");
        screenshot("auditor-timeline-phone.png");

        new Select(driver.findElement(By.id("kind"))).selectByValue("TASK_RETURNED");
        click(By.id("apply-filter"));
        waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("count"), "1 sự kiện"));
        List<WebElement> rows = driver.findElements(By.cssSelector("#timeline tbody tr"));
        assertThat(rows).singleElement().satisfies(row -> assertThat(row.getText())
                .contains("Vũ Thị Thu Hằng").contains("Ghi rõ đơn vị chủ trì từng chỉ tiêu"));

        // The CSV link carries the filter; fetched with the browser's session, as a click would.
        String href = driver.findElement(By.id("csv-link")).getAttribute("href");
        assertThat(href).contains("kind=TASK_RETURNED");
        Object csv = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done(Array.from(new Uint8Array(b)).join(',')));",
                href);
        String[] numbers = csv.toString().split(",");
        byte[] bytes = new byte[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            bytes[i] = (byte) Integer.parseInt(numbers[i]);
        }
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFThời gian,").contains("Ghi rõ đơn vị chủ trì từng chỉ tiêu");
        assertThat(text.split("\r\n")).hasSize(2);
    }

    private void login(String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("audit-link")));
    }

    private void click(By by) {
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    private <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    private void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
