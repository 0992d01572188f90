package vn.thidua.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.support.EngineRest;
import vn.thidua.support.TypedValues;

/**
 * Unit heads sending their reports at the same time over the engine REST API
 * ({@code POST /engine-rest/task/{id}/complete}, HTTP Basic as the head), each unit through its
 * own report tasks in order, and the record of what every submission got back: an answer, or none
 * because the application died with the request in flight.
 */
final class ReportSubmissions {

    /** Report task → the kind of row it stores in unit_report. */
    static final Map<String, String> KIND_OF_TASK = Map.of(
            "userTask_reportLaunch", "LAUNCH", "userTask_reportInterim", "INTERIM", "userTask_reportFinal", "FINAL");

    /** A unit as its head sees it: the unitCampaign instance and the targets its form asks for. */
    record Unit(String code, String head, String processInstanceId, List<String> targetCodes) {
    }

    /**
     * One completion sent. {@code status} 0 = no answer ({@code failure} says why); an answer
     * below 300 is an acknowledgement, anything else a refusal.
     */
    record Submission(Unit unit, String taskId, String taskKey, long sentAt, int status, String failure) {
        boolean acknowledged() {
            return status >= 200 && status < 300;
        }

        boolean answered() {
            return status != 0;
        }

        String kind() {
            return KIND_OF_TASK.get(taskKey);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EngineRest rest;
    private final ExecutorService workers;
    private final int threads;
    private final ConcurrentLinkedQueue<Unit> queue = new ConcurrentLinkedQueue<>();
    private final List<Submission> sent = Collections.synchronizedList(new ArrayList<>());
    /** Anything else that went wrong while the application was up (a query failing, say). */
    private final List<String> errors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean stopping;

    ReportSubmissions(EngineRest rest, int threads) {
        this.rest = rest;
        this.threads = threads;
        // Daemon threads: a failing test must not leave workers holding its JVM open.
        this.workers = Executors.newFixedThreadPool(threads, work -> {
            Thread thread = new Thread(work, "report-submission");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Starts the workers on these units and returns at once. */
    void start(List<Unit> units) {
        queue.addAll(units);
        for (int i = 0; i < threads; i++) {
            workers.submit(this::work);
        }
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** Completions sent whose answer has not come yet. */
    int inFlight() {
        return inFlight.get();
    }

    /** No new unit, no new report once this returns (the requests already sent stay in flight). */
    void stopSending() {
        stopping = true;
    }

    /** Waits for every worker to end; returns every submission sent, in no particular order. */
    List<Submission> awaitEnd(Duration timeout) throws InterruptedException {
        workers.shutdown();
        if (!workers.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            workers.shutdownNow();
            throw new AssertionError("Report submissions still running after " + timeout);
        }
        return List.copyOf(sent);
    }

    List<String> errors() {
        return List.copyOf(errors);
    }

    private void work() {
        Unit unit;
        while (!stopping && (unit = queue.poll()) != null) {
            try {
                String[] task = nextReportTask(unit);
                while (task != null && !stopping) {
                    if (!submit(unit, task[0], task[1]).acknowledged()) {
                        break;
                    }
                    task = nextReportTask(unit);
                }
            } catch (Exception e) {
                if (!stopping) {
                    errors.add(unit.code() + ": " + e);
                }
            }
        }
    }

    /** {taskId, taskDefinitionKey} of the unit's open report task, as its head's Tasklist shows it; null when none. */
    private String[] nextReportTask(Unit unit) throws Exception {
        for (JsonNode task : rest.get(unit.head(), "/engine-rest/task?processInstanceId=" + unit.processInstanceId())) {
            String key = task.path("taskDefinitionKey").asText();
            if (KIND_OF_TASK.containsKey(key)) {
                return new String[] {task.path("id").asText(), key};
            }
        }
        return null;
    }

    /**
     * Completes the task as the unit head with what the form would send. No claim first: a
     * candidate may complete, and the submission under test is this one request.
     */
    private Submission submit(Unit unit, String taskId, String taskKey) throws InterruptedException {
        String body = "{\"variables\":" + variables(unit, taskKey) + "}";
        long sentAt = System.nanoTime();
        inFlight.incrementAndGet();
        Submission submission;
        try {
            HttpResponse<String> response = rest.exchange(unit.head(), "POST", "/engine-rest/task/" + taskId + "/complete", body);
            submission = new Submission(unit, taskId, taskKey, sentAt, response.statusCode(),
                    response.statusCode() < 300 ? null : response.body());
        } catch (IOException noAnswer) {
            submission = new Submission(unit, taskId, taskKey, sentAt, 0, noAnswer.toString());
        } finally {
            inFlight.decrementAndGet();
        }
        sent.add(submission);
        if (submission.acknowledged()) {
            acknowledged.incrementAndGet();
        }
        return submission;
    }

    private static String variables(Unit unit, String taskKey) {
        ObjectNode variables = JSON.createObjectNode();
        if ("userTask_reportLaunch".equals(taskKey)) {
            variables.putObject("launchedOn").put("value", LocalDate.now(VietnameseDates.VIETNAM).toString());
            variables.putObject("launchForm").put("value", "Hội nghị phát động thi đua toàn đơn vị");
            variables.putObject("participants").put("value", "42");
            return variables.toString();
        }
        ArrayNode values = JSON.createArrayNode();
        unit.targetCodes().forEach(code -> values.addObject().put("code", code).put("value", TypedValues.thachKhoi(code)));
        // A Json variable, as the embedded form sends it.
        variables.putObject("targetValues").put("value", values.toString()).put("type", "Json");
        variables.putObject("examples").put("value", "Tổ trưởng Nguyễn Văn Hải vận động 100% hộ gia đình tham gia.");
        return variables.toString();
    }
}
