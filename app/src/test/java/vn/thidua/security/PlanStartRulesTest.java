package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.support.EngineRestCalls;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.OtherWard;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * Starting a process through the engine REST API: a plan starts only in the logged-in specialist's
 * own ward and in that person's name, whatever the request says; a unit's campaign is never started
 * by hand; process variables and messages are not written directly.
 */
@IntegrationTest
class PlanStartRulesTest {

    private static final String WARD = "thach-khoi";
    private static final String UNIT_HEAD = "long.tv";

    @Autowired TestRestTemplate http;
    @Autowired OtherWard otherWard;
    private EngineRestCalls rest;
    @Autowired PlanDriver driver;
    @Autowired PlanRepository plans;
    @Autowired AgencyRepository agencies;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void engineRestAsOfficials() {
        rest = new EngineRestCalls(http);
    }

    @Test
    void aPlanStartedThroughTheApiBelongsToTheStartersOwnWardAndName() throws Exception {
        ResponseEntity<String> started = rest.start(PlanDriver.SPECIALIST, PlanLifecycleModel.PROCESS_KEY,
                Map.of("variables", startForm("Kế hoạch thi đua khởi tạo qua API")));

        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode instance = json.readTree(started.getBody());
        Plan plan = plans.findById(PlanLifecycleModel.planIdOfBusinessKey(instance.get("businessKey").asText())).orElseThrow();
        assertThat(plan.getAgencyId()).isEqualTo(ward(WARD).getId());
        assertThat(plan.getCreatedBy()).isEqualTo(PlanDriver.SPECIALIST);
        assertThat(plan.getProcessInstanceId()).isEqualTo(instance.get("id").asText());
        assertThat(instance.get("tenantId").asText()).isEqualTo(WARD);
    }

    @Test
    void aStartNamingAnotherWardIsRefused() {
        int otherPlans = plansOf(otherWard.agency());
        int ownPlans = plansOf(ward(WARD));
        long otherInstances = instancesOf(OtherWard.CODE);
        Map<String, Object> variables = startForm("Kế hoạch gửi sang xã khác");
        variables.putAll(EngineRestCalls.variables(PlanLifecycleModel.AGENCY_CODE, OtherWard.CODE));

        assertRefused(rest.start(PlanDriver.SPECIALIST, PlanLifecycleModel.PROCESS_KEY, Map.of("variables", variables)),
                PlanLifecycleModel.AGENCY_CODE);
        assertRefused(rest.submitStartForm(PlanDriver.SPECIALIST, PlanLifecycleModel.PROCESS_KEY, variables),
                PlanLifecycleModel.AGENCY_CODE);

        assertThat(plansOf(otherWard.agency())).isEqualTo(otherPlans);
        assertThat(plansOf(ward(WARD))).isEqualTo(ownPlans);
        assertThat(instancesOf(OtherWard.CODE)).isEqualTo(otherInstances);
    }

    @Test
    void aStartInAnotherPersonsNameIsRefused() {
        int ownPlans = plansOf(ward(WARD));
        for (String someoneElse : new String[] {PlanDriver.VICE_CHAIRMAN, OtherWard.SPECIALIST}) {
            Map<String, Object> variables = startForm("Kế hoạch ghi tên người khác");
            variables.putAll(EngineRestCalls.variables(PlanLifecycleModel.INITIATOR, someoneElse));
            assertRefused(rest.start(PlanDriver.SPECIALIST, PlanLifecycleModel.PROCESS_KEY, Map.of("variables", variables)),
                    PlanLifecycleModel.INITIATOR);
        }
        assertThat(plansOf(ward(WARD))).isEqualTo(ownPlans);
    }

