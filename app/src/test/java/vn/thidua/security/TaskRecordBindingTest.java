package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.campaign.UnitReport;
import vn.thidua.campaign.UnitReportRepository;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.support.EngineRestCalls;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.OtherWard;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * "Nothing a user sends may choose which record is written": an official with a valid login
 * completes their own task through the engine REST API with the id of somebody else's record.
 * Each case is refused (400, the variable named, nothing written, the task still open); and an id
 * variable that somehow holds another record's id (set here by the system) chooses nothing either,
 * because the records come from the task's own process instance.
 */
@IntegrationTest
class TaskRecordBindingTest {

    /** Long (long.tv) heads this unit; the other unit is Mạnh's. */
    private static final String OWN_UNIT = "vp-hdnd-ubnd";
    private static final String OTHER_UNIT = "p-kt-ht-dt";

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired TestRestTemplate http;
    @Autowired OtherWard otherWard;
    private EngineRestCalls rest;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired UnitReportRepository reports;
    @Autowired OrgUnitRepository units;
    @Autowired AgencyRepository agencies;
    @Autowired PlanRepository plans;
    @Autowired OfficialDocumentRepository documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    private record TwoUnits(UnitCampaign own, UnitCampaign other, String head) {
    }

    // --- a unit's campaign ----------------------------------------------------------------------

    @BeforeEach
    void engineRestAsOfficials() {
        rest = new EngineRestCalls(http);
    }

