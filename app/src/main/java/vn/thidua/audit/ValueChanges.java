package vn.thidua.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to the values that decide results and awards: a unit's reported values corrected
 * after sending (each report version against the one before, from unit_report, which never
 * overwrites), the council's votes, the numbers taken, and process data changed by hand.
 */
@Service
class ValueChanges {

    public record Change(java.time.Instant at, String where, String what, String before, String after, String person) {
        public String time() {
            return AuditLabels.time(at);
        }
    }

    private final JdbcTemplate jdbc;

    ValueChanges(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Change> of(long planId) {
        List<Change> changes = new ArrayList<>(jdbc.query("""
                SELECT r.submitted_at, u.name, r.kind, r.version, t.code, t.name, prev.raw_text, cur.raw_text,
                       COALESCE(p.full_name, r.submitted_by)
                  FROM unit_report r
                  JOIN unit_campaign c ON c.id = r.campaign_id
                  JOIN org_unit u ON u.id = c.unit_id
                  JOIN unit_report r0 ON r0.campaign_id = r.campaign_id AND r0.kind = r.kind AND r0.version = r.version - 1
                  JOIN plan_target t ON t.plan_id = c.plan_id
                  LEFT JOIN unit_report_value cur ON cur.report_id = r.id AND cur.target_id = t.id
                  LEFT JOIN unit_report_value prev ON prev.report_id = r0.id AND prev.target_id = t.id
                  LEFT JOIN person p ON p.username = r.submitted_by
                 WHERE c.plan_id = ? AND r.version > 1 AND NOT (cur.raw_text <=> prev.raw_text)
                """, (rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        reportKind(rs.getString(3)) + " phiên bản " + rs.getInt(4) + " · " + rs.getString(5) + " " + rs.getString(6),
                        dash(rs.getString(7)), dash(rs.getString(8)), rs.getString(9)), planId));
        changes.addAll(jdbc.query("""
                SELECT e.occurred_at, e.kind, e.detail, COALESCE(e.actor_name, e.actor_username), e.unit_code
                  FROM audit_event e
                 WHERE e.plan_id = ? AND e.kind IN ('VOTES_RECORDED', 'NUMBER_TAKEN', 'VARIABLE_CHANGED')
                """, (rs, n) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(5) == null ? "Kế hoạch" : rs.getString(5),
                        vn.thidua.common.audit.AuditKind.valueOf(rs.getString(2)).label(), "", dash(rs.getString(3)),
                        rs.getString(4) == null ? AuditLabels.SYSTEM : rs.getString(4)), planId));
        changes.sort(Comparator.comparing(Change::at));
        return changes;
    }

    private static String reportKind(String kind) {
        return switch (kind) {
            case "FINAL" -> "Báo cáo kết quả";
            case "INTERIM" -> "Báo cáo sơ kết";
            default -> "Báo cáo phát động";
        };
    }

    private static String dash(String s) {
        return s == null ? "—" : s;
    }
}
