package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;
import vn.thidua.process.ReportLedger.Snapshot;
import vn.thidua.process.ReportSubmissions.Submission;
import vn.thidua.process.ReportSubmissions.Unit;
import vn.thidua.support.ChildApplication;
import vn.thidua.support.EmbeddedMariaDb;
import vn.thidua.support.EngineRest;
import vn.thidua.support.RemoteDemoPlan;

/**
 * Issue 9: the application killed (SIGKILL) while unit heads submit reports concurrently loses no
 * acknowledged report and leaves none half done. The real application runs in its own JVM on a
 * MariaDB that is a separate process, as in production, so the database outlives the crash and the
 * restart finds exactly what the server had committed: every acknowledged submission stored once
 * with its task completed, every other one either the same (committed, answer lost) or not stored
 * with its task still open; no incident, no failed job; and the open tasks complete normally.
 */
class CrashRecoveryTest {

    private static final Path DIR = Path.of("target/crash-test");
    private static final String DATABASE = "thidua_crash";
    /** The Thạch Khôi demo ward's units: 28 launch and 28 final reports to send. */
    private static final int UNITS = 28;
    private static final int THREADS = 6;
    /** The kill comes once this many of the 56 reports are acknowledged: about half-way. */
    private static final int KILL_AFTER_ACKNOWLEDGED = 24;

    private EmbeddedMariaDb db;
    private ChildApplication app;
    private int runs;

    @AfterEach
    void cleanUp() throws Exception {
        try {
            if (app != null) {
                app.stop();
            }
        } finally {
            try {
                if (db != null) {
                    db.stop();
                }
            } finally {
                // Nothing of this test may outlive it: no JVM, no mysqld on its directory.
                ChildApplication.awaitNoProcessUsing(DIR);
            }
        }
    }

