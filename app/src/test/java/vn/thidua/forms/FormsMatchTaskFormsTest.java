package vn.thidua.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import vn.thidua.workflow.guard.TaskForms;

/**
 * The allow-list (TaskForms) says exactly what the forms say: for every user task of both models,
 * the form it names, the fields it submits (Camunda Forms' keys; embedded forms' cam-variable-name
 * inputs and the lists their script writes) and the variables it fetches to show. A field added to
 * a form without the list (or the other way round) fails here, not in front of an official.
 */
class FormsMatchTaskFormsTest {

    private static final List<String> MODELS = List.of("processes/plan-lifecycle.bpmn", "processes/unit-campaign.bpmn");
    private static final Pattern FIELD = Pattern.compile("cam-variable-name=\"(\\w+)\"");
    private static final Pattern WRITTEN = Pattern.compile("write(?:Json|String|Secret)\\('(\\w+)'");
    private static final Pattern FETCHED_ONE = Pattern.compile("fetchVariable\\('(\\w+)'\\)");
    private static final Pattern FETCHED_LIST = Pattern.compile("\\[([^\\]]*)\\]\\.forEach\\(function \\(n\\) \\{ vm\\.fetchVariable\\(n\\)");

    @Test
    void everyUserTaskAcceptsWhatItsFormSubmitsAndShowsWhatItFetches() throws IOException {
        Set<String> tasks = new HashSet<>();
        for (String model : MODELS) {
            BpmnModelInstance bpmn = Bpmn.readModelFromStream(resource(model));
            for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
                tasks.add(task.getId());
                TaskForms.Form listed = TaskForms.of(task.getId()).orElseThrow(() -> new AssertionError(task.getId() + " is not in TaskForms"));
                Form actual = task.getCamundaFormKey() != null ? embedded(task.getCamundaFormKey()) : camundaForm(task.getCamundaFormRef());
                assertThat(listed.form()).as(task.getId()).isEqualTo(actual.path());
                assertThat(listed.fields()).as(task.getId() + " fields").containsExactlyInAnyOrderElementsOf(actual.fields());
                assertThat(listed.shown()).as(task.getId() + " shown").containsExactlyInAnyOrderElementsOf(actual.shown());
            }
        }
        assertThat(TaskForms.taskKeys()).containsExactlyInAnyOrderElementsOf(tasks);
    }

    @Test
    void thePlansStartFormIsTheListedOne() throws IOException {
        BpmnModelInstance bpmn = Bpmn.readModelFromStream(resource(MODELS.get(0)));
        StartEvent start = bpmn.getModelElementsByType(StartEvent.class).iterator().next();
        Form actual = embedded(start.getCamundaFormKey());
        assertThat(TaskForms.PLAN_START.form()).isEqualTo(actual.path());
        assertThat(TaskForms.PLAN_START.fields()).containsExactlyInAnyOrderElementsOf(actual.fields());
        assertThat(actual.shown()).isEmpty();
    }

    private record Form(String path, Set<String> fields, Set<String> shown) {
    }

    /** "embedded:app:forms/draft-plan.html" → static/forms/draft-plan.html. */
    private static Form embedded(String formKey) throws IOException {
        String path = "static/" + formKey.substring("embedded:app:".length());
        String html = text(path);
        Set<String> fields = all(FIELD, html);
        fields.addAll(all(WRITTEN, html));
        Set<String> fetched = all(FETCHED_ONE, html);
        Matcher lists = FETCHED_LIST.matcher(html);
        while (lists.find()) {
            for (String name : lists.group(1).split(",")) {
                fetched.add(name.strip().replace("'", ""));
            }
        }
        fetched.removeAll(fields);
        return new Form(path, fields, fetched);
    }

    private static Form camundaForm(String formRef) throws IOException {
        String path = "processes/forms/" + formRef + ".form";
        JsonNode form = new ObjectMapper().readTree(text(path));
        Set<String> keys = new LinkedHashSet<>();
        form.get("components").forEach(c -> {
            if (c.hasNonNull("key")) {
                keys.add(c.get("key").asText());
            }
        });
        return new Form(path, keys, Set.of());
    }

    private static Set<String> all(Pattern pattern, String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String text(String path) throws IOException {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = FormsMatchTaskFormsTest.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new AssertionError("Not on the classpath: " + path);
        }
        return in;
    }
}
