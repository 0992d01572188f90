package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * A unit's deadline timer set before a restart fires after it: the application really stops (its
 * own JVM, SIGTERM as on Ctrl-C) and starts again on the same database, and the restarted job
 * executor runs the timer. Drives everything over the engine REST API as the right users.
 */
class TimersSurviveRestartTest {

    private static final Path DIR = Path.of("target/restart-test");
    private final HttpClient http = HttpClient.newHttpClient();
    private Process app;
    private int port;
    private int runs;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null && app.isAlive()) {
            app.destroy();
            app.waitFor();
        }
        // The application stops its MariaDB as it shuts down; under load the server may still be
        // releasing the data directory when the JVM is gone. Never start the next run before that.
        String dataDir = DIR.toAbsolutePath().toString();
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (ProcessHandle.allProcesses().anyMatch(p -> p.info().commandLine().map(c -> c.contains(dataDir)).orElse(false))) {
            if (Instant.now().isAfter(end)) {
                ProcessHandle.allProcesses().filter(p -> p.info().commandLine().map(c -> c.contains(dataDir)).orElse(false))
                        .forEach(ProcessHandle::destroyForcibly);
            }
            Thread.sleep(200);
        }
    }

    @Test
    void aDeadlineTimerSetBeforeARestartFiresAfterIt() throws Exception {
        FileSystemUtils.deleteRecursively(DIR);
        start();
        // The demo plan: draft → review → chairman → issue; then 28 unit instances with their timers.
        complete("diep.tn", task("diep.tn", PlanLifecycleModel.USER_TASK_DRAFT_PLAN), "{}");
        complete("hang.vtt", task("hang.vtt", PlanLifecycleModel.USER_TASK_REVIEW_PLAN), "{\"decision\":{\"value\":\"approve\"}}");
        // The chairman signs (server-held demo key) through our API, which completes his task.
        String signTask = task("khang.pm", PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN);
        Matcher document = Pattern.compile("\"value\":(\\d+)").matcher(get("khang.pm", "/engine-rest/task/" + signTask + "/variables/documentId"));
        assertThat(document.find()).isTrue();
        send("khang.pm", "POST", "/api/documents/" + document.group(1) + "/signature", null);
        complete("ngoc.ntb", task("ngoc.ntb", PlanLifecycleModel.USER_TASK_ISSUE_PLAN),
                "{\"issueDate\":{\"value\":\"" + LocalDate.now() + "\"}}");
        String job = awaitValue(() -> firstId(get("admin", "/engine-rest/job?activityId=" + UnitCampaignModel.TIMER_EVENT_LAUNCH_OVERDUE + "&maxResults=1")));
        String dueBefore = dueDate(job);
        assertThat(count("/engine-rest/history/activity-instance/count?activityId=" + UnitCampaignModel.SERVICE_TASK_MARK_LAUNCH_OVERDUE)).isZero();

        stop();
        start();

        // The timer outlived the restart with its due date; when that date comes, the restarted
        // node's job executor runs it (the date is brought forward instead of waiting days).
        assertThat(dueDate(job)).isEqualTo(dueBefore);
        String now = OffsetDateTime.now().minusSeconds(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        send("admin", "PUT", "/engine-rest/job/" + job + "/duedate", "{\"duedate\":\"" + now + "\"}");
        Instant end = Instant.now().plus(Duration.ofSeconds(120));
        while (count("/engine-rest/history/activity-instance/count?activityId=" + UnitCampaignModel.SERVICE_TASK_MARK_LAUNCH_OVERDUE + "&finished=true") == 0) {
            assertThat(Instant.now()).as("timer fired after restart").isBefore(end);
            Thread.sleep(1000);
        }
        // The unit's task is still open (the timer is non-interrupting).
        assertThat(count("/engine-rest/task/count?taskDefinitionKey=" + UnitCampaignModel.USER_TASK_REPORT_LAUNCH)).isEqualTo(28);
    }

    private String dueDate(String jobId) throws Exception {
        Matcher m = Pattern.compile("\"dueDate\":\"([^\"]+)\"").matcher(get("admin", "/engine-rest/job/" + jobId));
        assertThat(m.find()).as("job " + jobId + " exists").isTrue();
        return m.group(1);
    }

    private void start() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "vn.thidua.DemoApplication",
                "--server.port=" + port, "--thidua.embedded-db.dir=" + DIR.resolve("db").toAbsolutePath(),
                "--thidua.embedded-db.port=0", "--thidua.data-dir=" + DIR.resolve("data").toAbsolutePath(),
                "--logging.level.root=WARN", "--logging.level.vn.thidua=INFO"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        // The child runs on its own embedded server: with CI's TEST_DB_URL it would recreate the
        // shared test database at each start, under this test and every test after it.
        builder.environment().keySet().removeIf(name -> name.startsWith("TEST_DB_"));
        app = builder.start();
        // Each run's output is kept for diagnosis: target/restart-test/app-N.log.
        java.nio.file.Files.createDirectories(DIR);
        java.io.PrintWriter log = new java.io.PrintWriter(java.nio.file.Files.newBufferedWriter(
                DIR.resolve("app-" + (++runs) + ".log"), StandardCharsets.UTF_8), true);
        CompletableFuture<Boolean> started = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    log.println(line);
                    if (line.contains("Started ThiDuaApplication")) {
                        started.complete(true);
                    }
                }
            } catch (IOException ignored) {
                // process ended
            }
            log.close();
            started.complete(false);
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(started.get(180, java.util.concurrent.TimeUnit.SECONDS)).as("application started").isTrue();
    }

    /** Waits for the task: right after start-up the demo data may still be loading (logins refused). */
    private String task(String user, String key) throws Exception {
        return awaitValue(() -> {
            HttpResponse<String> response = http.send(request(user, "GET", "/engine-rest/task?taskDefinitionKey=" + key, null),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? firstId(response.body()) : null;
        });
    }

    private void complete(String user, String taskId, String variables) throws Exception {
        send(user, "POST", "/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user + "\"}");
        send(user, "POST", "/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variables + "}");
    }

    private long count(String path) throws Exception {
        Matcher m = Pattern.compile("\"count\":(\\d+)").matcher(get("admin", path));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private String get(String user, String path) throws Exception {
        return send(user, "GET", path, null);
    }

    private String send(String user, String method, String path, String json) throws Exception {
        HttpResponse<String> response = http.send(request(user, method, path, json), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isLessThan(300);
        return response.body();
    }

    private HttpRequest request(String user, String method, String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static String firstId(String json) {
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private interface Fetch {
        String get() throws Exception;
    }

    private static String awaitValue(Fetch fetch) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            String value = fetch.get();
            if (value != null) {
                return value;
            }
            assertThat(Instant.now()).as("value appeared").isBefore(end);
            Thread.sleep(300);
        }
    }
}
