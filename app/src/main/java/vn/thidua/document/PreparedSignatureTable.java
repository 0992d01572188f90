package vn.thidua.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thidua.signing.PreparedSignature;
import vn.thidua.signing.PreparedSignatureStore;

/**
 * Phase-one state of token signatures in the shared database (table prepared_signature), so the
 * node that embeds the container need not be the one that prepared it. Each row records whose
 * signature it is and for which task; rows expire (a token left unplugged does not hold state).
 */
@Repository
class PreparedSignatureTable {

    /** What a row says besides the prepared signature itself. */
    record Row(String id, long documentId, String username, String taskId, Instant expiresAt, PreparedSignature prepared) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration ttl;

    PreparedSignatureTable(JdbcTemplate jdbc, Clock clock, @Value("${thidua.signing.prepared-ttl:PT15M}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The library's store interface, bound to one document, person and task. */
    PreparedSignatureStore boundTo(long documentId, String username, String taskId) {
        return new PreparedSignatureStore() {
            @Override
            public PreparedSignature save(PreparedSignature prepared) {
                PreparedSignature withId = prepared.withId(UUID.randomUUID().toString());
                Instant now = clock.instant();
                jdbc.update("INSERT INTO prepared_signature (id, document_id, username, task_id, data, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", withId.id(), documentId, username, taskId, withId.toBytes(),
                        Timestamp.from(now), Timestamp.from(now.plus(ttl)));
                return withId;
            }

            @Override
            public Optional<PreparedSignature> find(String id) {
                return row(id).filter(r -> r.documentId() == documentId && r.username().equals(username))
                        .map(Row::prepared);
            }

            @Override
            public void remove(String id) {
                PreparedSignatureTable.this.remove(id);
            }
        };
    }

    Optional<Row> row(String id) {
        List<Row> rows = jdbc.query("SELECT id, document_id, username, task_id, expires_at, data FROM prepared_signature WHERE id = ?",
                (rs, n) -> new Row(rs.getString("id"), rs.getLong("document_id"), rs.getString("username"),
                        rs.getString("task_id"), rs.getTimestamp("expires_at").toInstant(),
                        PreparedSignature.fromBytes(rs.getBytes("data"))), id);
        return rows.stream().findFirst();
    }

    void remove(String id) {
        jdbc.update("DELETE FROM prepared_signature WHERE id = ?", id);
    }

    Instant expiryOf(String id) {
        return row(id).map(Row::expiresAt).orElse(null);
    }

    /** Prepared signatures of a document die with its content (signed, re-rendered, issued). */
    void removeForDocument(long documentId) {
        jdbc.update("DELETE FROM prepared_signature WHERE document_id = ?", documentId);
    }

    int purgeExpired() {
        return jdbc.update("DELETE FROM prepared_signature WHERE expires_at < ?", Timestamp.from(clock.instant()));
    }
}
