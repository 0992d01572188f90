package vn.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
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
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.council.CouncilService;
import vn.thidua.support.AwardSteps;
import vn.thidua.support.HeadlessChromium;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.support.PlanStages;
import vn.thidua.support.TasklistBrowser;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * The award round's forms of the specialist and the council's secretary, used in Camunda Tasklist
 * in a real (headless) Chromium, each on their own login: the specialist's paged review with a
 * return the unit then sees and corrects; the secretary opening the meeting (a day typed
 * dd/mm/yyyy, the quorum refused at the attendance) and ending the vote.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AwardFormsBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String FAILURE_NAME = "award-forms";

    @LocalServerPort int port;
    @Autowired Officials officials;
    @Autowired PlanStages stages;
    @Autowired AwardSteps awards;
    @Autowired AwardProposalRepository proposals;
    @Autowired CouncilService council;
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
    void specialistPagesTheReviewReturnsOneWithACommentAndTheUnitSeesIt() {
        // tdp-06 proposes 23 people (one the rules refuse) and sends them; the review shows 20 a page.
        PlanDriver.Started s = stages.reportIssued("tdp-06");
        String head = stages.head("tdp-06");
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            ids.add(awards.propose(head, s.planId(), AwardSteps.individual(String.format("Trần Văn Người %02d", i), "Nam", "Tổ viên",
                    "LAO_DONG_TIEN_TIEN", "TOT", false)));
        }
        long refused = awards.propose(head, s.planId(), AwardSteps.individual("Vũ Thị Yến", "Nữ", "Tổ viên", "LAO_DONG_TIEN_TIEN",
                "KHONG_HOAN_THANH", false));
        String unitInstance = stages.campaign(s, "tdp-06").getProcessInstanceId();
        officials.complete(head, unitInstance, UnitCampaignModel.USER_TASK_PROPOSE_AWARDS, Map.of());
        officials.awaitJobs(Duration.ofSeconds(60));
        Task review = stages.openTask(s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS);

        ui.logIn(base(), PlanDriver.SPECIALIST);
        open(review);
        ui.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".td-proposal"), 20));
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".td-count-submitted"), "23"));
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".td-page-info"), "trang 1/2"));
        // The rules' result is on each proposal; the refused one comes with its reason.
        assertThat(driver.findElements(By.xpath("//span[contains(@class, 'td-rule')][normalize-space(.) = 'Đủ điều kiện']"))).hasSize(20);
        // A comment typed on page 1 stays while the specialist looks at page 2 (nothing is sent before "Trả lại đơn vị").
        ui.type(By.name("td-return-" + ids.get(0)), "Ghi chú còn đang viết");
        ui.click(By.cssSelector(".td-next"));
        ui.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".td-proposal"), 3));
        WebElement yen = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class, 'td-proposal')][contains(., 'Vũ Thị Yến')]")));
        assertThat(yen.getText()).contains("Chưa đủ điều kiện");
        // A return without a comment is refused at its field; with one, it is saved at once.
        ui.click(By.xpath("//div[contains(@class, 'td-proposal')][contains(., 'Vũ Thị Yến')]//button[contains(@class, 'td-return')]"));
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//div[contains(@class, 'td-proposal')][contains(., 'Vũ Thị Yến')]//p[contains(@class, 'td-error')]"),
                "Ý kiến trả lại"));
        assertThat(proposals.findById(refused).orElseThrow().getStatus()).isEqualTo(AwardProposal.Status.SUBMITTED);
        String comment = "Đồng chí chưa hoàn thành nhiệm vụ: đề nghị rút hoặc bổ sung kết quả đánh giá.";
        ui.type(By.name("td-return-" + refused), comment);
        ui.click(By.xpath("//div[contains(@class, 'td-proposal')][contains(., 'Vũ Thị Yến')]//button[contains(@class, 'td-return')]"));
        ui.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".td-proposal"), 2));
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".td-count-returned"), "1"));
        assertThat(proposals.findById(refused).orElseThrow().getStatus()).isEqualTo(AwardProposal.Status.RETURNED);
        ui.click(By.cssSelector(".td-prev"));
        ui.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".td-proposal"), 20));
        assertThat(driver.findElement(By.name("td-return-" + ids.get(0))).getAttribute("value")).isEqualTo("Ghi chú còn đang viết");
        // Found by a name typed without diacritics.
        ui.type(By.name("td-q"), "tran van nguoi 07");
        ui.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".td-proposal"), 1));
        assertThat(driver.findElement(By.cssSelector(".td-proposal")).getText()).contains("Trần Văn Người 07");
        // "Gửi" while the proposal is with its unit: refused at the proposals, the task stays.
        ui.complete();
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-field='proposals'] .td-problem, .td-problem"),
                "Còn đề nghị đã trả lại đơn vị"));
        assertThat(tasks.createTaskQuery().taskId(review.getId()).count()).isOne();

        // The unit head sees the return with its comment in the correction task, corrects and sends it.
        Task correct = stages.openTask(unitInstance, UnitCampaignModel.USER_TASK_CORRECT_PROPOSALS);
        ui.logIn(base(), head);
        open(correct);
        WebElement returned = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[contains(@class, 'td-proposal')][contains(., 'Vũ Thị Yến')]")));
        assertThat(returned.getText()).contains("Bị trả lại", "Công chức thi đua trả lại: " + comment);
        ui.click(By.xpath("//div[contains(@class, 'td-proposal')][contains(., 'Vũ Thị Yến')]//button[contains(., 'Sửa')]"));
        new org.openqa.selenium.support.ui.Select(ui.waitFor(ExpectedConditions.elementToBeClickable(By.name("td-completion"))))
                .selectByVisibleText("Hoàn thành tốt");
        ui.click(By.id("td-save"));
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(
                By.xpath("//div[contains(@class, 'td-proposal')][contains(., 'Vũ Thị Yến')]"), "Đã lưu, chưa gửi"));
        assertThat(proposals.findById(refused).orElseThrow().getStatus()).isEqualTo(AwardProposal.Status.DRAFT);
        ui.complete();
        ui.awaitCompleted(tasks, correct.getId());
        assertThat(proposals.findById(refused).orElseThrow().getStatus()).isEqualTo(AwardProposal.Status.SUBMITTED);

        // The specialist sends the round on: the Tờ trình is issued with all 23.
        ui.logIn(base(), PlanDriver.SPECIALIST);
        open(review);
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".td-count-submitted"), "23"));
        ui.complete();
        ui.awaitCompleted(tasks, review.getId());
        assertCompletedBy(review.getId(), PlanDriver.SPECIALIST);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM official_document WHERE plan_id = ? AND kind = 'TTR' AND status = 'ISSUED'",
                Integer.class, s.planId())).isOne();
    }

    @Test
    void secretaryOpensTheMeetingWithTheQuorumCheckedAtTheAttendanceAndEndsTheVote() {
        PlanDriver.Started s = stages.reportIssued("tdp-05");
        String head = stages.head("tdp-05");
        long first = awards.propose(head, s.planId(), AwardSteps.individual("Đặng Văn Quang", "Nam", "Tổ trưởng",
                "LAO_DONG_TIEN_TIEN", "TOT", false));
        long second = awards.propose(head, s.planId(), AwardSteps.individual("Ngô Thị Mai", "Nữ", "Tổ phó", "GIAY_KHEN", "TOT", false));
        officials.complete(head, stages.campaign(s, "tdp-05").getProcessInstanceId(), UnitCampaignModel.USER_TASK_PROPOSE_AWARDS, Map.of());
        officials.awaitJobs(Duration.ofSeconds(60));
        officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of());
        String pi = s.processInstanceId();
        Task openMeeting = stages.openTask(pi, PlanLifecycleModel.USER_TASK_OPEN_COUNCIL_MEETING);
        LocalDate today = LocalDate.now(clock);

        ui.logIn(base(), AwardSteps.SECRETARY);
        open(openMeeting);
        ui.waitFor(ExpectedConditions.numberOfElementsToBe(By.cssSelector("input[name^='td-present-']"), 5));
        // Not a day: said at the field before anything is sent.
        ui.type(By.id("td-date"), "30/02/2026");
        ui.waitFor(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='td-date']/following-sibling::p[contains(@class, 'td-error')][contains(., 'ngày/tháng/năm')]")));
        ui.setDate("td-date", today);
        ui.type(By.id("td-place"), "Hội trường UBND phường");
        // Two of five present: the form says so, and "Gửi" is refused at the attendance; nothing is written.
        ui.click(By.name("td-present-khang.pm"));
        ui.click(By.name("td-present-diep.tn"));
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//p[contains(@class, 'td-error')][contains(., 'Có mặt')]"),
                "Có mặt 2/5"));
        ui.complete();
        WebElement refusal = ui.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".td-problem-field .td-problem")));
        assertThat(refusal.getText()).contains("Cuộc họp không đủ số thành viên: có mặt 2/5");
        assertThat(tasks.createTaskQuery().taskId(openMeeting.getId()).count()).isOne();
        assertThat(council.latestMeetingOf(s.planId())).isEmpty();
        // What was typed stays; the other three arrive.
        assertThat(driver.findElement(By.id("td-place")).getAttribute("value")).isEqualTo("Hội trường UBND phường");
        ui.click(By.name("td-present-hang.vtt"));
        ui.click(By.name("td-present-anh.ltm"));
        ui.click(By.name("td-present-tung.bv"));
        ui.complete();
        ui.awaitCompleted(tasks, openMeeting.getId());
        assertCompletedBy(openMeeting.getId(), AwardSteps.SECRETARY);
        CouncilService.Meeting meeting = council.latestMeetingOf(s.planId()).orElseThrow();
        assertThat(meeting.heldOn()).isEqualTo(today);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM council_attendance WHERE meeting_id = ? AND present = TRUE",
                Integer.class, meeting.id())).isEqualTo(5);

        // Three vote; the secretary cannot end the vote yet (four are needed), then a fourth votes and she ends it.
        Map<Long, Boolean> agree = Map.of(first, true, second, true);
        awards.vote("khang.pm", pi, agree);
        awards.vote("hang.vtt", pi, agree);
        awards.vote("anh.ltm", pi, agree);
        Task endVoting = stages.openTask(pi, PlanLifecycleModel.USER_TASK_END_VOTING);
        open(endVoting);
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-form"), "Kết thúc bỏ phiếu"));
        ui.complete();
        ui.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "mới có 3/5 thành viên có mặt bỏ phiếu"));
        assertThat(tasks.createTaskQuery().taskId(endVoting.getId()).count()).isOne();
        awards.vote("diep.tn", pi, agree);
        ui.type(By.cssSelector(".fjs-form textarea"), "Đồng chí Tùng không bỏ phiếu.");
        ui.complete();
        ui.awaitCompleted(tasks, endVoting.getId());
        assertCompletedBy(endVoting.getId(), AwardSteps.SECRETARY);
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(PlanLifecycleModel.USER_TASK_COUNCIL_VOTE).count())
                .isZero();
        officials.awaitJobs(Duration.ofSeconds(60));
        assertThat(jdbc.queryForObject("SELECT status FROM council_meeting WHERE id = ?", String.class, meeting.id())).isEqualTo("CLOSED");
    }

    // --- Tasklist, as a person uses it -------------------------------------------------------

    private String base() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    /** Opens the task by its link, as a shared Tasklist link does; opening claims it. */
    private void open(Task task) {
        driver.get(base() + "#/?task=" + task.getId());
        ui.waitFor(d -> task.getId().equals(d.getCurrentUrl().replaceAll(".*[?&]task=([^&]+).*", "$1")));
        ui.waitFor(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("button.claim")));
        // The form is shown (the unit's form has only buttons until a proposal is edited).
        ui.waitFor(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form.td-form h4, .fjs-form")));
    }

    private void assertCompletedBy(String taskId, String by) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult();
        assertThat(done.getAssignee()).isEqualTo(by);
        assertThat(done.getDeleteReason()).isEqualTo("completed");
    }
}
