package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.campaign.UnitReport;
import vn.thidua.campaign.UnitReportRepository;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/** The unit part of a plan: every unit reporting on time, and a unit missing its deadlines. */
@IntegrationTest
class UnitCampaignPathsTest {

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired UnitReportRepository reports;
    @Autowired OrgUnitRepository units;
    @Autowired Clock clock;
    @Autowired OfficialDocumentRepository documents;
    @Autowired TestRestTemplate http;
    @Autowired vn.thidua.campaign.ConsolidationService consolidation;

    @Test
    void whenEveryUnitHasReportedThePlanMovesToConsolidation() {
        PlanDriver.Started s = driver.issued("tdp-01", "tdp-02");
        for (UnitCampaign c : campaigns.findByPlanId(s.planId())) {
            String head = head(c);
            officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH,
                    Map.of(UnitCampaignModel.LAUNCHED_ON, LocalDate.now(clock).toString(), UnitCampaignModel.LAUNCH_FORM, "Họp tổ dân phố"));
            officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL,
                    Map.of(UnitCampaignModel.TARGET_VALUES, JsonVariables.json(List.of(Map.of("code", "T03", "value", "97,5")))));
        }
        officials.awaitJobs(Duration.ofSeconds(30));
        ProcessInstance plan = runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId()).singleResult();
        assertThat(plan).isWaitingAt(PlanLifecycleModel.USER_TASK_CONSOLIDATE);
        assertThat(campaigns.findByPlanId(s.planId())).allSatisfy(c -> assertThat(c.getStatus()).isEqualTo(UnitCampaign.Status.REPORTED));
    }

    @Test
    void aUnitMissingItsDeadlinesIsMarkedOverdueKeepsItsTaskAndTheSpecialistFollowsUp() {
        PlanDriver.Started s = driver.issued("tdp-03", "tdp-04");
        UnitCampaign late = campaigns.findByPlanId(s.planId()).stream()
                .filter(c -> units.findById(c.getUnitId()).orElseThrow().getCode().equals("tdp-03")).findFirst().orElseThrow();
        UnitCampaign onTime = campaigns.findByPlanId(s.planId()).stream().filter(c -> c != late && !c.getId().equals(late.getId()))
                .findFirst().orElseThrow();
        officials.complete(head(onTime), onTime.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH,
                Map.of(UnitCampaignModel.LAUNCHED_ON, LocalDate.now(clock).toString(), UnitCampaignModel.LAUNCH_FORM, "Họp tổ dân phố"));
        officials.complete(head(onTime), onTime.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL,
                Map.of(UnitCampaignModel.TARGET_VALUES, JsonVariables.json(List.of(Map.of("code", "T03", "value", "96")))));

        // The launch deadline passes for the late unit: its timer fires (run now instead of waiting).
        fireTimer(late.getProcessInstanceId(), UnitCampaignModel.TIMER_EVENT_LAUNCH_OVERDUE);
        assertThat(campaigns.findById(late.getId()).orElseThrow().isLaunchOverdue()).isTrue();
        // ... and a numbered Công văn đôn đốc addressed to it is ready for the specialist to send.
        assertThat(documents.findByPlanIdAndKindOrderByIdAsc(s.planId(), "CV")).singleElement().satisfies(cv -> {
            assertThat(cv.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
            assertThat(cv.getNotation()).isEqualTo("UBND-VHXH");
            assertThat(cv.getRecipientUnitId()).isEqualTo(late.getUnitId());
            assertThat(cv.getTitle()).isEqualTo("Đôn đốc tổ chức phát động đợt thi đua");
        });
        assertThat(officials.visibleTasks(head(late), late.getProcessInstanceId()))
                .extracting(Task::getTaskDefinitionKey).containsExactly(UnitCampaignModel.USER_TASK_REPORT_LAUNCH);

        // The report deadline passes for the plan: the specialist gets the follow-up with the late unit.
        fireTimer(s.processInstanceId(), PlanLifecycleModel.TIMER_EVENT_REPORT_DEADLINE);
        assertThat(officials.visibleTasks(PlanDriver.SPECIALIST, s.processInstanceId()))
                .extracting(Task::getTaskDefinitionKey).containsExactly(PlanLifecycleModel.USER_TASK_FOLLOW_UP_LATE_UNITS);
        assertThat(runtime.getVariable(s.processInstanceId(), "lateUnits").toString()).contains("tdp-03").doesNotContain("tdp-04")
                .contains("/UBND-VHXH");

        assertThatThrownBy(() -> officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_FOLLOW_UP_LATE_UNITS,
                Map.of(PlanLifecycleModel.FOLLOW_UP_DECISION, "wait", PlanLifecycleModel.WAIT_DAYS, "0"))).hasMessageContaining("từ 1 đến 60");
        officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_FOLLOW_UP_LATE_UNITS,
                Map.of(PlanLifecycleModel.FOLLOW_UP_DECISION, "wait", PlanLifecycleModel.WAIT_DAYS, "3"));
        fireTimer(s.processInstanceId(), PlanLifecycleModel.TIMER_EVENT_REPORT_DEADLINE);
        officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_FOLLOW_UP_LATE_UNITS,
                Map.of(PlanLifecycleModel.FOLLOW_UP_DECISION, "consolidate"));
        officials.awaitJobs(Duration.ofSeconds(30));
        ProcessInstance plan = runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId()).singleResult();
        assertThat(plan).isWaitingAt(PlanLifecycleModel.USER_TASK_CONSOLIDATE);
        // The late unit can still report afterwards: its task was never cancelled.
        assertThat(officials.visibleTasks(head(late), late.getProcessInstanceId())).hasSize(1);
    }

    @Test
    void aPlanWithAnInterimDeadlineAsksEachUnitForAnInterimReportBeforeTheFinalOne() {
        LocalDate today = LocalDate.now(clock);
        vn.thidua.plan.PlanData base = vn.thidua.demo.DemoPlans.thachKhoi(today);
        List<vn.thidua.plan.PlanData.Deadline> deadlines = new java.util.ArrayList<>(base.deadlines());
        deadlines.add(new vn.thidua.plan.PlanData.Deadline("Báo cáo sơ kết đợt thi đua", today.plusDays(30), "Phòng Văn hóa - Xã hội"));
        vn.thidua.plan.PlanData withInterim = new vn.thidua.plan.PlanData(base.document(), base.basis(), base.theme(),
                base.sections(), base.targets(), deadlines, base.recipients(), base.units(), base.launchDeadline(),
                base.reportDeadline(), base.campaignEnd());
        PlanDriver.Started s = driver.issued(withInterim, "tdp-08");
        UnitCampaign c = campaigns.findByPlanId(s.planId()).get(0);
        String head = head(c);
        officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH,
                Map.of(UnitCampaignModel.LAUNCHED_ON, today.toString(), UnitCampaignModel.LAUNCH_FORM, "Họp tổ dân phố"));
        Task interim = officials.visibleTasks(head, c.getProcessInstanceId()).get(0);
        assertThat(interim.getTaskDefinitionKey()).isEqualTo(UnitCampaignModel.USER_TASK_REPORT_INTERIM);
        assertThat(interim.getDueDate().toInstant().atZone(vn.thidua.common.text.VietnameseDates.VIETNAM).toLocalDate())
                .isEqualTo(today.plusDays(30));
        officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_INTERIM,
                Map.of(UnitCampaignModel.TARGET_VALUES, JsonVariables.json(List.of(Map.of("code", "T03", "value", "90,5")))));
        assertThat(campaigns.findById(c.getId()).orElseThrow().getStatus()).isEqualTo(UnitCampaign.Status.LAUNCHED);
        officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL,
                Map.of(UnitCampaignModel.TARGET_VALUES, JsonVariables.json(List.of(Map.of("code", "T03", "value", "96,5")))));
        assertThat(reports.findByCampaignIdAndKindOrderByVersionDesc(c.getId(), UnitReport.Kind.INTERIM)).hasSize(1);
        assertThat(reports.findByCampaignIdAndKindOrderByVersionDesc(c.getId(), UnitReport.Kind.FINAL)).hasSize(1);
        assertThat(consolidation.compute(s.planId()).targets().stream().filter(t -> t.code().equals("T03")).findFirst()
                .orElseThrow().resultText()).isEqualTo("96,5%");
    }

    @Test
    void unitsAreRemindedBeforeTheDeadlineOnTheirOpenTask() {
        PlanDriver.Started s = driver.issued("tdp-06");
        UnitCampaign c = campaigns.findByPlanId(s.planId()).get(0);
        Task launch = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).singleResult();
        assertThat(launch.getFollowUpDate()).isBefore(launch.getDueDate());
        fireTimer(c.getProcessInstanceId(), UnitCampaignModel.TIMER_EVENT_LAUNCH_REMINDER);
        assertThat(tasks.getTaskComments(launch.getId())).singleElement()
                .satisfies(comment -> assertThat(comment.getFullMessage()).startsWith("Nhắc việc: hạn hoàn thành phát động là ngày"));
        assertThat(officials.visibleTasks(head(c), c.getProcessInstanceId())).hasSize(1);
    }

    @Test
    void aReportWithABadValueIsRefusedAndAResubmissionKeepsThePreviousVersion() {
        PlanDriver.Started s = driver.issued("tdp-05");
        UnitCampaign c = campaigns.findByPlanId(s.planId()).get(0);
        String head = head(c);
        assertThatThrownBy(() -> officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH,
                Map.of(UnitCampaignModel.LAUNCHED_ON, LocalDate.now(clock).plusDays(3).toString(), UnitCampaignModel.LAUNCH_FORM, "Họp")))
                .hasMessageContaining("không thể ở tương lai");
        officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH,
                Map.of(UnitCampaignModel.LAUNCHED_ON, LocalDate.now(clock).toString(), UnitCampaignModel.LAUNCH_FORM, "Họp tổ dân phố"));
        assertThatThrownBy(() -> officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL,
                Map.of(UnitCampaignModel.TARGET_VALUES, JsonVariables.json(List.of(Map.of("code", "T03", "value", "120")))))
        ).hasMessageContaining("từ 0 đến 100");
        assertThatThrownBy(() -> officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL,
                Map.of(UnitCampaignModel.TARGET_VALUES, JsonVariables.json(List.of(Map.of("code", "T03", "value", "abc")))))
        ).hasMessageContaining("không phải là số");
        assertThat(reports.findByCampaignIdAndKindOrderByVersionDesc(c.getId(), UnitReport.Kind.FINAL)).isEmpty();
        officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL,
                Map.of(UnitCampaignModel.TARGET_VALUES, JsonVariables.json(List.of(Map.of("code", "T03", "value", "95,5")))));
        assertThat(reports.findCurrentOfPlan(s.planId(), UnitReport.Kind.FINAL)).singleElement()
                .satisfies(r -> assertThat(r.getValues()).singleElement().satisfies(v -> {
                    assertThat(v.rawText()).isEqualTo("95,5");
                    assertThat(v.numberValue()).isEqualByComparingTo("95.5");
                }));
    }

    @Test
    void aUnitCorrectsItsSentReportAndThePreviousVersionStays() {
        PlanDriver.Started s = driver.issued("tdp-07");
        UnitCampaign c = campaigns.findByPlanId(s.planId()).get(0);
        String head = head(c);
        officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH,
                Map.of(UnitCampaignModel.LAUNCHED_ON, LocalDate.now(clock).toString(), UnitCampaignModel.LAUNCH_FORM, "Họp tổ dân phố"));
        officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL,
                Map.of(UnitCampaignModel.TARGET_VALUES, JsonVariables.json(List.of(Map.of("code", "T03", "value", "91")))));
        String url = "/api/campaigns/" + c.getId() + "/final-report";
        HttpEntity<Map<String, Object>> bad = new HttpEntity<>(Map.of("values", Map.of("T03", "9l,5")));
        ResponseEntity<String> refused = http.withBasicAuth(head, "demo").exchange(url, HttpMethod.PUT, bad, String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("không phải là số");
        assertThat(http.withBasicAuth("hai.nv", "demo").exchange(url, HttpMethod.PUT,
                new HttpEntity<>(Map.of("values", Map.of("T03", "95"))), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> ok = http.withBasicAuth(head, "demo").exchange(url, HttpMethod.PUT,
                new HttpEntity<>(Map.of("values", Map.of("T03", "95,5"), "examples", "Bổ sung điển hình")), String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<UnitReport> versions = reports.findByCampaignIdAndKindOrderByVersionDesc(c.getId(), UnitReport.Kind.FINAL);
        assertThat(versions).extracting(UnitReport::getVersion).containsExactly(2, 1);
        assertThat(versions).extracting(UnitReport::isCurrentVersion).containsExactly(true, false);
        assertThat(consolidation.compute(s.planId()).targets().stream().filter(t -> t.code().equals("T03")).findFirst()
                .orElseThrow().resultText()).isEqualTo("95,5%");
    }

    private void fireTimer(String processInstanceId, String activityId) {
        Job timer = management.createJobQuery().processInstanceId(processInstanceId).activityId(activityId).timers().singleResult();
        management.executeJob(timer.getId());
    }

    private String head(UnitCampaign c) {
        return units.findById(c.getUnitId()).orElseThrow().getHeadUsername();
    }
}
