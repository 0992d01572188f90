package vn.thidua.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.errors.ErrorBodies.refused;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.campaign.UnitReport;
import vn.thidua.campaign.UnitReportRepository;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.support.Http;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;

/**
 * The engine REST API answers a refusal with our sentence only, for scripts (/engine-rest, HTTP
 * Basic) and for Tasklist (/camunda/api/engine, webapp session + XSRF token): 400 and the field,
 * never "ENGINE-03051 … Cannot submit task form …"; an unexpected failure is a 500 with a reference.
 */
@IntegrationTest
class EngineRestErrorsTest {

    private static final String TOO_HIGH = "[{\"code\":\"T03\",\"value\":\"120\"}]";

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired TaskService tasks;
    @Autowired RepositoryService repository;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired UnitReportRepository reports;
    @Autowired OrgUnitRepository units;
    @Autowired Clock clock;
    @LocalServerPort int port;

    @Test
    void aRefusedFinalReportOverEngineRestIsA400WithOnlyOurSentenceAndChangesNothing() {
        UnitCampaign c = launched("tdp-01");
        Task task = finalReportTask(c);

        JsonNode body = refused(new Http(port).basic(head(c), "POST", "/engine-rest/task/" + task.getId() + "/complete",
                variables("targetValues", TOO_HIGH, "Json")), 400);

        assertThat(body.get("type").asText()).isEqualTo("invalid-input");
        assertThat(body.get("message").asText()).contains("từ 0 đến 100").doesNotContain("target.T03");
        assertThat(body.get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("field").asText()).isEqualTo("target.T03");
            assertThat(p.get("message").asText()).contains("từ 0 đến 100");
        });
        assertUnchanged(c, task);
    }

    @Test
    void tasklistsOwnSubmitShowsOnlyOurSentenceToo() {
        UnitCampaign c = launched("tdp-02");
        Task task = finalReportTask(c);
        Http tasklist = new Http(port);
        assertThat(tasklist.webappLogin(head(c), "tasklist").statusCode()).isEqualTo(200);

        JsonNode body = refused(tasklist.webapp("POST", "/camunda/api/engine/engine/default/task/" + task.getId()
                + "/submit-form", variables("targetValues", TOO_HIGH, "Json")), 400);

        // Tasklist shows "message" under its own heading: only the unit's sentence, no task id.
        assertThat(body.get("message").asText()).contains("từ 0 đến 100").doesNotContain(task.getId());
        assertThat(body.get("problems").get(0).get("field").asText()).isEqualTo("target.T03");
        assertUnchanged(c, task);
    }

    @Test
    void aVariableOfTheWrongTypeIsA400WithoutClassNames() {
        UnitCampaign c = campaigns.findByPlanId(driver.issued("tdp-03").planId()).get(0);
        Task launch = tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).singleResult();
        Http script = new Http(port);

        // Declared Integer, sent as text: Camunda's own conversion fails ("… to java type java.lang.Integer").
        JsonNode declared = refused(script.basic(head(c), "POST", "/engine-rest/task/" + launch.getId() + "/complete",
                "{\"variables\": {\"launchedOn\": {\"value\": \"" + LocalDate.now(clock) + "\"},"
                        + " \"launchForm\": {\"value\": \"Họp\"}, \"participants\": {\"value\": \"mười\", \"type\": \"Integer\"}}}"), 400);
        assertThat(declared.get("message").asText()).contains("mười").contains("số nguyên");

        // A list expected, a plain string sent: our listener's reading refuses it for the field.
        officials.complete(head(c), c.getProcessInstanceId(), "userTask_reportLaunch",
                Map.of("launchedOn", LocalDate.now(clock).toString(), "launchForm", "Họp tổ dân phố"));
        Task report = finalReportTask(c);
        JsonNode notAList = refused(script.basic(head(c), "POST", "/engine-rest/task/" + report.getId() + "/complete",
                variables("targetValues", "{\"T03\": 95}", "Json")), 400);
        assertThat(notAList.get("problems").get(0).get("field").asText()).isEqualTo("targetValues");
        assertThat(notAList.get("message").asText()).contains("không đúng định dạng");
        assertUnchanged(c, report);

        // Malformed JSON in the request itself.
        JsonNode malformed = refused(script.basic(head(c), "POST", "/engine-rest/task/" + report.getId() + "/complete",
                "{\"variables\": {\"targetValues\": "), 400);
        assertThat(malformed.get("message").asText()).contains("JSON");
    }

    @Test
    void aTextTooLongForTheEngineIsA400WithoutSql() {
        UnitCampaign c = launched("tdp-04");
        Task task = finalReportTask(c);
        String examples = "Điển hình tiên tiến. ".repeat(230); // 4 600 characters: ours allow 10 000, the engine's column 4 000

        JsonNode body = refused(new Http(port).basic(head(c), "POST", "/engine-rest/task/" + task.getId() + "/complete",
                "{\"variables\": {\"targetValues\": {\"value\": \"[{\\\"code\\\":\\\"T03\\\",\\\"value\\\":\\\"95\\\"}]\","
                        + " \"type\": \"Json\"}, \"examples\": {\"value\": \"" + examples + "\"}}}"), 400);

        assertThat(body.get("message").asText()).contains("quá dài");
        assertUnchanged(c, task);
    }

    @Test
    void anUnexpectedEngineFailureIsA500WithAReferenceAndNothingInternal() {
        repository.createDeployment().name("error-probe")
                .addModelInstance("error-probe.bpmn", Bpmn.createExecutableProcess("errorProbe").camundaHistoryTimeToLive(1)
                        .startEvent().serviceTask().camundaExpression("${noSuchBeanAnywhere.run()}").endEvent().done())
                .deploy();

        JsonNode body = refused(new Http(port).basic("admin", "POST", "/engine-rest/process-definition/key/errorProbe/start",
                variables("agencyCode", "thach-khoi", "String")), 500);

        assertThat(body.get("type").asText()).isEqualTo("server-error");
        assertThat(body.get("reference").asText()).hasSize(10);
        assertThat(body.get("message").asText()).contains(body.get("reference").asText()).doesNotContain("noSuchBean");
    }

    @Test
    void aVanishedTaskIsNotFoundInVietnamese() {
        // A double click or a retry completes a task that is gone: 404 in Vietnamese, not Camunda's 500 "task is null".
        var answer = new Http(port).basic("diep.tn", "POST", "/engine-rest/task/no-such-task/complete", "{}");
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.body()).contains("Không tìm thấy công việc").doesNotContain("task is null");
    }

    private UnitCampaign launched(String unit) {
        UnitCampaign c = campaigns.findByPlanId(driver.issued(unit).planId()).get(0);
        officials.complete(head(c), c.getProcessInstanceId(), "userTask_reportLaunch",
                Map.of("launchedOn", LocalDate.now(clock).toString(), "launchForm", "Họp tổ dân phố"));
        return c;
    }

    private Task finalReportTask(UnitCampaign c) {
        return tasks.createTaskQuery().processInstanceId(c.getProcessInstanceId()).taskDefinitionKey("userTask_reportFinal")
                .singleResult();
    }

    private void assertUnchanged(UnitCampaign c, Task task) {
        assertThat(tasks.createTaskQuery().taskId(task.getId()).count()).as("task still open").isOne();
        assertThat(reports.findByCampaignIdAndKindOrderByVersionDesc(c.getId(), UnitReport.Kind.FINAL)).isEmpty();
    }

    private String head(UnitCampaign c) {
        return units.findById(c.getUnitId()).orElseThrow().getHeadUsername();
    }

    private static String variables(String name, String value, String type) {
        return "{\"variables\": {\"" + name + "\": {\"value\": " + quoted(value) + ", \"type\": \"" + type + "\"}}}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
