package vn.thidua.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseText;

/**
 * The auditor's lists: plans and documents by year, type, status and unit, running and finished,
 * and a search box that takes a number ("50/KH-UBND"), words of the trích yếu or a person's name,
 * with or without diacritics ("thi dua" finds "thi đua", "hang" finds "Vũ Thị Thu Hằng").
 *
 * <p>Filters are SQL; the words are matched on folded text in Java over the filtered rows of the
 * auditor's wards (a ward has hundreds of plans, not millions), so no folded copy of each title has
 * to be kept in step with the plans. A person's name is matched against {@code person} and leads to
 * the plans where that person did something ({@code audit_event} by actor, indexed).
 */
@Service
class AuditPlans {

    private static final Pattern NUMBER = Pattern.compile("0*(\\d+)\\s*/\\s*(\\S+)");

    public record PlanRow(long id, String agency, int year, String status, String title, String number, Instant createdAt) {
        public String statusLabel() {
            return AuditLabels.planStatus(status);
        }
    }

    public record DocumentRow(long id, Long planId, String agency, String kind, String status, String title, String number,
            String issuedOn, String sha256) {
        public String kindLabel() {
            return AuditLabels.documentKind(kind);
        }
    }

    public record Filter(Integer year, String status, String unit, String kind, String query) {
    }

    private final JdbcTemplate jdbc;

    AuditPlans(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<PlanRow> plans(Set<Long> agencies, Filter filter) {
        StringBuilder sql = new StringBuilder("""
                SELECT p.id, a.short_name, p.year, p.status, p.title, p.created_at,
                       (SELECT CONCAT(LPAD(d.number, 2, '0'), '/', d.notation) FROM official_document d
                         WHERE d.id = p.document_id AND d.number IS NOT NULL) AS number
                  FROM plan p JOIN agency a ON a.id = p.agency_id
                 WHERE p.agency_id IN (%s)""".formatted(placeholders(agencies)));
        List<Object> args = new ArrayList<>(agencies);
        if (filter.year() != null) {
            sql.append(" AND p.year = ?");
            args.add(filter.year());
        }
        if (filter.status() != null) {
            sql.append(" AND p.status = ?");
            args.add(filter.status());
        }
        if (filter.unit() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM plan_addressee pa JOIN org_unit u ON u.id = pa.unit_id"
                    + " WHERE pa.plan_id = p.id AND u.code = ?)");
            args.add(filter.unit());
        }
        sql.append(" ORDER BY p.year DESC, p.id DESC");
        List<PlanRow> rows = jdbc.query(sql.toString(), (rs, n) -> new PlanRow(rs.getLong(1), rs.getString(2), rs.getInt(3),
                rs.getString(4), rs.getString(5), rs.getString(7), rs.getTimestamp(6).toInstant()), args.toArray());
        String q = VietnameseText.cleanOrNull(filter.query());
        if (q == null) {
            return rows;
        }
        Set<Long> byNumberOrPerson = new HashSet<>(plansByNumber(agencies, q));
        byNumberOrPerson.addAll(plansByPerson(agencies, q));
        byNumberOrPerson.addAll(plansByDocumentTitle(agencies, q));
        return rows.stream().filter(r -> byNumberOrPerson.contains(r.id()) || containsWords(r.title(), q)).toList();
    }

