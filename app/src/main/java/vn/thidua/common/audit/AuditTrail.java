package vn.thidua.common.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseText;

/**
 * Writes the audit trail (table {@code audit_event}). Called inside the transaction of what it
 * records, so an event exists exactly when the thing happened: a rolled-back completion leaves no
 * "completed" row. The actor's full name and position are copied from {@code person} in the same
 * statement: the record keeps saying who it was after the person changes post or leaves.
 */
@Component
public class AuditTrail {

    private static final String INSERT = """
            INSERT INTO audit_event (occurred_at, agency_code, plan_id, unit_code, process_instance_id, task_id, kind,
                                     activity, actor_username, actor_name, actor_position, on_behalf, decision, comment,
                                     detail, document_id, retain_permanently)
            SELECT ?, COALESCE(?, (SELECT a.code FROM plan pl JOIN agency a ON a.id = pl.agency_id WHERE pl.id = ?)),
                   ?, ?, ?, ?, ?, ?, ?, p.full_name, p.position, ?, ?, ?, ?, ?, ?
              FROM (SELECT 1 AS one) x LEFT JOIN person p ON p.username = ?
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
        jdbc.batchUpdate(INSERT, events.stream().map(e -> row(e, resolveActor)).toList());
    }

    private Object[] row(AuditRecord e, boolean resolveActor) {
        AuditRecord r = e;
        if (resolveActor && r.actor() == null) {
            Optional<ActorResolver.Actor> actor = Optional.ofNullable(actors.getIfAvailable()).flatMap(ActorResolver::current);
            if (actor.isPresent()) {
                r = r.actor(actor.get().username(), actor.get().viaJob());
            }
        }
        return new Object[] {Timestamp.from(r.at() == null ? clock.instant() : r.at()), r.agencyCode(), r.planId(),
            r.planId(), r.unitCode(), r.processInstanceId(), r.taskId(), r.kind().name(), cut(r.activity(), 255),
            r.actor(), r.onBehalf(), cut(r.decision(), 60), cut(r.comment(), 4000), cut(r.detail(), 4000), r.documentId(),
            r.permanent(), r.actor()};
    }

    private static String cut(String text, int max) {
        String clean = VietnameseText.clean(text);
        return clean == null || clean.length() <= max ? clean : clean.substring(0, max - 1) + "…";
    }
}
