package vn.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.campaign.UnitReport;
import vn.thidua.campaign.UnitReportRepository;
import vn.thidua.campaign.UnitReportValue;
import vn.thidua.demo.DemoPlans;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanImporter;
import vn.thidua.support.HeadlessChromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.TasklistBrowser;
import vn.thidua.support.TasklistTaskList;
import vn.thidua.workflow.planlifecycle.PlanProcess;

/**
 * A ward official's day in Camunda Tasklist, one role at a time, in a real (headless) Chromium
 * whose language is English: Tasklist speaks Vietnamese anyway, the first screen ("Việc cần làm",
 * with its count) holds the person's task, opening it is enough to work on it (no "Nhận việc"),
 * one button sends it, and a refused value is said in Vietnamese at its field with the typed input
 * kept. One browser for the class. Skipped where Debian's chromium and chromium-driver are absent.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialsDayBrowserTest {

    private static final String SPECIALIST = "diep.tn";
    private static final String VICE_CHAIRMAN = "hang.vtt";
    private static final String CHAIRMAN = "khang.pm";
    private static final String CLERK = "ngoc.ntb";
    /** Head of Phòng Văn hóa - Xã hội, which reports T04, T08 (≥ 55,02%) and T09 of the Thạch Khôi plan. */
    private static final String UNIT_HEAD = "anh.ltm";
    private static final String UNIT_CODE = "p-vhxh";
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String FAILURE_NAME = "officials-day";

    @LocalServerPort int port;
    @Autowired Officials officials;
    @Autowired PlanImporter importer;
    @Autowired PlanProcess planProcess;
    @Autowired AgencyRepository agencies;
    @Autowired OrgUnitRepository units;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired UnitReportRepository reports;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private HeadlessChromium browser;
    private WebDriver driver;
    private TasklistBrowser ui;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start("1280,1000");
        driver = browser.driver();
        ui = new TasklistBrowser(driver, WAIT, FAILURE_NAME);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void specialistDraftsWithCommaDecimalsAndALevelMustBePositive() {
        String pi = startPlan();
        Task task = task(pi, "userTask_draftPlan");
        long planId = planId(pi);

        login(SPECIALIST);
        openFromFirstScreen(task);
        // Threshold of the first target typed the Vietnamese way; a new level target refused at -0,1.
        ui.type(By.cssSelector(".td-targets tbody tr:nth-child(1) input[name='threshold']"), "50,5");
        ui.click(By.xpath("//button[contains(normalize-space(.), 'Thêm chỉ tiêu')]"));
        int rows = driver.findElements(By.cssSelector(".td-targets tbody tr")).size();
        String row = ".td-targets tbody tr:nth-child(" + rows + ") ";
        ui.type(By.cssSelector(row + "textarea[name='name']"), "Mức độ chuyển đổi số của cơ quan");
        ui.type(By.cssSelector(row + "input[name='unit']"), "cấp độ");
        ui.type(By.cssSelector(row + "input[name='threshold']"), "-0,1");
        WebElement error = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(row + "p.td-error")));
        assertThat(error.getText()).isEqualTo("Cấp độ phải là số dương.");
        assertThat(completeButton().isEnabled()).as("Gửi waits for a valid threshold").isFalse();
        assertThat(driver.findElement(By.cssSelector(row + "input[name='threshold']")).getAttribute("value")).isEqualTo("-0,1");
        ui.type(By.cssSelector(row + "input[name='threshold']"), "2");
        complete();

        awaitCompleted(task.getId(), SPECIALIST);
        List<BigDecimal> thresholds = jdbc.queryForList(
                "SELECT threshold FROM plan_target WHERE plan_id = ? AND threshold IS NOT NULL ORDER BY id", BigDecimal.class, planId);
        assertThat(thresholds.get(0)).isEqualByComparingTo("50.5");
        assertThat(thresholds.get(thresholds.size() - 1)).isEqualByComparingTo("2");
    }

    @Test
    void viceChairmanReturnsTheDraftWithNothingChosenBeforehand() {
        String pi = startPlan();
        officials.complete(SPECIALIST, pi, "userTask_draftPlan", Map.of());
        Task task = task(pi, "userTask_reviewPlan");

        login(VICE_CHAIRMAN);
        openFromFirstScreen(task);
        WebElement form = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        assertThat(form.getText()).contains("Người soạn: Trịnh Ngọc Diệp").doesNotContain("diep.tn");
        assertThat(driver.findElements(By.cssSelector(".fjs-form input[type='radio']:checked"))).isEmpty();
        ui.click(By.xpath("//div[contains(@class, 'fjs-form')]//label[contains(normalize-space(.), 'Trả lại')]"));
        ui.type(By.cssSelector(".fjs-form textarea"), "Bổ sung chỉ tiêu về chuyển đổi số.");
        complete();

        awaitCompleted(task.getId(), VICE_CHAIRMAN);
        assertThat(task(pi, "userTask_draftPlan")).isNotNull();
    }

    @Test
    void chairmanReturnsFromTasklistAndSignsElsewhere() {
        String pi = startPlan();
        officials.complete(SPECIALIST, pi, "userTask_draftPlan", Map.of());
        officials.complete(VICE_CHAIRMAN, pi, "userTask_reviewPlan", Map.of("decision", "approve"));
        Task task = task(pi, "userTask_chairmanApprovePlan");

        login(CHAIRMAN);
        openFromFirstScreen(task);
        ui.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        // The vice-chairman's "approve" is not the chairman's choice.
        assertThat(driver.findElements(By.cssSelector(".fjs-form input[type='radio']:checked"))).isEmpty();
        ui.click(By.xpath("//div[contains(@class, 'fjs-form')]//label[contains(normalize-space(.), 'Trả lại')]"));
        ui.type(By.cssSelector(".fjs-form textarea"), "Sửa lại hạn báo cáo.");
        complete();

        awaitCompleted(task.getId(), CHAIRMAN);
        assertThat(task(pi, "userTask_draftPlan")).isNotNull();
    }

    @Test
    void clerkIssuesWithTodayAlreadyFilledIn() {
        String pi = startPlan();
        officials.complete(SPECIALIST, pi, "userTask_draftPlan", Map.of());
        officials.complete(VICE_CHAIRMAN, pi, "userTask_reviewPlan", Map.of("decision", "approve"));
        officials.sign(CHAIRMAN, pi);
        Task task = task(pi, "userTask_issuePlan");

        login(CLERK);
        openFromFirstScreen(task);
        WebElement date = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form input[type='text']")));
        String today = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(date.getAttribute("value")).isEqualTo(today);
        complete();

        awaitCompleted(task.getId(), CLERK);
        assertThat(runtime.getVariable(pi, "planNumber")).asString().endsWith("/KH-UBND");
    }

    @Test
    void unitHeadSeesTheRefusalAtItsFieldAndLosesNothing() {
        UnitCampaign campaign = planIssuedToUnits();
        String unitInstance = campaign.getProcessInstanceId();
        Task launch = task(unitInstance, "userTask_reportLaunch");

        login(UNIT_HEAD);
        openFromFirstScreen(launch);
        ui.setDate("td-launched", LocalDate.now(clock).minusDays(1));
        ui.type(By.id("td-form"), "Hội nghị phát động");
        // Seven digits pass the form's pattern; the server allows at most 1.000.000.
        ui.type(By.id("td-participants"), "2000000");
        complete();
        WebElement problem = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@id='td-participants']/ancestor::div[contains(@class, 'form-group')]//p[contains(@class, 'td-problem')]")));
        assertThat(problem.getText()).isEqualTo("Số người tham dự phải từ 0 đến 1.000.000.");
        WebElement notification = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("div[ng-repeat^='notification in notifications'].alert-danger")));
        assertThat(notification.getText()).contains("Số người tham dự phải từ 0 đến 1.000.000.")
                .doesNotContain("ENGINE-").doesNotContain("Cannot submit").doesNotContain("error happened");
        assertThat(driver.findElement(By.id("td-form")).getAttribute("value")).isEqualTo("Hội nghị phát động");
        assertThat(driver.findElement(By.id("td-participants")).getAttribute("value")).isEqualTo("2000000");
        assertThat(tasks.createTaskQuery().taskId(launch.getId()).count()).isOne();
        notification.findElement(By.cssSelector("button[ng-click^='removeNotification']")).click();
        ui.type(By.id("td-participants"), "35");
        complete();
        awaitCompleted(launch.getId(), UNIT_HEAD);

        // Final report: the form says what is wrong while typing; "50.5" and "0,8" are both numbers.
        Task report = task(unitInstance, "userTask_reportFinal");
        openFromFirstScreen(report);
        ui.type(targetValue("T04"), "100");
        ui.type(targetValue("T08"), "abc");
        ui.type(targetValue("T09"), "0,8");
        WebElement error = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@data-code='T08']/following-sibling::p[contains(@class, 'td-error')]")));
        assertThat(error.getText()).isEqualTo("\"abc\" không phải là số (ví dụ hợp lệ: 55,02 hoặc 98%).");
        assertThat(completeButton().isEnabled()).isFalse();
        ui.type(targetValue("T08"), "50.5");
        complete();

        awaitCompleted(report.getId(), UNIT_HEAD);
        List<UnitReport> finals = reports.findCurrentOfPlan(campaign.getPlanId(), UnitReport.Kind.FINAL);
        UnitReportValue t08 = finals.get(0).getValues().stream().filter(v -> v.rawText().equals("50.5")).findFirst().orElseThrow();
        assertThat(t08.numberValue()).isEqualByComparingTo("50.5");
    }

    // --- the processes, brought to the step under test as the other officials would -------------

    private String startPlan() {
        Agency agency = agencies.findByCode("thach-khoi").orElseThrow();
        Plan plan = importer.createDraft(agency.getId(), DemoPlans.thachKhoi(LocalDate.now(clock)), SPECIALIST);
        return officials.as(SPECIALIST, () -> planProcess.start(plan.getId()));
    }

    private long planId(String pi) {
        return ((Number) runtime.getVariable(pi, "planId")).longValue();
    }

    private UnitCampaign planIssuedToUnits() {
        String pi = startPlan();
        officials.complete(SPECIALIST, pi, "userTask_draftPlan", Map.of());
        officials.complete(VICE_CHAIRMAN, pi, "userTask_reviewPlan", Map.of("decision", "approve"));
        officials.sign(CHAIRMAN, pi);
        officials.complete(CLERK, pi, "userTask_issuePlan", Map.of("issueDate", LocalDate.now(clock).toString()));
        officials.awaitJobs(Duration.ofSeconds(120));
        Agency agency = agencies.findByCode("thach-khoi").orElseThrow();
        OrgUnit unit = units.findByAgencyIdAndCode(agency.getId(), UNIT_CODE).orElseThrow();
        return campaigns.findByPlanIdAndUnitId(planId(pi), unit.getId()).orElseThrow();
    }

    private Task task(String processInstanceId, String activityId) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).singleResult();
        assertThat(task).as(activityId).isNotNull();
        return task;
    }

    // --- Tasklist, as a person uses it -------------------------------------------------------

    private String base() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    /** Logs in on Tasklist's own page, which is in Vietnamese although the browser is not. */
    private void login(String user) {
        ui.logIn(base(), user);
    }

    /**
     * The first screen: the first filter is "Việc cần làm", in focus, with a count, and lists the
     * task; a click opens it ready to fill in (claimed on opening, no "Nhận việc" to find).
     */
    private void openFromFirstScreen(Task task) {
        // Back to the first screen inside the page (a hash change, as Tasklist's own links do).
        driver.get(base() + "#/");
        WebElement first = ui.waitFor(d -> d.findElements(By.cssSelector("[cam-tasklist-filters] .task-filter")).stream()
                .findFirst().filter(WebElement::isDisplayed).orElse(null));
        ui.waitFor(ExpectedConditions.textToBePresentInElement(first, "Việc cần làm"));
        ui.waitFor(d -> first.findElement(By.cssSelector(".counter")).getText().matches("[1-9][0-9]*"));
        assertThat(first.getAttribute("class")).contains("active");
        TasklistTaskList.open(driver, WAIT, task.getId());
        ui.waitFor(d -> task.getId().equals(d.getCurrentUrl().replaceAll(".*[?&]task=([^&]+).*", "$1")));
        ui.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        ui.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector(
                "form.td-form input:not([type='hidden']):not([disabled]), .fjs-form input:not([disabled]), .fjs-form textarea:not([disabled])")));
        assertThat(driver.findElement(By.tagName("body")).getText())
                .doesNotContain("Claim").doesNotContain("Complete").doesNotContain("migrate to Camunda 8");
    }

    private WebElement completeButton() {
        return ui.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
    }

    /** Tasklist's one button, "Gửi" (pressed with the keyboard: its footer can cover the button's centre). */
    private void complete() {
        assertThat(ui.completeButton().getText().trim()).isEqualTo("Gửi");
        ui.complete();
    }

    private By targetValue(String code) {
        return By.cssSelector("input.td-target-value[data-code='" + code + "']");
    }

    private void awaitCompleted(String taskId, String by) {
        ui.awaitCompleted(tasks, taskId);
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getAssignee()).isEqualTo(by);
        assertThat(done.getDeleteReason()).isEqualTo("completed");
    }
}
