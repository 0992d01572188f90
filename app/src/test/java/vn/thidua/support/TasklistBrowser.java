package vn.thidua.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.TaskService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does in Tasklist's forms, for the browser tests: click, type, type a day, press
 * "Gửi", and wait for the engine to have the task completed. On a failed wait it keeps what the
 * browser showed under {@code target/<name>-failure.png} and {@code .txt}.
 */
public final class TasklistBrowser {

    private final WebDriver driver;
    private final Duration wait;
    private final String failureName;

    public TasklistBrowser(WebDriver driver, Duration wait, String failureName) {
        this.driver = driver;
        this.wait = wait;
        this.failureName = failureName;
    }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        try {
            return new WebDriverWait(driver, wait).until(condition);
        } catch (RuntimeException e) {
            screenshot();
            throw e;
        }
    }

    public void click(By by) {
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public void type(By by, String text) {
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(by));
        element.clear();
        element.sendKeys(text);
    }

    /**
     * Logs in on Tasklist's own page (in Vietnamese whatever the browser's language) and waits for
     * the filters of the first screen. On this shared, loaded machine a cold load sometimes never
     * gets past Camunda's splash, or AngularJS finishes bootstrapping after the fields were typed
     * and renders the login form again, empty; a person would reload and type again, and so does
     * this, at most three times.
     */
    public void logIn(String tasklistBase, String user) {
        for (int attempt = 1; ; attempt++) {
            driver.manage().deleteAllCookies();
            driver.get("about:blank");
            driver.get(tasklistBase + "#/login");
            try {
                WebElement button = new WebDriverWait(driver, Duration.ofSeconds(60))
                        .until(ExpectedConditions.elementToBeClickable(By.cssSelector("form button[type='submit']")));
                new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElement(button, "Đăng nhập"));
                type(By.cssSelector("input[ng-model='username']"), user);
                type(By.cssSelector("input[ng-model='password']"), "demo");
                button.click();
                new WebDriverWait(driver, Duration.ofSeconds(60))
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[cam-tasklist-filters] .task-filter")));
                return;
            } catch (org.openqa.selenium.TimeoutException | org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    screenshot();
                    throw e;
                }
            }
        }
    }

    /** A date box takes the day as a Vietnamese official writes it, dd/mm/yyyy, whatever the browser's language. */
    public void setDate(String id, LocalDate date) {
        String typed = DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
        type(By.id(id), typed);
        assertThat(driver.findElement(By.id(id)).getAttribute("value")).isEqualTo(typed);
    }

    /** Tasklist's one button, "Gửi". */
    public WebElement completeButton() {
        return waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("button[ng-click='complete()']")));
    }

    /**
     * Presses "Gửi" with the keyboard: Tasklist's footer covers the bottom of the scrolled form
     * region, so a mouse click at the button's centre can land on the footer.
     */
    public void complete() {
        completeButton().sendKeys(Keys.ENTER);
    }

    /** Waits until the engine no longer has the task open (completed from the browser). */
    public void awaitCompleted(TaskService tasks, String taskId) {
        long end = System.nanoTime() + wait.toNanos();
        while (tasks.createTaskQuery().taskId(taskId).count() > 0) {
            if (System.nanoTime() > end) {
                screenshot();
                throw new AssertionError("Task " + taskId + " was not completed from the browser");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** What the browser showed: a picture, the address, what loaded and the page's text. */
    public void screenshot() {
        try {
            Files.write(Path.of("target", failureName + "-failure.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Object loaded = ((JavascriptExecutor) driver).executeScript("return location.href + '\\n' + document.readyState + '\\n'"
                    + " + performance.getEntriesByType('resource').map(e => e.name + ' ' + e.responseStatus + ' ' + Math.round(e.duration)).join('\\n')"
                    + " + '\\n' + document.body.innerText.slice(0, 2000)");
            Files.writeString(Path.of("target", failureName + "-failure.txt"), String.valueOf(loaded));
        } catch (Exception ignored) {
            // the original failure matters more
        }
    }
}