    @Test
    void aStartCannotTakeOverAnotherWardsPlanOrOneAlreadyRunning() {
        Plan otherWardsDraft = otherWard.draftPlan();
        PlanDriver.Started running = driver.draft("tdp-02");
        for (long planId : new long[] {otherWardsDraft.getId(), running.planId()}) {
            ResponseEntity<String> refused = rest.start(PlanDriver.SPECIALIST, PlanLifecycleModel.PROCESS_KEY,
                    Map.of("businessKey", PlanLifecycleModel.businessKey(planId)));
            assertRefused(refused, "businessKey");
        }
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(
                PlanLifecycleModel.businessKey(running.planId())).count()).isOne();
    }

    @Test
    void aUnitHeadCannotStartAPlan() {
        int ownPlans = plansOf(ward(WARD));
        ResponseEntity<String> refused = rest.start(UNIT_HEAD, PlanLifecycleModel.PROCESS_KEY,
                Map.of("variables", startForm("Kế hoạch do trưởng đơn vị khởi tạo")));
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(plansOf(ward(WARD))).isEqualTo(ownPlans);
    }

    @Test
    void nobodyStartsAUnitsCampaignByHand() {
        PlanDriver.Started plan = driver.draft("vp-hdnd-ubnd");
        for (String user : new String[] {UNIT_HEAD, PlanDriver.SPECIALIST}) {
            ResponseEntity<String> refused = rest.start(user, UnitCampaignModel.PROCESS_KEY, Map.of(
                    "businessKey", UnitCampaignModel.businessKey(plan.planId(), "vp-hdnd-ubnd"),
                    "variables", EngineRestCalls.variables(UnitCampaignModel.AGENCY_CODE, WARD, UnitCampaignModel.UNIT_CODE, "vp-hdnd-ubnd")));
            assertThat(refused.getStatusCode()).as(user + ": " + refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitCampaignModel.PROCESS_KEY)
                .processInstanceBusinessKey(UnitCampaignModel.businessKey(plan.planId(), "vp-hdnd-ubnd")).count()).isZero();
    }

    @Test
    void processVariablesAreNotWrittenDirectly() {
        PlanDriver.Started plan = driver.draft("tdp-02");
        ResponseEntity<String> refused = rest.post(PlanDriver.SPECIALIST, "/engine-rest/process-instance/" + plan.processInstanceId()
                + "/variables", Map.of("modifications", EngineRestCalls.variables(PlanLifecycleModel.AGENCY_CODE, OtherWard.CODE)));
        assertRefused(refused, PlanLifecycleModel.AGENCY_CODE);
        assertThat(runtime.getVariable(plan.processInstanceId(), PlanLifecycleModel.AGENCY_CODE)).isEqualTo(WARD);
    }

    @Test
    void messagesAreSentByTheSystemOnly() {
        PlanDriver.Started plan = driver.draft("tdp-02");
        ResponseEntity<String> refused = rest.post(PlanDriver.SPECIALIST, "/engine-rest/message", Map.of(
                "messageName", PlanLifecycleModel.MESSAGE_ALL_UNITS_REPORTED, "processInstanceId", plan.processInstanceId()));
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(plan.processInstanceId()).singleResult();
        assertThat(instance).isNotNull();
    }

    // --- helpers --------------------------------------------------------------------------------

    private static Map<String, Object> startForm(String title) {
        return EngineRestCalls.variables(PlanLifecycleModel.TITLE, title, PlanLifecycleModel.THEME, "Thi đua lập thành tích",
                PlanLifecycleModel.LAUNCH_DEADLINE, "2099-08-10", PlanLifecycleModel.REPORT_DEADLINE, "2099-09-10");
    }

    private Agency ward(String code) {
        return agencies.findByCode(code).orElseThrow();
    }

    private int plansOf(Agency agency) {
        return plans.findByAgencyIdOrderByIdDesc(agency.getId()).size();
    }

    private long instancesOf(String tenant) {
        return history.createHistoricProcessInstanceQuery().tenantIdIn(tenant).count();
    }

    private static void assertRefused(ResponseEntity<String> response, String variable) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(EngineRestCalls.REFUSED_INPUT);
        assertThat(response.getBody()).contains(variable);
    }
}
