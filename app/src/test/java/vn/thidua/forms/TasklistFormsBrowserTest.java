package vn.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
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
import vn.thidua.plan.PlanRepository;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.planlifecycle.PlanProcess;
import vn.thidua.support.HeadlessChromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.TasklistBrowser;
import vn.thidua.support.TasklistTaskList;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * Our embedded forms used the way officials use them: in Camunda Tasklist, in a real (headless)
 * Chromium. Skipped where Debian's chromium and chromium-driver are not installed.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFormsBrowserTest {

    private static final String SPECIALIST = "diep.tn";
    /** Head of Phòng Văn hóa - Xã hội, which reports T04, T08 (≥ 55,02%) and T09 of the Thạch Khôi plan. */
    private static final String UNIT_HEAD = "anh.ltm";
    private static final String UNIT_CODE = "p-vhxh";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String FAILURE_NAME = "tasklist-forms";

    @LocalServerPort int port;
    @Autowired Officials officials;
    @Autowired PlanImporter importer;
    @Autowired PlanProcess planProcess;
    @Autowired PlanRepository plans;
    @Autowired AgencyRepository agencies;
    @Autowired OrgUnitRepository units;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired UnitReportRepository reports;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired vn.thidua.support.PlanStages stages;
    @Autowired vn.thidua.support.AwardSteps awards;

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
    void specialistEditsADraftPlanInTasklist() {
        // A fresh Thạch Khôi plan waits in "Soạn thảo kế hoạch" (other tests of the run leave drafts of
        // other wards and of this one; the specialist finds this one in the list, paging if need be).
        Agency agency = agencies.findByCode("thach-khoi").orElseThrow();
        Plan draft = importer.createDraft(agency.getId(), DemoPlans.thachKhoi(LocalDate.now(clock)), SPECIALIST);
        String pi = officials.as(SPECIALIST, () -> planProcess.start(draft.getId()));
        Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(PlanLifecycleModel.USER_TASK_DRAFT_PLAN).singleResult();
        long planId = planProcess.planIdOf(task.getProcessInstanceId());
        String theme = "Đoàn kết, kỷ cương, đổi mới, sáng tạo - thử trên trình duyệt";

        login(SPECIALIST);
        ui.click(By.xpath("//div[contains(@class, 'task-filter')]//a[contains(normalize-space(.), 'Chuyên viên thi đua')]"));
        TasklistTaskList.open(driver, WAIT, task.getId());
        // Opening the task claims it: there is no "Nhận việc" to look for.
        ui.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        WebElement themeInput = ui.waitFor(ExpectedConditions.elementToBeClickable(By.id("td-theme")));
        // The plan's deadlines are shown as Vietnamese officials write days, whatever the browser's language.
        Plan plan = plans.findById(planId).orElseThrow();
        ui.waitFor(d -> DateTimeFormatter.ofPattern("dd/MM/yyyy").format(plan.getLaunchDeadline())
                .equals(d.findElement(By.id("td-launch")).getAttribute("value")));
        // The form shows the plan's targets read from the JSON variable.
        assertThat(driver.findElements(By.cssSelector(".td-targets tbody tr"))).hasSizeGreaterThan(5);
        themeInput.clear();
        themeInput.sendKeys(theme);
        // A target added for the residential groups only ("Các tổ dân phố").
        ui.click(By.xpath("//button[contains(normalize-space(.), 'Thêm chỉ tiêu')]"));
        List<WebElement> rows = driver.findElements(By.cssSelector(".td-targets tbody tr"));
        WebElement added = rows.get(rows.size() - 1);
        String addedCode = added.findElement(By.name("code")).getAttribute("value");
        added.findElement(By.name("name")).sendKeys("Tỷ lệ hộ gia đình đăng ký xây dựng gia đình số");
        added.findElement(By.name("threshold")).sendKeys("80");
        new org.openqa.selenium.support.ui.Select(added.findElement(By.name("scope"))).selectByVisibleText("Các tổ dân phố");
        ui.complete();

        ui.awaitCompleted(tasks, task.getId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_target_unit u JOIN plan_target t ON t.id = u.target_id"
                + " JOIN org_unit o ON o.id = u.unit_id WHERE t.plan_id = ? AND t.code = ? AND o.kind = 'tổ dân phố'",
                Integer.class, planId, addedCode)).isEqualTo(10);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_target_unit u JOIN plan_target t ON t.id = u.target_id"
                + " WHERE t.plan_id = ? AND t.code = ?", Integer.class, planId, addedCode)).isEqualTo(10);
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult();
        assertThat(done.getAssignee()).isEqualTo(SPECIALIST);
        assertThat(done.getDeleteReason()).isEqualTo("completed");
        assertThat(plans.findById(planId).orElseThrow().getTheme()).isEqualTo(theme);
    }

    @Test
    void unitHeadReportsLaunchAndResultsTypedTheVietnameseWay() {
        UnitCampaign campaign = planIssuedToUnits();
        String unitInstance = campaign.getProcessInstanceId();
        LocalDate launchedOn = LocalDate.now(clock).minusDays(1);

        // Launch report.
        login(UNIT_HEAD);
        Task launch = openAndClaim(unitInstance, UnitCampaignModel.USER_TASK_REPORT_LAUNCH);
        // Not a day: said at the field before anything is sent.
        ui.type(By.id("td-launched"), "31/02/2026");
        assertThat(ui.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='td-launched']/following-sibling::p[contains(@class, 'td-error')][contains(., 'ngày/tháng/năm')]"))).isDisplayed()).isTrue();
        ui.setDate("td-launched", launchedOn);
        ui.type(By.id("td-form"), "Hội nghị phát động");
        ui.type(By.id("td-participants"), "35");
        ui.complete();
        ui.awaitCompleted(tasks, launch.getId());
        UnitReport launchReport = reports.findByCampaignIdAndKindOrderByVersionDesc(campaign.getId(), UnitReport.Kind.LAUNCH).get(0);
        assertThat(launchReport.getLaunchedOn()).isEqualTo(launchedOn);
        assertThat(launchReport.getParticipants()).isEqualTo(35);
        assertThat(launchReport.getSubmittedBy()).isEqualTo(UNIT_HEAD);

        // Final report: "abc" is refused at its field while typing, and "Gửi" waits; what was typed stays.
        Task report = openAndClaim(unitInstance, UnitCampaignModel.USER_TASK_REPORT_FINAL);
        ui.type(targetValue("T04"), "100");
        ui.type(targetValue("T08"), "abc");
        ui.type(targetValue("T09"), "0,8");
        ui.type(By.id("td-examples"), "Tổ chức tốt phong trào toàn dân đoàn kết xây dựng đời sống văn hóa");
        WebElement error = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@data-code='T08']/following-sibling::p[contains(@class, 'td-error')]")));
        assertThat(error.getText()).contains("\"abc\" không phải là số");
        assertThat(driver.findElement(By.cssSelector("button[ng-click='complete()']")).isEnabled()).isFalse();
        assertThat(tasks.createTaskQuery().taskId(report.getId()).count()).isOne();
        assertThat(reports.findByCampaignIdAndKindOrderByVersionDesc(campaign.getId(), UnitReport.Kind.FINAL)).isEmpty();
        assertThat(driver.findElement(targetValue("T09")).getAttribute("value")).isEqualTo("0,8");
        ui.type(targetValue("T08"), "55,02");
        ui.complete();

        ui.awaitCompleted(tasks, report.getId());
        List<UnitReport> finals = reports.findCurrentOfPlan(campaign.getPlanId(), UnitReport.Kind.FINAL);
        assertThat(finals).hasSize(1);
        assertThat(finals.get(0).getSubmittedBy()).isEqualTo(UNIT_HEAD);
        assertThat(finals.get(0).getExamples()).startsWith("Tổ chức tốt");
        assertThat(finals.get(0).getValues()).extracting(UnitReportValue::rawText).containsExactlyInAnyOrder("100", "55,02", "0,8");
        UnitReportValue bhxh = finals.get(0).getValues().stream().filter(v -> v.rawText().equals("55,02")).findFirst().orElseThrow();
        assertThat(bhxh.numberValue()).isEqualByComparingTo(new BigDecimal("55.02"));
    }

    /** A fresh Thạch Khôi plan taken through drafting, review, signature and issue, as the lifecycle test does. */
    private UnitCampaign planIssuedToUnits() {
        Agency agency = agencies.findByCode("thach-khoi").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Plan plan = importer.createDraft(agency.getId(), DemoPlans.thachKhoi(today), SPECIALIST);
        String pi = officials.as(SPECIALIST, () -> planProcess.start(plan.getId()));
        officials.complete(SPECIALIST, pi, PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());
        officials.complete("hang.vtt", pi, PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "approve"));
        officials.sign("khang.pm", pi);
        officials.complete("ngoc.ntb", pi, PlanLifecycleModel.USER_TASK_ISSUE_PLAN, Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));
        officials.awaitJobs(Duration.ofSeconds(60));
        OrgUnit unit = units.findByAgencyIdAndCode(agency.getId(), UNIT_CODE).orElseThrow();
        return campaigns.findByPlanIdAndUnitId(plan.getId(), unit.getId()).orElseThrow();
    }

    @Test
    void unitHeadProposesWithAnUploadedReportInTasklist() throws Exception {
        vn.thidua.support.PlanDriver.Started s = stages.reportIssued("tdp-10");
        String head = stages.head("tdp-10");
        String unitInstance = stages.campaign(s, "tdp-10").getProcessInstanceId();
        Task task = tasks.createTaskQuery().processInstanceId(unitInstance)
                .taskDefinitionKey(vn.thidua.workflow.unitcampaign.UnitCampaignModel.USER_TASK_PROPOSE_AWARDS).singleResult();
        Path report = Files.createTempFile("bao-cao-thanh-tich", ".pdf");
        Files.write(report, "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        // The unit head opens the task (claimed on opening), adds a person, fills the dossier, attaches the report.
        login(head);
        driver.get(base() + "#/?task=" + task.getId());
        ui.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        ui.click(By.xpath("//button[contains(normalize-space(.), 'Thêm cá nhân')]"));
        ui.type(By.name("td-name"), "Nguyễn Thị Thu Trang");
        new org.openqa.selenium.support.ui.Select(ui.waitFor(ExpectedConditions.elementToBeClickable(By.name("td-completion"))))
                .selectByVisibleText("Hoàn thành tốt");
        ui.type(By.name("td-voteAgree"), "18");
        ui.type(By.name("td-voteTotal"), "20");
        ui.type(By.name("td-achievement"), "Hoàn thành tốt nhiệm vụ, vận động 100% hộ tham gia bảo hiểm y tế.");
        driver.findElement(By.id("td-file")).sendKeys(report.toAbsolutePath().toString());
        ui.click(By.id("td-save"));
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".td-proposal"), "Nguyễn Thị Thu Trang"));
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".td-proposal"), "bao-cao-thanh-tich"));
        // Saved, not yet sent: a draft the specialist does not see until "Gửi".
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".td-proposal"), "Đã lưu, chưa gửi"));
        assertThat(jdbc.queryForObject("SELECT status FROM award_proposal WHERE plan_id = ? AND candidate_name = ?", String.class,
                s.planId(), "Nguyễn Thị Thu Trang")).isEqualTo("DRAFT");
        ui.complete();
        ui.awaitCompleted(tasks, task.getId());
        assertThat(jdbc.queryForObject("SELECT status FROM award_proposal WHERE plan_id = ? AND candidate_name = ?", String.class,
                s.planId(), "Nguyễn Thị Thu Trang")).isEqualTo("SUBMITTED");

        // Stored for the unit, with its dossier and the file's SHA-256; the unit's task is done.
        Long proposal = jdbc.queryForObject("SELECT id FROM award_proposal WHERE plan_id = ? AND candidate_name = ?", Long.class,
                s.planId(), "Nguyễn Thị Thu Trang");
        assertThat(jdbc.queryForObject("SELECT completion_level FROM award_proposal WHERE id = ?", String.class, proposal)).isEqualTo("TOT");
        assertThat(jdbc.queryForObject("SELECT sha256 FROM award_file WHERE proposal_id = ?", String.class, proposal)).hasSize(64);
        assertThat(history.createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult().getAssignee()).isEqualTo(head);
    }

    @Test
    void councilMemberVotesOnTheirOwnLoginInTasklist() {
        // tdp-09 proposes two people; the specialist sends them to the council; four members are present.
        vn.thidua.support.PlanDriver.Started s = stages.reportIssued("tdp-09");
        String head = stages.head("tdp-09");
        long first = awards.propose(head, s.planId(), vn.thidua.support.AwardSteps.individual("Lê Văn Bình", "Nam", "Tổ trưởng",
                "LAO_DONG_TIEN_TIEN", "TOT", false));
        long second = awards.propose(head, s.planId(), vn.thidua.support.AwardSteps.individual("Đỗ Thị Hoa", "Nữ", "Tổ phó",
                "GIAY_KHEN", "TOT", false));
        officials.complete(head, stages.campaign(s, "tdp-09").getProcessInstanceId(),
                vn.thidua.workflow.unitcampaign.UnitCampaignModel.USER_TASK_PROPOSE_AWARDS, Map.of());
        officials.awaitJobs(Duration.ofSeconds(60));
        officials.complete(SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of());
        awards.openMeeting(SPECIALIST, s.processInstanceId(), LocalDate.now(clock), List.of("khang.pm", "hang.vtt", "tung.bv", "diep.tn"),
                List.of());
        Task vote = tasks.createTaskQuery().processInstanceId(s.processInstanceId())
                .taskDefinitionKey(PlanLifecycleModel.USER_TASK_COUNCIL_VOTE).taskAssignee("tung.bv").singleResult();
        assertThat(vote).isNotNull();

        // Bùi Văn Tùng finds his own ballot on his first screen, "Việc cần làm" (assigned to him: nothing
        // to claim), opens it, agrees with one, not the other.
        login("tung.bv");
        WebElement firstFilter = ui.waitFor(d -> d.findElements(By.cssSelector("[cam-tasklist-filters] .task-filter")).stream()
                .findFirst().filter(WebElement::isDisplayed).orElse(null));
        ui.waitFor(ExpectedConditions.textToBePresentInElement(firstFilter, "Việc cần làm"));
        assertThat(firstFilter.getAttribute("class")).contains("active");
        TasklistTaskList.open(driver, WAIT, vote.getId());
        ui.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input.td-agree"), 2));
        ui.click(By.cssSelector("input[name='td-ballot-" + first + "'].td-agree"));
        ui.click(By.cssSelector("input[name='td-ballot-" + second + "'].td-disagree"));
        ui.complete();
        ui.awaitCompleted(tasks, vote.getId());

        // Counted, with only "he voted" kept next to his name; the engine kept no ballot.
        Long meeting = jdbc.queryForObject("SELECT id FROM council_meeting WHERE plan_id = ?", Long.class, s.planId());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ballot_voter v JOIN person p ON p.id = v.person_id"
                + " WHERE v.meeting_id = ? AND p.username = 'tung.bv'", Integer.class, meeting)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT agree_count FROM ballot_box WHERE meeting_id = ? AND proposal_id = ?",
                Integer.class, meeting, first)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT disagree_count FROM ballot_box WHERE meeting_id = ? AND proposal_id = ?",
                Integer.class, meeting, second)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE NAME_ = 'ballots'", Integer.class)).isZero();
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(vote.getId()).singleResult();
        assertThat(done.getAssignee()).isEqualTo("tung.bv");
    }

    // --- Tasklist, as a person uses it -------------------------------------------------------

    private String base() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    private void login(String user) {
        ui.logIn(base(), user);
    }

    /** Opens the task by its link, as a bookmarked or shared Tasklist link does, and claims it. */
    private Task openAndClaim(String processInstanceId, String activityId) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).singleResult();
        assertThat(task).as(activityId).isNotNull();
        driver.get(base() + "#/?task=" + task.getId());
        ui.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        ui.waitFor(ExpectedConditions.elementToBeClickable(By.cssSelector("form.td-form input:not([type='hidden'])")));
        return task;
    }

    private By targetValue(String code) {
        return By.cssSelector("input.td-target-value[data-code='" + code + "']");
    }
}