    @Transactional(readOnly = true)
    public List<DocumentRow> documents(Set<Long> agencies, Filter filter) {
        StringBuilder sql = new StringBuilder("""
                SELECT d.id, d.plan_id, a.short_name, d.kind, d.status, d.title,
                       CASE WHEN d.number IS NULL THEN NULL ELSE CONCAT(LPAD(d.number, 2, '0'), '/', d.notation) END,
                       DATE_FORMAT(d.issued_on, '%%d/%%m/%%Y'), d.sha256
                  FROM official_document d JOIN agency a ON a.id = d.agency_id
                 WHERE d.agency_id IN (%s)""".formatted(placeholders(agencies)));
        List<Object> args = new ArrayList<>(agencies);
        if (filter.year() != null) {
            sql.append(" AND COALESCE(d.year, YEAR(d.created_at)) = ?");
            args.add(filter.year());
        }
        if (filter.status() != null) {
            sql.append(" AND d.status = ?");
            args.add(filter.status());
        }
        if (filter.kind() != null) {
            sql.append(" AND d.kind = ?");
            args.add(filter.kind());
        }
        if (filter.unit() != null) {
            sql.append(" AND d.recipient_unit_id IN (SELECT id FROM org_unit WHERE code = ?)");
            args.add(filter.unit());
        }
        sql.append(" ORDER BY d.id DESC LIMIT 2000");
        List<DocumentRow> rows = jdbc.query(sql.toString(), (rs, n) -> new DocumentRow(rs.getLong(1),
                rs.getObject(2) == null ? null : rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9)), args.toArray());
        String q = VietnameseText.cleanOrNull(filter.query());
        if (q == null) {
            return rows;
        }
        Matcher number = NUMBER.matcher(q);
        if (number.matches()) {
            String wanted = VietnameseText.fold(Integer.parseInt(number.group(1)) + "/" + number.group(2));
            return rows.stream().filter(r -> r.number() != null
                    && VietnameseText.fold(r.number().replaceFirst("^0+", "")).equals(wanted)).toList();
        }
        return rows.stream().filter(r -> containsWords(r.title(), q)).toList();
    }

    /** "50/KH-UBND", "05/kh-ubnd", "5/KH-UBND": any document of the plan with that number. */
    private List<Long> plansByNumber(Set<Long> agencies, String q) {
        Matcher m = NUMBER.matcher(q);
        if (!m.matches()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>(agencies);
        args.add(Integer.parseInt(m.group(1)));
        String notation = VietnameseText.fold(m.group(2));
        return jdbc.query("SELECT plan_id, notation FROM official_document WHERE agency_id IN (" + placeholders(agencies)
                + ") AND number = ? AND plan_id IS NOT NULL", (rs, n) -> VietnameseText.fold(rs.getString(2)).equals(notation)
                ? rs.getLong(1) : null, args.toArray()).stream().filter(java.util.Objects::nonNull).toList();
    }

    private List<Long> plansByPerson(Set<Long> agencies, String q) {
        List<String> usernames = jdbc.query("SELECT username, full_name FROM person WHERE agency_id IN (" + placeholders(agencies)
                + ")", (rs, n) -> containsWords(rs.getString(2), q) || rs.getString(1).equalsIgnoreCase(q) ? rs.getString(1) : null,
                agencies.toArray()).stream().filter(java.util.Objects::nonNull).toList();
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.queryForList("SELECT DISTINCT plan_id FROM audit_event WHERE actor_username IN (" + placeholders(usernames)
                + ") AND plan_id IS NOT NULL", Long.class, usernames.toArray());
    }

    private List<Long> plansByDocumentTitle(Set<Long> agencies, String q) {
        return jdbc.query("SELECT plan_id, title FROM official_document WHERE agency_id IN (" + placeholders(agencies)
                + ") AND plan_id IS NOT NULL", (rs, n) -> containsWords(rs.getString(2), q) ? rs.getLong(1) : null,
                agencies.toArray()).stream().filter(java.util.Objects::nonNull).distinct().toList();
    }

    /** Every word of the query, folded, appears in the folded text. */
    static boolean containsWords(String text, String query) {
        if (text == null) {
            return false;
        }
        String folded = " " + VietnameseText.fold(text).replaceAll("[^\\p{L}\\p{N}/-]+", " ") + " ";
        for (String word : VietnameseText.fold(query).split("[^\\p{L}\\p{N}/-]+")) {
            if (!word.isEmpty() && !folded.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static String placeholders(java.util.Collection<?> values) {
        return values.stream().map(v -> "?").collect(Collectors.joining(", "));
    }
}
