package vn.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.HeadlessChromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.TasklistBrowser;

/**
 * Camunda's four webapps start in Vietnamese with our additions loaded, in a real browser whose
 * own language is English: each app's config.js imports the shared settings
 * (tasklist/scripts/vietnamese-config.js), and a module that fails to load leaves the app on its
 * splash screen or in English. Each is then used by a person allowed in (an auditor in Cockpit,
 * the administrator in Admin): the first screen after logging in is Vietnamese too, and names
 * read in Vietnamese order. Skipped where Debian's chromium and
 * chromium-driver are absent.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebappsInVietnameseBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final Map<String, String> FULL_NAMES = Map.of("diep.tn", "Trịnh Ngọc Diệp", "nhung.cth", "Cao Thị Hồng Nhung");

    @LocalServerPort int port;

    private HeadlessChromium browser;
    private WebDriver driver;
    private TasklistBrowser ui;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start("1280,1000");
        driver = browser.driver();
        ui = new TasklistBrowser(driver, WAIT, "webapps-in-vietnamese");
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    /**
     * Each app's login page, then its first screen as a person allowed in. The texts checked are
     * the apps' own (vi.json), and "English" is the language switch our thidua.js adds: both come
     * only through config.js.
     */
    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
        "tasklist, diep.tn, Việc cần làm",
        "cockpit, nhung.cth, Hồ sơ quy trình đang chạy",
        "admin, admin, Người dùng",
        "welcome, admin, Ứng dụng",
    })
    void opensInVietnameseWithOurAdditions(String app, String user, String vietnameseText) {
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
        driver.get("http://localhost:" + port + "/camunda/app/" + app + "/default/#/login");

        WebElement button = ui.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("form button[type='submit']")));
        ui.waitFor(ExpectedConditions.textToBePresentInElement(button, "Đăng nhập"));
        assertThat(driver.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                .isEqualTo("Tên đăng nhập");
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".thidua-locale"), "English"));

        ui.type(By.cssSelector("input[ng-model='username']"), user);
        ui.type(By.cssSelector("input[ng-model='password']"), "demo");
        button.click();
        ui.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[ng-model='password']")));
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), vietnameseText));
        if (!"admin".equals(user)) {
            // The header names the person as Vietnamese write a name (family, middle, given).
            ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), FULL_NAMES.get(user)));
        }
    }
}
