package vn.thidua.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The latest verification of each document (table document_verification), replaced at every check. */
@Repository
class DocumentVerifications {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    DocumentVerifications(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void store(DocumentSignatures.Verification result) {
        String report;
        try {
            report = json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // One statement, so two nodes checking the same document at once cannot collide.
        jdbc.update("INSERT INTO document_verification (document_id, checked_at, valid, sha256_matches, signers_enrolled,"
                + " signature_count, report_json) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
                + " checked_at = VALUES(checked_at), valid = VALUES(valid), sha256_matches = VALUES(sha256_matches),"
                + " signers_enrolled = VALUES(signers_enrolled), signature_count = VALUES(signature_count),"
                + " report_json = VALUES(report_json)",
                result.documentId(), Timestamp.from(result.checkedAt()), result.valid(), result.sha256MatchesStored(),
                result.signersEnrolled(), result.signatures().size(), report);
    }

    /** The stored verdict, for a register view or an audit: (checked at, valid). */
    record Stored(Instant checkedAt, boolean valid, String reportJson) {
    }

    java.util.Optional<Stored> find(long documentId) {
        return jdbc.query("SELECT checked_at, valid, report_json FROM document_verification WHERE document_id = ?",
                (rs, n) -> new Stored(rs.getTimestamp(1).toInstant(), rs.getBoolean(2), rs.getString(3)), documentId)
                .stream().findFirst();
    }
}
