package vn.thidua.support;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Tasklist's task list as a person reads it: 15 tasks a page, most urgent first. In a test run the
 * database holds every other test's open tasks too, so the task a test wants may sit on a later
 * page; the person pages on ("›") until it shows, as they would in a busy ward.
 */
public final class TasklistTaskList {

    private static final int MAX_PAGES = 50;

    private TasklistTaskList() {
    }

    /**
     * Clicks the task's entry in the list currently shown, paging forward until it appears. Tasks
     * created in the same second with the same due date tie in Tasklist's order, and MariaDB may
     * return tied rows in another order for another page; a person who does not find a task reads
     * the list again from its first page, and so does this, twice at most.
     */
    public static void open(WebDriver driver, Duration wait, String taskId) {
        for (int reading = 1; ; reading++) {
            try {
                openOnce(driver, wait, taskId);
                return;
            } catch (AssertionError notFound) {
                if (reading == 3) {
                    throw notFound;
                }
                driver.navigate().refresh();
            }
        }
    }

    private static void openOnce(WebDriver driver, Duration wait, String taskId) {
        By link = By.cssSelector("li.task a[href='#/?task=" + taskId + "']");
        WebDriverWait waiter = new WebDriverWait(driver, wait);
        for (int page = 1; page <= MAX_PAGES; page++) {
            waiter.until(d -> !d.findElements(By.cssSelector("li.task")).isEmpty());
            List<WebElement> found = driver.findElements(link);
            if (!found.isEmpty()) {
                WebElement element = waiter.until(ExpectedConditions.elementToBeClickable(link));
                ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return;
            }
            List<WebElement> next = driver.findElements(By.cssSelector("li.pagination-next:not(.disabled) a"));
            if (next.isEmpty()) {
                throw new AssertionError("Task " + taskId + " is not in the list (" + page + " pages read)");
            }
            WebElement firstOnPage = driver.findElements(By.cssSelector("li.task")).get(0);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", next.get(0));
            next.get(0).click();
            waiter.until(ExpectedConditions.stalenessOf(firstOnPage));
        }
        throw new AssertionError("Task " + taskId + " not found in " + MAX_PAGES + " pages");
    }
}
