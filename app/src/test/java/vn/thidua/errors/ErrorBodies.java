package vn.thidua.errors;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;

/** What every error answer must (not) carry, whoever produced it. */
final class ErrorBodies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    /** Asserts the status and that nothing internal leaks; returns the parsed JSON body. */
    static JsonNode refused(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        nothingInternal(response.body());
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    static void nothingInternal(String body) {
        assertThat(body).doesNotContain("ENGINE-", "Exception", "SQL", "java.", "org.camunda", "vn.thidua",
                "Cannot submit task form", "Cannot complete task", "No value present");
    }
}
