package vn.thidua.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.audit.AuditKind;

/**
 * One plan's timeline: every event of the plan's process and of each unit's, from
 * {@code audit_event}, filtered and paged in SQL on the (plan, …, time) indexes, so a plan with
 * thousands of units opens as fast as one with three.
 */
@Service
class Timeline {

    /** "" = every unit; {@link #PLAN_ONLY} = the plan's own process only. */
    static final String PLAN_ONLY = "_ke-hoach";
    static final int PAGE_SIZE = 50;

    public record Filter(String unit, String actor, String kind, int page) {
        static Filter all() {
            return new Filter(null, null, null, 0);
        }
    }

    public record Entry(long id, Instant at, AuditKind kind, String unitCode, String unitName, String actorUsername, String actorName,
            String actorPosition, boolean onBehalf, String activity, String decision, String comment, String detail,
            Long documentId) {

        public String time() {
            return AuditLabels.time(at);
        }

        public String kindLabel() {
            return kind.label();
        }

        /** "Vũ Thị Thu Hằng (Phó Chủ tịch UBND phường)", "Hệ thống", or the login of someone not in our tables. */
        public String person() {
            if (actorUsername == null) {
                return AuditLabels.SYSTEM;
            }
            String name = actorName == null ? actorUsername : actorName;
            String who = actorPosition == null ? name : name + " (" + actorPosition + ")";
            return onBehalf ? who + " (hệ thống thực hiện theo quyết định)" : who;
        }

        public String where() {
            return unitName != null ? unitName : unitCode != null ? unitCode : "Kế hoạch";
        }
    }

    public record Page(List<Entry> entries, long total, int page, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        public boolean hasPrevious() {
            return page > 0;
        }
    }

    public record Option(String value, String label) {
    }

    private final JdbcTemplate jdbc;

    Timeline(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String COLUMNS = """
            SELECT e.id, e.occurred_at, e.kind, e.unit_code, u.name, e.actor_username, e.actor_name, e.actor_position,
                   e.on_behalf, e.activity, e.decision, e.comment, e.detail, e.document_id
            """;
    private static final String UNIT_NAME = """
              LEFT JOIN plan p ON p.id = e.plan_id
              LEFT JOIN org_unit u ON u.agency_id = p.agency_id AND u.code = e.unit_code
            """;
    private static final String SELECT = COLUMNS + " FROM audit_event e" + UNIT_NAME;

    @Transactional(readOnly = true)
    public Page page(long planId, Filter filter) {
        List<Object> args = new ArrayList<>();
        String where = where(planId, filter, args);
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event e" + where, Long.class, args.toArray());
        int page = Math.max(0, Math.min(filter.page(), (int) ((total - 1) / PAGE_SIZE)));
        args.add(PAGE_SIZE);
        args.add(page * PAGE_SIZE);
        // The page's ids first, from the index alone (each filter's index ends with occurred_at, id),
        // then the 50 rows with their unit: a deep page skips index entries, not joined rows.
        List<Entry> entries = jdbc.query(COLUMNS + " FROM (SELECT e.id FROM audit_event e" + where
                + " ORDER BY e.occurred_at, e.id LIMIT ? OFFSET ?) k JOIN audit_event e ON e.id = k.id" + UNIT_NAME
                + " ORDER BY e.occurred_at, e.id", (rs, n) -> entry(rs), args.toArray());
        return new Page(entries, total, page, PAGE_SIZE);
    }

    /** Every matching event in order, streamed (exports of plans with thousands of units). */
    @Transactional(readOnly = true)
    public void each(long planId, Filter filter, Consumer<Entry> sink) {
        List<Object> args = new ArrayList<>();
        String where = where(planId, filter, args);
        jdbc.query(SELECT + where + " ORDER BY e.occurred_at, e.id", (RowCallbackHandler) rs -> sink.accept(entry(rs)),
                args.toArray());
    }

    /** The people who appear in the plan's timeline, for the filter (index plan_id, actor_username). */
    @Transactional(readOnly = true)
    public List<Option> people(long planId) {
        return vn.thidua.common.text.VietnameseCollation.sortedByPersonName(jdbc.query(
                "SELECT actor_username, MAX(actor_name) FROM audit_event WHERE plan_id = ? AND actor_username IS NOT NULL"
                + " GROUP BY actor_username", (rs, n) -> new Option(rs.getString(1),
                        rs.getString(2) == null ? rs.getString(1) : rs.getString(2)), planId), Option::label);
    }

    /** The plan's units, for the filter. */
    @Transactional(readOnly = true)
    public List<Option> units(long planId) {
        return jdbc.query("SELECT u.code, u.name FROM plan_addressee pa JOIN org_unit u ON u.id = pa.unit_id WHERE pa.plan_id = ?"
                + " ORDER BY u.id", (rs, n) -> new Option(rs.getString(1), rs.getString(2)), planId);
    }

    static List<Option> kinds() {
        return Arrays.stream(AuditKind.values()).map(k -> new Option(k.name(), k.label())).toList();
    }

    private static String where(long planId, Filter filter, List<Object> args) {
        StringBuilder where = new StringBuilder(" WHERE e.plan_id = ?");
        args.add(planId);
        if (PLAN_ONLY.equals(filter.unit())) {
            where.append(" AND e.unit_code IS NULL");
        } else if (filter.unit() != null && !filter.unit().isBlank()) {
            where.append(" AND e.unit_code = ?");
            args.add(filter.unit());
        }
        if (AuditLabels.SYSTEM.equals(filter.actor())) {
            where.append(" AND e.actor_username IS NULL");
        } else if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" AND e.actor_username = ?");
            args.add(filter.actor());
        }
        if (filter.kind() != null && !filter.kind().isBlank()) {
            where.append(" AND e.kind = ?");
            args.add(AuditKind.valueOf(filter.kind()).name());
        }
        return where.toString();
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        long doc = rs.getLong(14);
        Long documentId = rs.wasNull() ? null : doc;
        return new Entry(rs.getLong(1), rs.getTimestamp(2).toInstant(), AuditKind.valueOf(rs.getString(3)), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), documentId);
    }
}