    @Test
    void aUnitHeadCannotStoreHisLaunchReportInAnotherUnitsCampaign() {
        TwoUnits u = issuedToTwoUnits();
        Task launch = claimed(u.head(), u.own(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH);

        ResponseEntity<String> refused = rest.complete(u.head(), launch.getId(), EngineRestCalls.variables(
                UnitCampaignModel.CAMPAIGN_ID, u.other().getId(), UnitCampaignModel.LAUNCHED_ON, today(),
                UnitCampaignModel.LAUNCH_FORM, "Hội nghị phát động"));

        assertRefused(refused, UnitCampaignModel.CAMPAIGN_ID);
        assertThat(reportsOf(u.own(), UnitReport.Kind.LAUNCH)).isEmpty();
        assertThat(reportsOf(u.other(), UnitReport.Kind.LAUNCH)).isEmpty();
        assertStillOpen(launch);
    }

    @Test
    void aUnitHeadCannotSetACampaignIdOnHisTaskBeforeCompletingIt() {
        TwoUnits u = issuedToTwoUnits();
        Task launch = claimed(u.head(), u.own(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH);

        assertRefused(rest.putTaskVariable(u.head(), launch.getId(), false, UnitCampaignModel.CAMPAIGN_ID, u.other().getId()),
                UnitCampaignModel.CAMPAIGN_ID);
        assertRefused(rest.putTaskVariable(u.head(), launch.getId(), true, UnitCampaignModel.CAMPAIGN_ID, u.other().getId()),
                UnitCampaignModel.CAMPAIGN_ID);
        assertThat(tasks.getVariable(launch.getId(), UnitCampaignModel.CAMPAIGN_ID)).isEqualTo(u.own().getId());

        // What the form sends is still accepted, and lands in his own campaign.
        assertThat(rest.complete(u.head(), launch.getId(), EngineRestCalls.variables(UnitCampaignModel.LAUNCHED_ON, today(),
                UnitCampaignModel.LAUNCH_FORM, "Hội nghị phát động")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(reportsOf(u.own(), UnitReport.Kind.LAUNCH)).hasSize(1);
        assertThat(reportsOf(u.other(), UnitReport.Kind.LAUNCH)).isEmpty();
    }

    @Test
    void aCampaignIdLeftInTheProcessChoosesNoCampaign() {
        TwoUnits u = issuedToTwoUnits();
        // Whatever put it there, an id variable pointing elsewhere is only a display value.
        runtime.setVariable(u.own().getProcessInstanceId(), UnitCampaignModel.CAMPAIGN_ID, u.other().getId());

        Task launch = claimed(u.head(), u.own(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH);
        assertThat(rest.complete(u.head(), launch.getId(), EngineRestCalls.variables(UnitCampaignModel.LAUNCHED_ON, today(),
                UnitCampaignModel.LAUNCH_FORM, "Hội nghị phát động")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        Task report = claimed(u.head(), u.own(), UnitCampaignModel.USER_TASK_REPORT_FINAL);
        assertThat(rest.complete(u.head(), report.getId(), EngineRestCalls.variables(UnitCampaignModel.EXAMPLES, "Tổ chức tốt",
                UnitCampaignModel.TARGET_VALUES, "[]")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(reportsOf(u.own(), UnitReport.Kind.LAUNCH)).hasSize(1);
        assertThat(reportsOf(u.own(), UnitReport.Kind.FINAL)).hasSize(1);
        assertThat(reportsOf(u.other(), UnitReport.Kind.LAUNCH)).isEmpty();
        assertThat(reportsOf(u.other(), UnitReport.Kind.FINAL)).isEmpty();
    }

    // --- a plan ---------------------------------------------------------------------------------

    @Test
    void theSpecialistCannotPointHerDraftAtAnotherWardsPlan() {
        Plan other = otherWard.draftPlan();
        PlanDriver.Started own = driver.draft("tdp-04");
        Task draft = claimedPlanTask(PlanDriver.SPECIALIST, own, PlanLifecycleModel.USER_TASK_DRAFT_PLAN);

        ResponseEntity<String> refused = rest.complete(PlanDriver.SPECIALIST, draft.getId(), EngineRestCalls.variables(
                PlanLifecycleModel.PLAN_ID, other.getId(), PlanLifecycleModel.TITLE, "Kế hoạch đã bị sửa từ phường khác"));

        assertRefused(refused, PlanLifecycleModel.PLAN_ID);
        assertThat(plans.findById(other.getId()).orElseThrow().getTitle()).isEqualTo(other.getTitle());
        assertThat(plans.findById(own.planId()).orElseThrow().getTitle()).isNotEqualTo("Kế hoạch đã bị sửa từ phường khác");
        assertThat(documentsOf(other.getId())).isZero();
        assertThat(documentsOf(own.planId())).isZero();
        assertStillOpen(draft);
    }

    @Test
    void tasklistSendsTheShownPlanIdBackUnchangedAndThatIsAccepted() {
        PlanDriver.Started own = driver.draft("tdp-04");
        Task draft = claimedPlanTask(PlanDriver.SPECIALIST, own, PlanLifecycleModel.USER_TASK_DRAFT_PLAN);
        Object shownTitle = runtime.getVariable(own.processInstanceId(), PlanLifecycleModel.PLAN_TITLE);

        // What Tasklist's draft form submits: its fields plus every variable it fetched, unchanged.
        assertThat(rest.submitForm(PlanDriver.SPECIALIST, draft.getId(), EngineRestCalls.variables(
                PlanLifecycleModel.PLAN_ID, own.planId(), PlanLifecycleModel.PLAN_TITLE, shownTitle,
                PlanLifecycleModel.TITLE, "Kế hoạch phát động thi đua năm 2026 (sửa)")).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(plans.findById(own.planId()).orElseThrow().getTitle()).isEqualTo("Kế hoạch phát động thi đua năm 2026 (sửa)");
    }

    @Test
    void aShownValueSentBackChangedIsRefused() {
        PlanDriver.Started own = driver.draft("tdp-04");
        Task draft = claimedPlanTask(PlanDriver.SPECIALIST, own, PlanLifecycleModel.USER_TASK_DRAFT_PLAN);

        assertRefused(rest.submitForm(PlanDriver.SPECIALIST, draft.getId(), EngineRestCalls.variables(
                PlanLifecycleModel.DRAFTER, "hang.vtt")), PlanLifecycleModel.DRAFTER);
        assertStillOpen(draft);
    }

    @Test
    void aPlanIdLeftInTheProcessChoosesNoPlan() {
        Plan other = otherWard.draftPlan();
        PlanDriver.Started own = driver.draft("tdp-04");
        runtime.setVariable(own.processInstanceId(), PlanLifecycleModel.PLAN_ID, other.getId());
        Task draft = claimedPlanTask(PlanDriver.SPECIALIST, own, PlanLifecycleModel.USER_TASK_DRAFT_PLAN);

        assertThat(rest.complete(PlanDriver.SPECIALIST, draft.getId(), EngineRestCalls.variables(PlanLifecycleModel.TITLE,
                "Kế hoạch của phường Thạch Khôi (sửa)")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(plans.findById(own.planId()).orElseThrow().getTitle()).isEqualTo("Kế hoạch của phường Thạch Khôi (sửa)");
        assertThat(plans.findById(other.getId()).orElseThrow().getTitle()).isEqualTo(other.getTitle());
        assertThat(documentsOf(other.getId())).isZero();
        assertThat(documentsOf(own.planId())).isOne();
    }

    // --- a document -----------------------------------------------------------------------------

    @Test
    void theClerkCannotIssueAnotherPlansDocumentFromHerIssueTask() {
        PlanDriver.Started own = signed(driver.awaitingSignature("tdp-04"));
        PlanDriver.Started other = signed(driver.awaitingSignature("tdp-05"));
        long otherDocument = draftKh(other.planId()).getId();
        Task issue = claimedPlanTask(PlanDriver.CLERK, own, PlanLifecycleModel.USER_TASK_ISSUE_PLAN);

        ResponseEntity<String> refused = rest.complete(PlanDriver.CLERK, issue.getId(), EngineRestCalls.variables(
                PlanLifecycleModel.DOCUMENT_ID, otherDocument, PlanLifecycleModel.ISSUE_DATE, today()));

        assertRefused(refused, PlanLifecycleModel.DOCUMENT_ID);
        assertThat(documents.findById(otherDocument).orElseThrow().getStatus()).isEqualTo(OfficialDocument.Status.DRAFT);
        assertThat(draftKh(own.planId()).getStatus()).isEqualTo(OfficialDocument.Status.DRAFT);
        assertStillOpen(issue);
    }

    @Test
    void aDocumentIdLeftInTheProcessChoosesNoDocument() {
        PlanDriver.Started own = signed(driver.awaitingSignature("tdp-04"));
        PlanDriver.Started other = signed(driver.awaitingSignature("tdp-05"));
        long ownDocument = draftKh(own.planId()).getId();
        long otherDocument = draftKh(other.planId()).getId();
        runtime.setVariable(own.processInstanceId(), PlanLifecycleModel.DOCUMENT_ID, otherDocument);
        Task issue = claimedPlanTask(PlanDriver.CLERK, own, PlanLifecycleModel.USER_TASK_ISSUE_PLAN);

        assertThat(rest.complete(PlanDriver.CLERK, issue.getId(), EngineRestCalls.variables(PlanLifecycleModel.ISSUE_DATE, today()))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(documents.findById(ownDocument).orElseThrow().getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        assertThat(documents.findById(otherDocument).orElseThrow().getStatus()).isEqualTo(OfficialDocument.Status.DRAFT);
        assertThat(plans.findById(own.planId()).orElseThrow().getDocumentId()).isEqualTo(ownDocument);
    }

    @Test
    void theChairmanCannotApproveOneDocumentWithTheSignatureOfAnother() {
        PlanDriver.Started unsigned = driver.awaitingSignature("tdp-04");
        PlanDriver.Started signedElsewhere = signed(driver.awaitingSignature("tdp-05"));
        long signedDocument = draftKh(signedElsewhere.planId()).getId();
        Task sign = claimedPlanTask(PlanDriver.CHAIRMAN, unsigned, PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN);

        // Through Tasklist's API: the document is not a field of the chairman's form.
        assertRefused(rest.complete(PlanDriver.CHAIRMAN, sign.getId(), EngineRestCalls.variables(
                PlanLifecycleModel.DOCUMENT_ID, signedDocument, PlanLifecycleModel.DECISION, "approve")), PlanLifecycleModel.DOCUMENT_ID);

        // And with the variable pointing at the signed document anyway, the step checks its own document.
        runtime.setVariable(unsigned.processInstanceId(), PlanLifecycleModel.DOCUMENT_ID, signedDocument);
        assertThatThrownBy(() -> officials.complete(PlanDriver.CHAIRMAN, unsigned.processInstanceId(),
                PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN, Map.of(PlanLifecycleModel.DECISION, "approve")))
                .hasRootCauseInstanceOf(InvalidInputException.class)
                .hasMessageContaining("chưa được bạn ký số")
                .hasMessageContaining(PlanLifecycleModel.signingPageOf(draftKh(unsigned.planId()).getId()));
        assertStillOpen(sign);
    }

    // --- helpers --------------------------------------------------------------------------------

    private TwoUnits issuedToTwoUnits() {
        PlanDriver.Started s = driver.issued(OWN_UNIT, OTHER_UNIT);
        OrgUnit own = unit(OWN_UNIT);
        OrgUnit other = unit(OTHER_UNIT);
        return new TwoUnits(campaigns.findByPlanIdAndUnitId(s.planId(), own.getId()).orElseThrow(),
                campaigns.findByPlanIdAndUnitId(s.planId(), other.getId()).orElseThrow(), own.getHeadUsername());
    }

    private OrgUnit unit(String code) {
        return units.findByAgencyIdAndCode(agencies.findByCode("thach-khoi").orElseThrow().getId(), code).orElseThrow();
    }

    private PlanDriver.Started signed(PlanDriver.Started s) {
        officials.sign(PlanDriver.CHAIRMAN, s.processInstanceId());
        return s;
    }

    private OfficialDocument draftKh(long planId) {
        return documents.findByPlanIdAndKindOrderByIdAsc(planId, "KH").get(0);
    }

    private Task claimed(String user, UnitCampaign campaign, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(campaign.getProcessInstanceId()).taskDefinitionKey(taskKey).singleResult();
        assertThat(rest.claim(user, task.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        return task;
    }

    private Task claimedPlanTask(String user, PlanDriver.Started plan, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceId(plan.processInstanceId()).taskDefinitionKey(taskKey).singleResult();
        assertThat(rest.claim(user, task.getId()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        return task;
    }

    private List<UnitReport> reportsOf(UnitCampaign campaign, UnitReport.Kind kind) {
        return reports.findByCampaignIdAndKindOrderByVersionDesc(campaign.getId(), kind);
    }

    private int documentsOf(long planId) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM official_document WHERE plan_id = ?", Integer.class, planId);
        return n == null ? 0 : n;
    }

    private void assertStillOpen(Task task) {
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
    }

    private static void assertRefused(ResponseEntity<String> response, String variable) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(EngineRestCalls.REFUSED_INPUT);
        assertThat(response.getBody()).contains(variable);
    }

    private String today() {
        return LocalDate.now(clock).toString();
    }
}
