package vn.thidua.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on our own pages (not Tasklist), for the browser tests: log in on our login
 * page, click, wait, keep a screenshot, and fetch a link with the browser's own session as a click
 * on it would (a PDF or CSV the headless browser would otherwise hand to its viewer).
 */
public final class OurPagesBrowser {

    /** What a link answered: status, content type and body bytes. */
    public record Fetched(int status, String contentType, byte[] body) {
    }

    private final WebDriver driver;
    private final int port;
    private final Duration wait;

    public OurPagesBrowser(WebDriver driver, int port, Duration wait) {
        this.driver = driver;
        this.port = port;
        this.wait = wait;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public void open(String path) {
        driver.get(base() + path);
    }

    /** Logs in afresh on our login page; the start page shows Tasklist's link to everyone. */
    public void login(String user, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        waitFor(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("form button[type='submit']")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("tasklist")));
    }

    public void click(By by) {
        WebElement element = waitFor(ExpectedConditions.elementToBeClickable(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    public <T> T waitFor(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, wait).until(condition);
    }

    /** Kept in target/screenshots for a person to look at the layout. */
    public void screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The link's answer, fetched by the page's script with the browser's cookies. */
    public Fetched fetch(String href) {
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done({status: r.status,"
                        + " type: r.headers.get('Content-Type') || '', body: Array.from(new Uint8Array(b)).join(',')})));",
                href);
        Map<?, ?> fetched = (Map<?, ?>) answer;
        String joined = (String) fetched.get("body");
        String[] numbers = joined.isEmpty() ? new String[0] : joined.split(",");
        byte[] bytes = new byte[numbers.length];
        for (int i = 0; i < numbers.length; i++) {
            bytes[i] = (byte) Integer.parseInt(numbers[i]);
        }
        return new Fetched(((Number) fetched.get("status")).intValue(), (String) fetched.get("type"), bytes);
    }
}