    @Test
    void afterAKillMidSubmissionEveryAcknowledgedReportIsStoredOnceAndEveryOtherIsWholeOrStillOpen() throws Exception {
        FileSystemUtils.deleteRecursively(DIR);
        db = EmbeddedMariaDb.start(DIR.resolve("db").toAbsolutePath().toFile(), 0);
        db.createDatabase(DATABASE, true);
        ReportLedger ledger = new ReportLedger(db.jdbcUrl(DATABASE), db.username(), db.password());
        EngineRest rest = start();
        RemoteDemoPlan.issue(rest);
        List<Unit> units = awaitUnitsAskedForTheirLaunchReport(rest);
        long planId = ledger.onlyPlanId();

        ReportSubmissions submissions = new ReportSubmissions(rest, THREADS);
        submissions.start(units);
        awaitKillMoment(submissions);
        submissions.stopSending();
        long killedAt = System.nanoTime();
        app.kill();
        List<Submission> sent = submissions.awaitEnd(Duration.ofSeconds(60));

        assertThat(submissions.errors()).as("failures other than the kill").isEmpty();
        assertThat(sent).as("reports refused while the application was up").allMatch(s -> !s.answered() || s.acknowledged());
        assertThat(sent).as("completions in flight when the application was killed")
                .anyMatch(s -> !s.answered() && s.sentAt() < killedAt);

        // What the crash left in the database, once the server has rolled back the dead sessions.
        ledger.awaitNoOtherSessions(Duration.ofSeconds(60));
        Snapshot crashed = ledger.read(planId);
        List<String> stillOpen = sent.stream().filter(s -> crashed.openTaskIds().contains(s.taskId())).map(Submission::taskId).toList();
        System.out.printf("CrashRecoveryTest: %d reports sent before the kill, %d acknowledged, %d unanswered"
                + " (%d of them committed, %d still open)%n", sent.size(), sent.stream().filter(Submission::acknowledged).count(),
                sent.stream().filter(s -> !s.answered()).count(),
                sent.stream().filter(s -> !s.answered() && crashed.completedTaskIds().contains(s.taskId())).count(), stillOpen.size());
        assertWholeOrOpen(crashed, sent);

        EngineRest restarted = start();
        assertThat(restarted.count("/engine-rest/incident/count")).as("incidents after the restart").isZero();
        assertThat(restarted.count("/engine-rest/job/count?withException=true")).as("failed jobs after the restart").isZero();
        assertThat(restarted.count("/engine-rest/job/count?noRetriesLeft=true")).as("jobs out of retries").isZero();
        assertThat(ledger.incidents()).as("rows in ACT_RU_INCIDENT").isZero();
        assertThat(ledger.failedJobs()).as("failed jobs in ACT_RU_JOB").isZero();
        Snapshot afterRestart = ledger.read(planId);
        assertThat(afterRestart.units().values()).as("the restart changes no report")
                .extracting(ReportLedger.Unit::reports).isEqualTo(crashed.units().values().stream().map(ReportLedger.Unit::reports).toList());
        assertWholeOrOpen(afterRestart, sent);

        // Every report still open is sent normally after the restart, and the plan moves on.
        ReportSubmissions remaining = new ReportSubmissions(restarted, THREADS);
        remaining.start(units);
        List<Submission> after = remaining.awaitEnd(Duration.ofSeconds(120));
        assertThat(remaining.errors()).isEmpty();
        assertThat(after).as("reports sent after the restart").isNotEmpty().allMatch(Submission::acknowledged)
                .extracting(Submission::taskId).as("the tasks the crash left open, completed after the restart").containsAll(stillOpen);
        EngineRest.await("the plan waits for consolidation", Duration.ofSeconds(60),
                () -> restarted.count("/engine-rest/task/count?taskDefinitionKey=userTask_consolidate") == 1 ? true : null);
        Snapshot done = ledger.read(planId);
        assertThat(done.units().values()).allSatisfy(unit -> {
            assertThat(unit.reports()).extracting(ReportLedger.Report::kind, ReportLedger.Report::version)
                    .containsExactlyInAnyOrder(tuple("LAUNCH", 1), tuple("FINAL", 1));
            assertThat(unit.status()).isEqualTo("REPORTED");
        });
        assertThat(done.finalPending()).isZero();
        assertThat(ledger.incidents()).as("incidents").isZero();
        assertThat(ledger.failedJobs()).as("failed jobs").isZero();
    }

    /**
     * No half state anywhere in the plan, and each submission's outcome is the one its answer
     * promised: acknowledged → stored once (by its head) with its task completed; unanswered →
     * the same, or nothing stored and the task still open.
     */
    private static void assertWholeOrOpen(Snapshot state, List<Submission> sent) {
        SoftAssertions soft = new SoftAssertions();
        soft.assertThat(state.units()).as("unit campaigns").hasSize(UNITS);
        long finals = 0;
        for (ReportLedger.Unit unit : state.units().values()) {
            for (String kind : ReportSubmissions.KIND_OF_TASK.values()) {
                soft.assertThat(unit.reports(kind)).as(unit.code() + ": " + kind + " report rows = completed report tasks")
                        .isEqualTo(unit.completedTasks(kind)).isLessThanOrEqualTo(1);
            }
            boolean reported = unit.reports("FINAL") == 1;
            finals += reported ? 1 : 0;
            // The instance never loses its place: until the final report it waits at one report task.
            soft.assertThat(unit.openTaskKeys()).as(unit.code() + ": open report tasks")
                    .hasSize(reported ? 0 : 1);
            soft.assertThat(unit.status()).as(unit.code() + ": campaign status")
                    .isEqualTo(reported ? "REPORTED" : unit.reports("LAUNCH") == 1 ? "LAUNCHED" : "STARTED");
        }
        soft.assertThat(state.finalPending()).as("plan's count of final reports still expected")
                .isEqualTo(state.unitsTotal() - finals);
        for (Submission s : sent) {
            ReportLedger.Unit unit = state.units().get(s.unit().processInstanceId());
            boolean completed = state.completedTaskIds().contains(s.taskId());
            boolean open = state.openTaskIds().contains(s.taskId());
            long rows = unit.reports(s.kind());
            String what = s.unit().code() + " " + s.kind() + (s.acknowledged() ? " (acknowledged)" : " (unanswered)")
                    + String.format(" [found %d report rows, task completed: %b, task open: %b]", rows, completed, open);
            if (s.acknowledged()) {
                soft.assertThat(completed && !open && rows == 1).as(what + ": stored once, task completed").isTrue();
            } else {
                soft.assertThat((completed && !open && rows == 1) || (open && !completed && rows == 0))
                        .as(what + ": stored with its task completed, or not stored with its task open").isTrue();
            }
            if (rows == 1) {
                soft.assertThat(unit.reports()).filteredOn(r -> r.kind().equals(s.kind()))
                        .extracting(ReportLedger.Report::submittedBy).as(what + ": submitted by").containsExactly(s.unit().head());
            }
        }
        soft.assertAll();
    }

