package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.common.audit.AuditKind;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.security.Official;
import vn.thidua.support.AuditorLogins;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.workflow.signingdesk.SignatureDesk;

/**
 * A plan run by several people (a return with a comment, a signature handed to the vice-chairman,
 * a late unit with its overdue timer and Công văn đôn đốc, a report corrected after sending), then
 * the auditor's view of it checked event by event: who (full name and position, not a login),
 * when, which decision; filters; documents' versions; exports; refused write attempts; another
 * ward's auditor; a document altered in the database; and the engine's history clean-up.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditTrailIntegrationTest {

    static final String AUDITOR = "nhung.cth";
    static final String DEPUTY = "huy.dq";

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired SignatureDesk desk;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired OrgUnitRepository units;
    @Autowired OfficialDocumentRepository documents;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired AuditorLogins logins;
    @Autowired AuditorScope scope;
    @Autowired vn.thidua.organisation.AgencyRepository agencies;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired Timeline timeline;
    @Autowired IntegrityCheck integrity;
    @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration;

    PlanDriver.Started plan;
    String lateUnitHead;
    String correctingHead;
    UnitCampaign late;
    UnitCampaign corrected;

    @BeforeAll
    void runThePlan() {
        LocalDate today = LocalDate.now(clock);
        plan = driver.draft("tdp-01", "tdp-02", "tdp-03");
        String pi = plan.processInstanceId();
        officials.complete(PlanDriver.SPECIALIST, pi, "userTask_draftPlan", Map.of());
        officials.complete(PlanDriver.VICE_CHAIRMAN, pi, "userTask_reviewPlan",
                Map.of("decision", "return", "comment", "Bổ sung chỉ tiêu BHXH"));
        officials.complete(PlanDriver.SPECIALIST, pi, "userTask_draftPlan", Map.of());
        officials.complete(PlanDriver.VICE_CHAIRMAN, pi, "userTask_reviewPlan", Map.of("decision", "approve"));
        // The chairman hands the signature to a vice-chairman, who signs (KT. CHỦ TỊCH).
        long draft = officials.documentUnderApproval(pi);
        desk.delegate(officials.official(PlanDriver.CHAIRMAN), draft, DEPUTY);
        officials.sign(DEPUTY, pi);
        officials.complete(PlanDriver.CLERK, pi, "userTask_issuePlan", Map.of("issueDate", today.toString()));
        officials.awaitJobs(Duration.ofSeconds(60));

        for (UnitCampaign c : campaigns.findByPlanId(plan.planId())) {
            String code = units.findById(c.getUnitId()).orElseThrow().getCode();
            String head = units.findById(c.getUnitId()).orElseThrow().getHeadUsername();
            if (code.equals("tdp-03")) {
                late = c;
                lateUnitHead = head;
                continue;
            }
            report(c, head, "91");
            if (code.equals("tdp-01")) {
                corrected = c;
                correctingHead = head;
            }
        }
        // The late unit misses the launch deadline: its timer fires (now rather than in days).
        Job timer = management.createJobQuery().processInstanceId(late.getProcessInstanceId())
                .activityId("timerEvent_launchOverdue").timers().singleResult();
        management.executeJob(timer.getId());
        report(late, lateUnitHead, "88,5");
        // A unit corrects its sent report through our API.
        ResponseEntity<String> ok = http.withBasicAuth(correctingHead, "demo").exchange(
                "/api/campaigns/" + corrected.getId() + "/final-report", HttpMethod.PUT,
                new HttpEntity<>(Map.of("values", Map.of("T03", "95,5"))), String.class);
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        officials.awaitJobs(Duration.ofSeconds(60));
    }

    private void report(UnitCampaign c, String head, String value) {
        officials.complete(head, c.getProcessInstanceId(), "userTask_reportLaunch",
                Map.of("launchedOn", LocalDate.now(clock).toString(), "launchForm", "Họp tổ dân phố"));
        officials.complete(head, c.getProcessInstanceId(), "userTask_reportFinal",
                Map.of("targetValues", JsonVariables.json(List.of(Map.of("code", "T03", "value", value)))));
    }

    private List<Timeline.Entry> all() {
        return all(Timeline.Filter.all());
    }

    private List<Timeline.Entry> all(Timeline.Filter filter) {
        List<Timeline.Entry> entries = new java.util.ArrayList<>();
        timeline.each(plan.planId(), filter, entries::add);
        return entries;
    }

    private List<Timeline.Entry> of(AuditKind kind) {
        return all().stream().filter(e -> e.kind() == kind).toList();
    }

    @Test
    void everyStepOfThePlanIsInItsTimelineWithThePersonTheTimeAndTheDecision() {
        List<Timeline.Entry> plansOwn = all(new Timeline.Filter(Timeline.PLAN_ONLY, null, null, 0));
        assertThat(plansOwn).extracting(e -> e.kind() + " " + e.actorUsername() + " " + e.activity())
                .containsSubsequence(
                        "PROCESS_STARTED diep.tn Kế hoạch phát động thi đua",
                        "TASK_CLAIMED diep.tn Soạn thảo kế hoạch",
                        "TASK_COMPLETED diep.tn Soạn thảo kế hoạch",
                        "TASK_CLAIMED hang.vtt Lãnh đạo duyệt kế hoạch",
                        "TASK_RETURNED hang.vtt Lãnh đạo duyệt kế hoạch",
                        "TASK_COMPLETED diep.tn Soạn thảo kế hoạch",
                        "TASK_COMPLETED hang.vtt Lãnh đạo duyệt kế hoạch",
                        "SIGNATURE_DELEGATED khang.pm null",
                        "TASK_ASSIGNED khang.pm Chủ tịch phê duyệt, ký kế hoạch",
                        "DOCUMENT_SIGNED huy.dq null",
                        "TASK_COMPLETED huy.dq Chủ tịch phê duyệt, ký kế hoạch",
                        "NUMBER_TAKEN ngoc.ntb null",
                        "DOCUMENT_ISSUED ngoc.ntb null",
                        "TASK_COMPLETED ngoc.ntb Văn thư cấp số, phát hành kế hoạch");
        Timeline.Entry returned = of(AuditKind.TASK_RETURNED).get(0);
        assertThat(returned.decision()).isEqualTo("Trả lại");
        assertThat(returned.comment()).isEqualTo("Bổ sung chỉ tiêu BHXH");
        assertThat(returned.person()).startsWith("Vũ Thị Thu Hằng (");
        assertThat(returned.time()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
        assertThat(returned.time()).isEqualTo(AuditLabels.TIME.format(returned.at()));
        // The approval after the return carries no stale comment from the return.
        Timeline.Entry approved = plansOwn.stream().filter(e -> e.kind() == AuditKind.TASK_COMPLETED
                && "hang.vtt".equals(e.actorUsername())).findFirst().orElseThrow();
        assertThat(approved.decision()).isEqualTo("Đồng ý");
        assertThat(approved.comment()).isNull();
        assertThat(of(AuditKind.TASK_ASSIGNED).get(0).detail()).contains(DEPUTY);
        assertThat(of(AuditKind.SIGNATURE_DELEGATED).get(0).detail()).contains("Đỗ Quang Huy");
        assertThat(of(AuditKind.DOCUMENT_SIGNED).get(0).person()).startsWith("Đỗ Quang Huy");
        assertThat(of(AuditKind.NUMBER_TAKEN).get(0).detail()).contains("/KH-UBND");
        // Drafts: first render, after the return, for the deputy's block.
        assertThat(of(AuditKind.DOCUMENT_DRAFTED).size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theUnitsStepsAreAttributedToTheirHeadsAndTheSystemToTimersAndJobsOnBehalfOfTheClerk() {
        List<Timeline.Entry> lateUnit = all(new Timeline.Filter("tdp-03", null, null, 0));
        assertThat(lateUnit).isNotEmpty().allSatisfy(e -> assertThat(e.unitCode()).isEqualTo("tdp-03"));
        assertThat(lateUnit).extracting(Timeline.Entry::kind).containsSubsequence(AuditKind.PROCESS_STARTED,
                AuditKind.TASK_CREATED, AuditKind.TIMER_FIRED, AuditKind.UNIT_OVERDUE, AuditKind.TASK_CLAIMED,
                AuditKind.TASK_COMPLETED);
        // The unit's instance was started by the fan-out job after the clerk's issue: on her behalf.
        Timeline.Entry started = lateUnit.get(0);
        assertThat(started.actorUsername()).isEqualTo(PlanDriver.CLERK);
        assertThat(started.onBehalf()).isTrue();
        assertThat(started.person()).contains("Nguyễn Thị Bích Ngọc").contains("hệ thống thực hiện theo quyết định");
        Timeline.Entry timer = lateUnit.stream().filter(e -> e.kind() == AuditKind.TIMER_FIRED).findFirst().orElseThrow();
        assertThat(timer.actorUsername()).isNull();
        assertThat(timer.person()).isEqualTo("Hệ thống");
        assertThat(timer.activity()).isEqualTo("Quá hạn phát động");
        assertThat(of(AuditKind.OVERDUE_LETTER)).singleElement().satisfies(e -> {
            assertThat(e.actorUsername()).isNull();
            assertThat(e.detail()).contains("/UBND-VHXH");
        });
        assertThat(lateUnit.stream().filter(e -> e.kind() == AuditKind.TASK_COMPLETED))
                .allSatisfy(e -> assertThat(e.actorUsername()).isEqualTo(lateUnitHead));
        assertThat(of(AuditKind.REPORT_CORRECTED)).singleElement().satisfies(e -> {
            assertThat(e.actorUsername()).isEqualTo(correctingHead);
            assertThat(e.unitCode()).isEqualTo("tdp-01");
            assertThat(e.detail()).contains("T03: 91 → 95,5");
        });
        // Filters: person and kind, server-side.
        assertThat(all(new Timeline.Filter(null, PlanDriver.VICE_CHAIRMAN, null, 0)))
                .allSatisfy(e -> assertThat(e.actorUsername()).isEqualTo(PlanDriver.VICE_CHAIRMAN)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(all(new Timeline.Filter(null, null, "TASK_RETURNED", 0))).hasSize(1);
        Timeline.Page page = timeline.page(plan.planId(), new Timeline.Filter(null, null, null, 0));
        assertThat(page.entries()).hasSizeLessThanOrEqualTo(Timeline.PAGE_SIZE);
        assertThat(page.total()).isEqualTo(all().size());
    }

    @Test
    void theEngineHistoryNamesAPersonForEveryCompletedTaskAndOperation() {
        List<String> instances = new java.util.ArrayList<>(List.of(plan.processInstanceId()));
        campaigns.findByPlanId(plan.planId()).forEach(c -> instances.add(c.getProcessInstanceId()));
        for (String pi : instances) {
            List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(pi).finished().list();
            assertThat(done).extracting(HistoricTaskInstance::getAssignee).doesNotContainNull();
            assertThat(history.createUserOperationLogQuery().processInstanceId(pi).list())
                    .extracting(UserOperationLogEntry::getUserId).doesNotContainNull();
        }
        // And the audit trail has a person or "system" for each, never a bare login for a person we know.
        assertThat(all()).filteredOn(e -> e.actorUsername() != null)
                .allSatisfy(e -> assertThat(e.actorName()).isNotBlank());
    }

    @Test
    void theAuditorSeesEveryVersionOfEveryDocumentWithItsHashAndSignatures() {
        ResponseEntity<String> page = auditor().getForEntity("/app/kiem-tra/ke-hoach/" + plan.planId() + "/van-ban", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        OfficialDocument kh = documents.findByPlanIdAndKindOrderByIdAsc(plan.planId(), "KH").get(0);
        List<Map<String, Object>> versions = jdbc.queryForList(
                "SELECT id, version, stage, sha256 FROM document_version WHERE document_id = ? ORDER BY version", kh.getId());
        assertThat(versions).extracting(v -> v.get("stage")).containsSubsequence("DRAFT", "DRAFT", "SIGNED", "ISSUED");
        assertThat(versions.get(versions.size() - 1).get("sha256")).isEqualTo(kh.getSha256());
        assertThat(page.getBody()).contains(kh.getSha256()).contains("Đỗ Quang Huy").contains("phủ toàn bộ tệp")
                .contains("tin cậy").contains("95,5").contains("91");
        // Any version can be downloaded, byte for byte as kept.
        long firstDraft = ((Number) versions.get(0).get("id")).longValue();
        ResponseEntity<byte[]> pdf = auditor().getForEntity("/api/audit/document-versions/" + firstDraft + "/pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(vn.thidua.document.DocumentService.sha256(pdf.getBody())).isEqualTo(versions.get(0).get("sha256"));
    }

    @Test
    void theTimelinePageListsAndFiltersForTheAuditorOnly() {
        ResponseEntity<String> list = auditor().getForEntity("/app/kiem-tra?q=thi dua", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains("data-plan-id=\"" + plan.planId() + "\"");
        String number = documents.findByPlanIdAndKindOrderByIdAsc(plan.planId(), "KH").get(0).numberAndNotation();
        assertThat(auditor().getForEntity("/app/kiem-tra?q=" + number, String.class).getBody())
                .contains("data-plan-id=\"" + plan.planId() + "\"");
        assertThat(auditor().getForEntity("/app/kiem-tra?q=do quang huy", String.class).getBody())
                .contains("data-plan-id=\"" + plan.planId() + "\"");
        ResponseEntity<String> page = auditor().getForEntity("/app/kiem-tra/ke-hoach/" + plan.planId()
                + "?kind=TASK_RETURNED", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Bổ sung chỉ tiêu BHXH").contains("Vũ Thị Thu Hằng").contains("1 sự kiện");
        assertThat(http.withBasicAuth(PlanDriver.CHAIRMAN, "demo").getForEntity("/app/kiem-tra/ke-hoach/" + plan.planId(),
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theTimelineExportsAsCsvForExcelAndAsAPdfAReport() throws IOException {
        ResponseEntity<byte[]> csv = auditor().getForEntity("/api/audit/plans/" + plan.planId() + "/timeline.csv", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        byte[] bytes = csv.getBody();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFThời gian,Nơi,Sự kiện").contains("\r\n").contains("Bổ sung chỉ tiêu BHXH")
                .contains("Vũ Thị Thu Hằng");
        assertThat(text.split("\r\n")).hasSize(all().size() + 1);

        ResponseEntity<byte[]> pdf = auditor().getForEntity("/api/audit/plans/" + plan.planId() + "/timeline.pdf", byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument doc = Loader.loadPDF(pdf.getBody())) {
            String pdfText = new PDFTextStripper().getText(doc).replace("\u200B", "").replaceAll("\\s+", " ");
            assertThat(pdfText).contains("BÁO CÁO NHẬT KÝ XỬ LÝ KẾ HOẠCH").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Bổ sung chỉ tiêu BHXH").contains("Cao Thị Hồng Nhung");
        }
        // Layout, PDF/A and fonts: AuditReportDocumentTest, on the same template.
    }

    @Test
    void anAuditorsWriteAttemptsAreRefusedAndShownInTheTimeline() throws Exception {
        Task open = tasks.createTaskQuery().processInstanceId(plan.processInstanceId()).singleResult();
        assertThat(open).isNotNull();
        // 1. The engine REST API with Basic auth.
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> rest = auditor().exchange("/engine-rest/task/" + open.getId() + "/complete", HttpMethod.POST,
                new HttpEntity<>("{}", json), String.class);
        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // 2. Tasklist's own API, logged in to Tasklist like a browser.
        CamundaSession tasklist = new CamundaSession(http.getRootUri());
        assertThat(tasklist.login(AUDITOR, "demo", "tasklist")).isEqualTo(200);
        assertThat(tasklist.post("/camunda/api/engine/engine/default/task/" + open.getId() + "/claim", "{\"userId\":\"nhung.cth\"}"))
                .isEqualTo(403);
        // 3. Cockpit: read-only for auditors, suspending the plan is refused.
        CamundaSession cockpit = new CamundaSession(http.getRootUri());
        assertThat(cockpit.login(AUDITOR, "demo", "cockpit")).isEqualTo(200);
        assertThat(cockpit.put("/camunda/api/engine/engine/default/process-instance/" + plan.processInstanceId() + "/suspended",
                "{\"suspended\":true}")).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(plan.processInstanceId()).singleResult().isSuspended())
                .isFalse();
        // 4. Our pages and API.
        assertThat(auditor().exchange("/api/campaigns/" + corrected.getId() + "/final-report", HttpMethod.PUT,
                new HttpEntity<>(Map.of("values", Map.of("T03", "10"))), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        long kh = documents.findByPlanIdAndKindOrderByIdAsc(plan.planId(), "KH").get(0).getId();
        assertThat(auditor().postForEntity("/app/ky-so/" + kh + "/ky", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // Nothing changed, and each attempt is in the plan's timeline under the auditor's name.
        assertThat(tasks.createTaskQuery().taskId(open.getId()).singleResult().getAssignee()).isNull();
        List<Timeline.Entry> refused = all(new Timeline.Filter(null, AUDITOR, "REFUSED", 0));
        assertThat(refused).extracting(Timeline.Entry::detail).anySatisfy(d -> assertThat(d).startsWith("POST /engine-rest/task/"))
                .anySatisfy(d -> assertThat(d).contains("/camunda/api/engine/engine/default/task/").contains("/claim"))
                .anySatisfy(d -> assertThat(d).startsWith("PUT /camunda/api/engine/engine/default/process-instance/"))
                .anySatisfy(d -> assertThat(d).startsWith("PUT /api/campaigns/" + corrected.getId()))
                .anySatisfy(d -> assertThat(d).startsWith("POST /app/ky-so/" + kh + "/ky"));
        assertThat(refused).allSatisfy(e -> assertThat(e.person()).startsWith("Cao Thị Hồng Nhung"));
    }

    @Test
    void anotherWardsAuditorSeesNothingOfThisWard() {
        String other = otherWardsAuditor();
        TestRestTemplate them = http.withBasicAuth(other, "demo");
        assertThat(them.getForEntity("/app/kiem-tra/ke-hoach/" + plan.planId(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(them.getForEntity("/api/audit/plans/" + plan.planId() + "/timeline.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(them.getForEntity("/app/kiem-tra", String.class).getBody()).doesNotContain("data-plan-id=\"" + plan.planId() + "\"");
        long version = jdbc.queryForObject("SELECT MIN(id) FROM document_version WHERE plan_id = ?", Long.class, plan.planId());
        assertThat(them.getForEntity("/api/audit/document-versions/" + version + "/pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aDocumentAlteredInTheDatabaseIsShownAsAlteredWithTheCheckThatFailed() {
        PlanDriver.Started victim = driver.issued("tdp-04");
        OfficialDocument kh = documents.findByPlanIdAndKindOrderByIdAsc(victim.planId(), "KH").get(0);
        assertThat(integrity.run(victim.planId()).allOk()).isTrue();
        // Someone with database access changes one byte of the issued PDF.
        jdbc.update("UPDATE official_document SET pdf = CONCAT(SUBSTRING(pdf, 1, 2000), 'X', SUBSTRING(pdf, 2002)) WHERE id = ?",
                kh.getId());
        IntegrityCheck.Result result = integrity.run(victim.planId());
        assertThat(result.allOk()).isFalse();
        assertThat(result.findings()).filteredOn(f -> !f.ok()).extracting(IntegrityCheck.Finding::check)
                .contains("SHA-256 của tệp đang lưu", "Chữ ký số", "Tệp ban hành so với bản lưu lúc ban hành");
        // ... and a forger who also rewrites the stored hash is still caught by the issue-time version.
        jdbc.update("UPDATE official_document SET sha256 = SHA2(pdf, 256) WHERE id = ?", kh.getId());
        assertThat(integrity.run(victim.planId()).findings()).filteredOn(f -> !f.ok()).extracting(IntegrityCheck.Finding::check)
                .contains("Chữ ký số", "Tệp ban hành so với bản lưu lúc ban hành").doesNotContain("SHA-256 của tệp đang lưu");
        ResponseEntity<String> page = auditor().getForEntity("/app/kiem-tra/ke-hoach/" + victim.planId() + "/toan-ven", String.class);
        assertThat(page.getBody()).contains("Phát hiện").contains("ĐÃ BỊ THAY ĐỔI").contains("KHÔNG ĐẠT");
    }

    @Test
    void theEnginesHistoryCleanupNeverRemovesWhatTheAuditNeeds() throws Exception {
        PlanDriver.Started gone = driver.draft("tdp-05");
        officials.complete(PlanDriver.SPECIALIST, gone.processInstanceId(), "userTask_draftPlan", Map.of());
        runtime.deleteProcessInstance(gone.processInstanceId(), "Hủy kế hoạch (kiểm thử)");
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE plan_id = ?", Long.class, gone.planId());
        // Ten years and a day later, as far as the engine is concerned: its removal time has passed
        // (moving the engine clock instead would fire every timer of the shared test database).
        history.setRemovalTimeToHistoricProcessInstances()
                .absoluteRemovalTime(Date.from(clock.instant().minus(Duration.ofDays(1))))
                .byIds(gone.processInstanceId()).executeAsync();
        officials.awaitJobs(Duration.ofSeconds(60));
        // The engine's own clean-up job, run here as its batch window would run it; the job executor
        // is paused meanwhile so that the job can be removed afterwards (it would keep coming back
        // for the other tests, which wait until no job is due).
        var executor = engineConfiguration.getJobExecutor();
        executor.shutdown();
        try {
            String cleanup = history.cleanUpHistoryAsync(true).getId();
            for (int run = 0; run < 10 && history.createHistoricProcessInstanceQuery()
                    .processInstanceId(gone.processInstanceId()).count() > 0; run++) {
                management.executeJob(cleanup);
            }
            history.findHistoryCleanupJobs().forEach(j -> management.deleteJob(j.getId()));
        } finally {
            executor.start();
        }
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(gone.processInstanceId()).count()).isZero();
        assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(gone.processInstanceId()).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE plan_id = ?", Long.class, gone.planId()))
                .isEqualTo(before).isGreaterThanOrEqualTo(3);
        assertThat(auditor().getForEntity("/app/kiem-tra/ke-hoach/" + gone.planId(), String.class).getBody())
                .contains("Trịnh Ngọc Diệp").contains("Soạn thảo kế hoạch");
    }

    @Test
    void aCityAuditorReadsEveryWardUnderTheCity() {
        String city = logins.city();
        TestRestTemplate cityAuditor = http.withBasicAuth(city, "demo");
        assertThat(cityAuditor.getForEntity("/app/kiem-tra/ke-hoach/" + plan.planId(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(cityAuditor.getForEntity("/app/kiem-tra", String.class).getBody())
                .contains("data-plan-id=\"" + plan.planId() + "\"").contains("UBND phường Thạch Khôi");
        assertThat(cityAuditor.getForEntity("/app/kiem-tra/ke-hoach/" + plan.planId() + "/van-ban", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(cityAuditor.getForEntity("/api/audit/plans/" + plan.planId() + "/timeline.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // Every ward under the city, not only this one; a ward's auditor only their own.
        String otherWard = logins.otherWard();
        long thachKhoi = agencies.findByCode("thach-khoi").orElseThrow().getId();
        long kiem = agencies.findByCode(AuditorLogins.OTHER_WARD_AGENCY).orElseThrow().getId();
        long haiPhong = agencies.findByCode(AuditorLogins.CITY_AGENCY).orElseThrow().getId();
        assertThat(scope.agencies(new Official(city, List.of(), List.of()))).contains(haiPhong, thachKhoi, kiem);
        assertThat(scope.agencies(new Official(otherWard, List.of(), List.of()))).containsExactly(kiem);
        assertThat(scope.agencies(new Official(AUDITOR, List.of(), List.of()))).containsExactly(thachKhoi);
        // Read-only there too.
        assertThat(cityAuditor.exchange("/api/campaigns/" + corrected.getId() + "/final-report", HttpMethod.PUT,
                new HttpEntity<>(Map.of("values", Map.of("T03", "10"))), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aClosedPlansTrailIsKeptTenYearsAndItsPermanentRecordsForEver(@Autowired AuditRetention retention) {
        PlanDriver.Started old = driver.draft("tdp-06");
        PlanDriver.Started recent = driver.draft("tdp-07");
        jdbc.update("UPDATE plan SET status = 'CLOSED' WHERE id IN (?, ?)", old.planId(), recent.planId());
        jdbc.update("UPDATE audit_event SET occurred_at = occurred_at - INTERVAL 11 YEAR WHERE plan_id = ?", old.planId());
        jdbc.update("UPDATE audit_event SET occurred_at = occurred_at - INTERVAL 9 YEAR WHERE plan_id = ?", recent.planId());
        jdbc.update("UPDATE audit_event SET retain_permanently = TRUE WHERE plan_id = ? AND kind = 'PROCESS_STARTED'", old.planId());
        long recentBefore = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE plan_id = ?", Long.class, recent.planId());

        assertThat(retention.purge(clock.instant())).isPositive();

        assertThat(jdbc.queryForList("SELECT kind FROM audit_event WHERE plan_id = ?", String.class, old.planId()))
                .containsExactly("PROCESS_STARTED");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM document_version WHERE plan_id = ?", Long.class, old.planId())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE plan_id = ?", Long.class, recent.planId()))
                .isEqualTo(recentBefore);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE plan_id = ?", Long.class, plan.planId())).isPositive();
    }

    private TestRestTemplate auditor() {
        return http.withBasicAuth(AUDITOR, "demo");
    }

    private String otherWardsAuditor() {
        return logins.otherWard();
    }
}
