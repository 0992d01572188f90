package vn.thidua.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Callable;

/**
 * The engine REST API (and our own API) of an application running in another JVM, called as the
 * demo's users with HTTP Basic, as Tasklist's users and scripts do.
 */
public final class EngineRest {

    /** Every demo login's password (the demo profile's default). */
    public static final String DEMO_PASSWORD = "demo";

    private static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1 and no retry of POST (the JDK client retries only idempotent methods by default):
    // a submission that got no answer was sent once, and tests that count answers rely on that.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public EngineRest(int port) {
        this.port = port;
    }

    /**
     * One request, whatever the answer; an {@link IOException} means none came (refused
     * connection, or the application died while the request was in flight).
     */
    public HttpResponse<String> exchange(String user, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(120))
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** A request that must succeed; its JSON answer (an empty node for 204). */
    public JsonNode call(String user, String method, String path, String json) throws Exception {
        HttpResponse<String> response = exchange(user, method, path, json);
        if (response.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " as " + user + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    public JsonNode get(String user, String path) throws Exception {
        return call(user, "GET", path, null);
    }

    /** A count endpoint ({@code .../count?...}) read as the administrator. */
    public long count(String path) throws Exception {
        return get("admin", path).path("count").asLong(-1);
    }

    /**
     * The first task of that activity the user sees, waiting for it: right after start-up the demo
     * data may still be loading (logins refused; a first run also generates the demo signing keys,
     * over a minute on two busy cores), and async steps may still be running.
     */
    public String awaitTask(String user, String taskDefinitionKey) throws Exception {
        return await(user + " sees a task " + taskDefinitionKey, Duration.ofSeconds(180), () -> {
            HttpResponse<String> response = exchange(user, "GET", "/engine-rest/task?taskDefinitionKey=" + taskDefinitionKey, null);
            if (response.statusCode() != 200) {
                return null;
            }
            JsonNode tasks = JSON.readTree(response.body());
            return tasks.isEmpty() ? null : tasks.get(0).path("id").asText();
        });
    }

    /** Claims the task and completes it with the variables (engine REST JSON), as Tasklist does. */
    public void complete(String user, String taskId, String variables) throws Exception {
        call(user, "POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
        call(user, "POST", "/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variables + "}");
    }

    /** {@code {"name":{"value":"..."},...}} for the engine REST API, from name-value pairs. */
    public static String variables(String... namesAndValues) {
        var node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.putObject(namesAndValues[i]).put("value", namesAndValues[i + 1]);
        }
        return node.toString();
    }

    public static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + json, e);
        }
    }

    /** Polls until {@code fetch} gives a value (not null), failing after the timeout. */
    public static <T> T await(String what, Duration timeout, Callable<T> fetch) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (true) {
            T value = fetch.call();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Waited " + timeout + " for: " + what);
            }
            Thread.sleep(300);
        }
    }
}
