package vn.thidua.process;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database holds about a plan's unit reports, read straight from the tables while the
 * application is down or up: our rows (unit_campaign, unit_report, the plan's counter) next to the
 * engine's (open tasks, completed tasks in the history, incidents, failed jobs).
 */
final class ReportLedger {

    /** One stored report row. */
    record Report(String kind, int version, String submittedBy) {
    }

    /** One unit's campaign: our row and reports, and the engine's report tasks of its instance. */
    record Unit(String processInstanceId, String code, String status, List<Report> reports, List<String> completedTaskKeys,
            List<String> openTaskKeys) {

        long reports(String kind) {
            return reports.stream().filter(r -> r.kind().equals(kind)).count();
        }

        long completedTasks(String kind) {
            return completedTaskKeys.stream().filter(key -> kind.equals(ReportSubmissions.KIND_OF_TASK.get(key))).count();
        }
    }

    /** The whole plan at one moment. */
    record Snapshot(Map<String, Unit> units, Set<String> completedTaskIds, Set<String> openTaskIds, int unitsTotal,
            int finalPending) {
    }

    private final String url;
    private final String user;
    private final String password;

    ReportLedger(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    long onlyPlanId() throws SQLException {
        List<Long> ids = longs("SELECT id FROM plan");
        if (ids.size() != 1) {
            throw new AssertionError("expected the demo plan alone, found plans " + ids);
        }
        return ids.get(0);
    }

    long incidents() throws SQLException {
        return longs("SELECT COUNT(*) FROM ACT_RU_INCIDENT").get(0);
    }

    /** Jobs that failed at least once (the engine keeps the exception) or have no retry left. */
    long failedJobs() throws SQLException {
        return longs("SELECT COUNT(*) FROM ACT_RU_JOB WHERE EXCEPTION_MSG_ IS NOT NULL OR EXCEPTION_STACK_ID_ IS NOT NULL"
                + " OR RETRIES_ = 0").get(0);
    }

    /**
     * Waits until no other session is connected to this database: once the dead application's
     * connections are gone, the server has rolled back every transaction they left open, and what
     * remains is what a restart will find.
     */
    void awaitNoOtherSessions(Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (longs("SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()")
                .get(0) > 0) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("the killed application's database sessions are still open after " + timeout);
            }
            Thread.sleep(200);
        }
    }

    Snapshot read(long planId) throws SQLException {
        try (Connection c = connect()) {
            Map<String, String[]> campaigns = new LinkedHashMap<>();
            Map<String, List<Report>> reports = new HashMap<>();
            Map<String, List<String>> completed = new HashMap<>();
            Map<String, List<String>> open = new HashMap<>();
            Set<String> completedIds = new HashSet<>();
            Set<String> openIds = new HashSet<>();
            query(c, "SELECT c.process_instance_id, u.code, c.status FROM unit_campaign c JOIN org_unit u ON u.id = c.unit_id"
                    + " WHERE c.plan_id = ? ORDER BY c.id", planId,
                    rs -> campaigns.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}));
            query(c, "SELECT c.process_instance_id, r.kind, r.version, r.submitted_by FROM unit_report r"
                    + " JOIN unit_campaign c ON c.id = r.campaign_id WHERE c.plan_id = ? ORDER BY r.id", planId,
                    rs -> reports.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                            .add(new Report(rs.getString(2), rs.getInt(3), rs.getString(4))));
            // "completed" is the engine's delete reason of a task completed by a user (not one
            // cancelled by a boundary event or a deleted instance).
            query(c, "SELECT t.PROC_INST_ID_, t.TASK_DEF_KEY_, t.ID_ FROM ACT_HI_TASKINST t"
                    + " JOIN unit_campaign c ON c.process_instance_id = t.PROC_INST_ID_"
                    + " WHERE c.plan_id = ? AND t.END_TIME_ IS NOT NULL AND t.DELETE_REASON_ = 'completed'", planId, rs -> {
                        completed.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                        completedIds.add(rs.getString(3));
                    });
            query(c, "SELECT t.PROC_INST_ID_, t.TASK_DEF_KEY_, t.ID_ FROM ACT_RU_TASK t"
                    + " JOIN unit_campaign c ON c.process_instance_id = t.PROC_INST_ID_ WHERE c.plan_id = ?", planId, rs -> {
                        open.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                        openIds.add(rs.getString(3));
                    });
            int[] counters = new int[2];
            query(c, "SELECT units_total, units_final_pending FROM plan WHERE id = ?", planId, rs -> {
                counters[0] = rs.getInt(1);
                counters[1] = rs.getInt(2);
            });
            Map<String, Unit> units = new LinkedHashMap<>();
            campaigns.forEach((pi, row) -> units.put(pi, new Unit(pi, row[0], row[1], reports.getOrDefault(pi, List.of()),
                    completed.getOrDefault(pi, List.of()), open.getOrDefault(pi, List.of()))));
            return new Snapshot(units, completedIds, openIds, counters[0], counters[1]);
        }
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private static void query(Connection c, String sql, long planId, Row row) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, planId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    private List<Long> longs(String sql) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<Long> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getLong(1));
            }
            return values;
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }
}
