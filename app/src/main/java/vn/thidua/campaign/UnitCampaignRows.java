package vn.thidua.campaign;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The fan-out's SQL on {@code unit_campaign}: a plan's rows (one per addressed unit, thousands in a
 * city) are written in one JDBC batch and read as ids, never loaded as entities. Runs in the
 * caller's transaction (the engine's job). {@link UnitCampaignRepository} serves single campaigns.
 */
@Repository
public class UnitCampaignRows {

    /** A row that has no process instance yet. */
    public record Unstarted(long campaignId, long unitId) {
    }

    /** The process instance started for a row. */
    public record Started(long campaignId, String processInstanceId) {
    }

    private final JdbcTemplate jdbc;

    UnitCampaignRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Adds a STARTED row for every unit the plan addresses that has none (a job run again adds
     * nothing) and returns how many rows the plan has.
     */
    public int addMissing(long planId) {
        List<Object[]> missing = jdbc.queryForList("SELECT a.unit_id FROM plan_addressee a WHERE a.plan_id = ? AND NOT EXISTS"
                + " (SELECT 1 FROM unit_campaign c WHERE c.plan_id = a.plan_id AND c.unit_id = a.unit_id) ORDER BY a.unit_id",
                Long.class, planId).stream().map(unit -> new Object[] {planId, unit}).toList();
        jdbc.batchUpdate("INSERT INTO unit_campaign (plan_id, unit_id, status, launch_overdue, report_overdue)"
                + " VALUES (?, ?, 'STARTED', FALSE, FALSE)", missing);
        Integer units = jdbc.queryForObject("SELECT COUNT(*) FROM unit_campaign WHERE plan_id = ?", Integer.class, planId);
        return units == null ? 0 : units;
    }

    /** Ids of the plan's rows without a process instance, in id order: what is left to start. */
    public List<Long> unstartedIds(long planId) {
        return jdbc.queryForList("SELECT id FROM unit_campaign WHERE plan_id = ? AND process_instance_id IS NULL ORDER BY id",
                Long.class, planId);
    }

    /**
     * Locks the plan's rows with ids from first to last that still have no instance (FOR UPDATE,
     * until the caller's transaction ends), so two runs of the same chunk never start a unit twice.
     */
    public List<Unstarted> lockUnstarted(long planId, long firstId, long lastId) {
        return jdbc.query("SELECT id, unit_id FROM unit_campaign WHERE plan_id = ? AND id BETWEEN ? AND ?"
                + " AND process_instance_id IS NULL ORDER BY id FOR UPDATE",
                (rs, i) -> new Unstarted(rs.getLong(1), rs.getLong(2)), planId, firstId, lastId);
    }

    /** Records the instance started for each row, in one batch. */
    public void recordInstances(List<Started> started) {
        jdbc.batchUpdate("UPDATE unit_campaign SET process_instance_id = ? WHERE id = ?",
                started.stream().map(s -> new Object[] {s.processInstanceId(), s.campaignId()}).toList());
    }
}