    /** About half-way, and with completions on the wire so that the kill interrupts some. */
    private static void awaitKillMoment(ReportSubmissions submissions) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(120));
        while (submissions.acknowledged() < KILL_AFTER_ACKNOWLEDGED || submissions.inFlight() < THREADS / 2) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("only " + submissions.acknowledged() + " reports acknowledged after two minutes; errors: "
                        + submissions.errors());
            }
            Thread.sleep(2);
        }
    }

    /**
     * Once the fan-out jobs are done, every unit with its launch task: its head (the candidate
     * group's member) and the targets its final-report form asks for, read as the administrator.
     */
    private static List<Unit> awaitUnitsAskedForTheirLaunchReport(EngineRest rest) throws Exception {
        EngineRest.await(UNITS + " launch report tasks", Duration.ofSeconds(120), () ->
                rest.count("/engine-rest/task/count?processDefinitionKey=unitCampaign&taskDefinitionKey=userTask_reportLaunch") == UNITS
                        && rest.count("/engine-rest/job/count?executable=true") == 0 ? true : null);
        List<Unit> units = new ArrayList<>();
        for (JsonNode task : rest.get("admin", "/engine-rest/task?processDefinitionKey=unitCampaign&taskDefinitionKey=userTask_reportLaunch")) {
            String pi = task.path("processInstanceId").asText();
            String businessKey = rest.get("admin", "/engine-rest/process-instance/" + pi).path("businessKey").asText();
            String group = rest.get("admin", "/engine-rest/task/" + task.path("id").asText() + "/identity-links?type=candidate")
                    .get(0).path("groupId").asText();
            String head = rest.get("admin", "/engine-rest/user?memberOfGroup=" + EngineRest.query(group)).get(0).path("id").asText();
            JsonNode targets = rest.get("admin", "/engine-rest/process-instance/" + pi + "/variables/reportTargets?deserializeValue=false")
                    .path("value");
            List<String> codes = new ArrayList<>();
            (targets.isTextual() ? EngineRest.parse(targets.asText()) : targets).forEach(t -> codes.add(t.path("code").asText()));
            units.add(new Unit(businessKey.substring(businessKey.indexOf(':') + 1), head, pi, codes));
        }
        assertThat(units).hasSize(UNITS);
        return units;
    }

    /**
     * The production entry point with the demo profile, configured by environment as in production
     * and pointed at the test's own MariaDB: the database is not the application's to start or stop.
     */
    private EngineRest start() throws Exception {
        app = ChildApplication.start("vn.thidua.ThiDuaApplication", List.of("--spring.profiles.active=demo"),
                Map.of("DB_URL", db.jdbcUrl(DATABASE), "DB_USER", db.username(), "DB_PASSWORD", db.password(),
                        "THIDUA_DATA_DIR", DIR.resolve("data").toAbsolutePath().toString()),
                DIR.resolve("app-" + (++runs) + ".log"));
        return new EngineRest(app.port());
    }
}
