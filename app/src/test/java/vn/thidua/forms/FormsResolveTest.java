package vn.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/** Every user task has a form that is deployed (Camunda Forms) or served (embedded forms). */
@IntegrationTest
class FormsResolveTest {

    @Autowired RepositoryService repository;
    @Autowired FormService forms;
    @Autowired TestRestTemplate http;
    @Autowired PlanDriver driver;
    @Autowired Officials officials;

    @Test
    void everyUserTaskHasAFormThatResolves() {
        List<String> checked = new ArrayList<>();
        for (String key : List.of(PlanLifecycleModel.PROCESS_KEY, UnitCampaignModel.PROCESS_KEY)) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
            BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                String formKey = task.getCamundaFormKey();
                String formRef = task.getCamundaFormRef();
                assertThat(formKey != null || formRef != null).as(task.getId() + " has a form").isTrue();
                if (formKey != null) {
                    assertThat(formKey).startsWith("embedded:app:forms/");
                    String path = "/" + formKey.substring("embedded:app:".length());
                    ResponseEntity<String> page = http.withBasicAuth("diep.tn", "demo").getForEntity(path, String.class);
                    assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
                    assertThat(page.getBody()).as(path).contains("cam-");
                } else {
                    assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
                    assertThat(deployedForm(definition.getDeploymentId(), formRef)).as(formRef).contains("\"id\": \"" + formRef + "\"");
                }
                checked.add(task.getId());
            }
        }
        // 18 of the plan's lifecycle (the award round's review, meeting, ballots, end of voting and Biên bản
        // included) and 5 of a unit's part: a task added without a form fails above, one removed here.
        assertThat(checked).hasSize(23);
    }

    @Test
    void theReviewTasksCamundaFormIsTheOneTasklistLoads() throws IOException {
        PlanDriver.Started s = driver.draft("tdp-10");
        officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());
        String taskId = officials.visibleTasks(PlanDriver.VICE_CHAIRMAN, s.processInstanceId()).get(0).getId();
        try (InputStream form = officials.as(PlanDriver.VICE_CHAIRMAN, () -> forms.getDeployedTaskForm(taskId))) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("review-decision").contains("decision");
        }
    }

    private String deployedForm(String deploymentId, String formId) {
        for (String name : repository.getDeploymentResourceNames(deploymentId)) {
            if (name.endsWith(".form")) {
                try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
                    String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    if (json.contains("\"id\": \"" + formId + "\"")) {
                        return json;
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return "";
    }
}
