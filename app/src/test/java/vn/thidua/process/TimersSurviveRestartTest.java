package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.thidua.support.ChildApplication;
import vn.thidua.support.EngineRest;
import vn.thidua.support.RemoteDemoPlan;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * A unit's deadline timer set before a restart fires after it: the application really stops (its
 * own JVM, SIGTERM as on Ctrl-C) and starts again on the same database, and the restarted job
 * executor runs the timer. Drives everything over the engine REST API as the right users.
 */
class TimersSurviveRestartTest {

    private static final Path DIR = Path.of("target/restart-test");
    private ChildApplication app;
    private EngineRest rest;
    private int runs;

    @AfterEach
    void stop() throws InterruptedException {
        if (app != null) {
            app.stop();
        }
        // The application stops its MariaDB as it shuts down; under load the server may still be
        // releasing the data directory when the JVM is gone. Never start the next run before that.
        ChildApplication.awaitNoProcessUsing(DIR);
    }

    @Test
    void aDeadlineTimerSetBeforeARestartFiresAfterIt() throws Exception {
        FileSystemUtils.deleteRecursively(DIR);
        start();
        // The demo plan: draft → review → chairman → issue; then 28 unit instances with their timers.
        RemoteDemoPlan.issue(rest);
        String job = EngineRest.await("the launch deadline timer", Duration.ofSeconds(60), () -> {
            var jobs = rest.get("admin", "/engine-rest/job?activityId=" + UnitCampaignModel.TIMER_EVENT_LAUNCH_OVERDUE + "&maxResults=1");
            return jobs.isEmpty() ? null : jobs.get(0).path("id").asText();
        });
        String dueBefore = dueDate(job);
        assertThat(rest.count("/engine-rest/history/activity-instance/count?activityId=" + UnitCampaignModel.SERVICE_TASK_MARK_LAUNCH_OVERDUE + "")).isZero();

        stop();
        start();

        // The timer outlived the restart with its due date; when that date comes, the restarted
        // node's job executor runs it (the date is brought forward instead of waiting days).
        assertThat(dueDate(job)).isEqualTo(dueBefore);
        String now = OffsetDateTime.now().minusSeconds(1).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
        rest.call("admin", "PUT", "/engine-rest/job/" + job + "/duedate", "{\"duedate\":\"" + now + "\"}");
        Instant end = Instant.now().plus(Duration.ofSeconds(120));
        while (rest.count("/engine-rest/history/activity-instance/count?activityId=" + UnitCampaignModel.SERVICE_TASK_MARK_LAUNCH_OVERDUE + "&finished=true") == 0) {
            assertThat(Instant.now()).as("timer fired after restart").isBefore(end);
            Thread.sleep(1000);
        }
        // The unit's task is still open (the timer is non-interrupting).
        assertThat(rest.count("/engine-rest/task/count?taskDefinitionKey=" + UnitCampaignModel.USER_TASK_REPORT_LAUNCH)).isEqualTo(28);
    }

    private String dueDate(String jobId) throws Exception {
        String due = rest.get("admin", "/engine-rest/job/" + jobId).path("dueDate").asText(null);
        assertThat(due).as("job " + jobId + " has a due date").isNotNull();
        return due;
    }

    /** The demo run's entry point on its own embedded MariaDB, whose data stays in DIR between runs. */
    private void start() throws Exception {
        // Each run's output is kept for diagnosis: target/restart-test/app-N.log.
        app = ChildApplication.start("vn.thidua.DemoApplication",
                List.of("--thidua.embedded-db.dir=" + DIR.resolve("db").toAbsolutePath(), "--thidua.embedded-db.port=0",
                        "--thidua.data-dir=" + DIR.resolve("data").toAbsolutePath()),
                Map.of(), DIR.resolve("app-" + (++runs) + ".log"));
        rest = new EngineRest(app.port());
    }
}
