package vn.thidua.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;

/**
 * The engine REST API over HTTP with Basic auth, as an official's script (or a browser's devtools)
 * would call it: the same filter, authentication and exception mapping as in production. Not a
 * bean: the tests that start the application in a child JVM scan this package without a
 * TestRestTemplate.
 */
public class EngineRestCalls {

    public static final String PASSWORD = "demo";

    /**
     * How the engine REST API answers refused input (an InvalidInputException, thrown by a task's
     * listener or by UserCallGuard): 400 with our sentence through the project's error contract
     * for the engine REST API; Camunda alone answers any exception it does not know with 500 and
     * the message. Until that contract is on this branch, tests accept Camunda's answer.
     */
    public static final HttpStatus REFUSED_INPUT = ClassUtils.isPresent("vn.thidua.common.web.ErrorContract",
            EngineRestCalls.class.getClassLoader()) ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;

    private final TestRestTemplate http;

    public EngineRestCalls(TestRestTemplate http) {
        this.http = http;
    }

    /** {"name": {"value": v}, ...} out of name, value, name, value... */
    public static Map<String, Object> variables(Object... nameValues) {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            Map<String, Object> value = new LinkedHashMap<>();
            value.put("value", nameValues[i + 1]);
            variables.put((String) nameValues[i], value);
        }
        return variables;
    }

    public ResponseEntity<String> claim(String user, String taskId) {
        return post(user, "/engine-rest/task/" + taskId + "/claim", Map.of("userId", user));
    }

    public ResponseEntity<String> complete(String user, String taskId, Map<String, Object> variables) {
        return post(user, "/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    public ResponseEntity<String> submitForm(String user, String taskId, Map<String, Object> variables) {
        return post(user, "/engine-rest/task/" + taskId + "/submit-form", Map.of("variables", variables));
    }

    /** PUT /task/{id}/variables/{name} (or localVariables). */
    public ResponseEntity<String> putTaskVariable(String user, String taskId, boolean local, String name, Object value) {
        return http.withBasicAuth(user, PASSWORD).exchange("/engine-rest/task/" + taskId + (local ? "/localVariables/" : "/variables/")
                + name, HttpMethod.PUT, new HttpEntity<>(Map.of("value", value)), String.class);
    }

    public ResponseEntity<String> start(String user, String processKey, Map<String, Object> body) {
        return post(user, "/engine-rest/process-definition/key/" + processKey + "/start", body);
    }

    public ResponseEntity<String> submitStartForm(String user, String processKey, Map<String, Object> variables) {
        return post(user, "/engine-rest/process-definition/key/" + processKey + "/submit-form", Map.of("variables", variables));
    }

    public ResponseEntity<String> post(String user, String path, Object body) {
        return http.withBasicAuth(user, PASSWORD).postForEntity(path, body, String.class);
    }
}
