package vn.thidua.common.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseText;

/**
 * Writes the audit trail (table {@code audit_event}). Called inside the transaction of what it
 * records, so an event exists exactly when the thing happened: a rolled-back completion leaves no
 * "completed" row. The actor's full name and position are copied from {@code person} with the same
 * batch: the record keeps saying who it was after the person changes post or leaves.
 */
@Component
public class AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, agency_code, plan_id, unit_code, process_instance_id, task_id, kind,
                                     activity, actor_username, actor_name, actor_position, on_behalf, decision, comment,
                                     detail, document_id, retain_permanently)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<ActorResolver> actors;
    private final Clock clock;

    AuditTrail(JdbcTemplate jdbc, ObjectProvider<ActorResolver> actors, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.clock = clock;
    }

    public void record(AuditRecord event) {
        recordAll(List.of(event));
    }

    public void recordAll(List<AuditRecord> events) {
        write(events, true);
    }

    /**
     * As given, in one JDBC batch: the engine's events of one command, whose actors were decided
     * when they happened (a null actor there is "hệ thống").
     */
    public void recordAsGiven(List<AuditRecord> events) {
        write(events, false);
    }

    private void write(List<AuditRecord> events, boolean resolveActor) {
        if (events.isEmpty()) {
            return;
        }
        List<AuditRecord> resolved = events.stream().map(e -> resolveActor ? withActor(e) : e).toList();
        // Names and wards in two look-ups per batch (MariaDB's bulk protocol takes plain VALUES only).
        Set<String> users = resolved.stream().map(AuditRecord::actor).filter(Objects::nonNull).collect(Collectors.toSet());
        Map<String, String[]> people = new HashMap<>();
        if (!users.isEmpty()) {
            jdbc.query("SELECT username, full_name, position FROM person WHERE username IN (" + marks(users.size()) + ")",
                    (RowCallbackHandler) rs -> people.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)}),
                    users.toArray());
        }
        Set<Long> plans = resolved.stream().filter(r -> r.agencyCode() == null && r.planId() != null).map(AuditRecord::planId)
                .collect(Collectors.toSet());
        Map<Long, String> wards = new HashMap<>();
        if (!plans.isEmpty()) {
            jdbc.query("SELECT p.id, a.code FROM plan p JOIN agency a ON a.id = p.agency_id WHERE p.id IN (" + marks(plans.size())
                    + ")", (RowCallbackHandler) rs -> wards.put(rs.getLong(1), rs.getString(2)), plans.toArray());
        }
        jdbc.batchUpdate(INSERT, resolved.stream().map(r -> {
            String[] person = r.actor() == null ? null : people.get(r.actor());
            String ward = r.agencyCode() != null ? r.agencyCode() : wards.get(r.planId());
            return new Object[] {Timestamp.from(r.at() == null ? clock.instant() : r.at()), ward, r.planId(), r.unitCode(),
                r.processInstanceId(), r.taskId(), r.kind().name(), cut(r.activity(), 255), r.actor(),
                person == null ? null : person[0], person == null ? null : person[1], r.onBehalf(), cut(r.decision(), 60),
                cut(r.comment(), 4000), cut(r.detail(), 4000), r.documentId(), r.permanent()};
        }).toList());
    }

    private AuditRecord withActor(AuditRecord r) {
        if (r.actor() != null) {
            return r;
        }
        Optional<ActorResolver.Actor> actor = Optional.ofNullable(actors.getIfAvailable()).flatMap(ActorResolver::current);
        return actor.map(a -> r.actor(a.username(), a.viaJob())).orElse(r);
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String cut(String text, int max) {
        String clean = VietnameseText.clean(text);
        return clean == null || clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
