package vn.thidua.document;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Every version of every document, bytes included (table {@code document_version}). A draft is
 * re-rendered in place after a return or a delegation, and signing and issuing replace its bytes:
 * each of those adds a row here, so an auditor can still open the draft the vice-chairman returned,
 * the bytes the chairman signed and the issued file. Rows are only inserted, never changed.
 */
@Repository
public class DocumentVersions {

    public enum Stage { DRAFT, SIGNED, ISSUED }

    /** One version without its bytes. */
    public record Version(long id, long documentId, Long planId, int version, Stage stage, String sha256, Instant createdAt,
            String createdBy, int size) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DocumentVersions(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void add(OfficialDocument doc, Stage stage, String by) {
        // The next number in one statement; the document row is locked by whoever changes its bytes.
        jdbc.update("""
                INSERT INTO document_version (document_id, plan_id, version, stage, pdf, sha256, created_at, created_by)
                SELECT ?, ?, COALESCE(MAX(version), 0) + 1, ?, ?, ?, ?, ? FROM document_version WHERE document_id = ?
                """, doc.getId(), doc.getPlanId(), stage.name(), doc.getPdf(), doc.getSha256(), Timestamp.from(clock.instant()),
                by, doc.getId());
    }

    private static final String COLUMNS = "id, document_id, plan_id, version, stage, sha256, created_at, created_by, LENGTH(pdf)";

    private static Version row(java.sql.ResultSet rs) throws java.sql.SQLException {
        long plan = rs.getLong(3);
        return new Version(rs.getLong(1), rs.getLong(2), rs.wasNull() ? null : plan, rs.getInt(4), Stage.valueOf(rs.getString(5)),
                rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getInt(9));
    }

    /** The versions of a plan's documents, document by document, oldest first. */
    public List<Version> ofPlan(long planId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM document_version WHERE plan_id = ? ORDER BY document_id, version",
                (rs, n) -> row(rs), planId);
    }

    public Optional<Version> find(long versionId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM document_version WHERE id = ?", (rs, n) -> row(rs), versionId)
                .stream().findFirst();
    }

    public Optional<byte[]> bytes(long versionId) {
        return jdbc.query("SELECT pdf FROM document_version WHERE id = ?", (rs, n) -> rs.getBytes(1), versionId)
                .stream().findFirst();
    }
}
