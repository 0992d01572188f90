package vn.thidua.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.security.cert.X509Certificate;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.thidua.signing.CertificateCodec;
import vn.thidua.signing.pdf.CertificateNames;

/** Rows of signer_certificate: enrolments, looked up by fingerprint or holder, revoked in place. */
@Repository
class SignerCertificateTable {

    private static final String COLUMNS = "id, holder_kind, agency_id, username, sha256, subject, issuer, serial_number,"
            + " not_before, not_after, enrolled_by, enrolled_at, revoked_by, revoked_at";

    private final JdbcTemplate jdbc;

    SignerCertificateTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SignerCertificate> bySha256(String sha256) {
        return jdbc.query("SELECT " + COLUMNS + " FROM signer_certificate WHERE sha256 = ?", SignerCertificateTable::row,
                sha256).stream().findFirst();
    }

    List<SignerCertificate> forPerson(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM signer_certificate WHERE holder_kind = 'PERSON' AND username = ?"
                + " ORDER BY id", SignerCertificateTable::row, username);
    }

    List<SignerCertificate> forAgency(long agencyId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM signer_certificate WHERE holder_kind = 'AGENCY' AND agency_id = ?"
                + " ORDER BY id", SignerCertificateTable::row, agencyId);
    }

    /** The unique fingerprint refuses a second holder for the same certificate, whatever the race. */
    void insert(SignerCertificate.Holder holder, long agencyId, String username, X509Certificate certificate,
            String enrolledBy, Instant at) {
        jdbc.update("INSERT INTO signer_certificate (holder_kind, agency_id, username, certificate, sha256, subject, issuer,"
                + " serial_number, not_before, not_after, enrolled_by, enrolled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                holder.name(), agencyId, username, CertificateCodec.der(certificate), CertificateCodec.sha256Hex(certificate),
                CertificateNames.subject(certificate), CertificateNames.issuer(certificate), certificate.getSerialNumber().toString(16),
                Timestamp.from(certificate.getNotBefore().toInstant()), Timestamp.from(certificate.getNotAfter().toInstant()),
                enrolledBy, Timestamp.from(at));
    }

    /** Sets the revocation once; a second revocation keeps the first one's time and author. */
    void revoke(long id, String revokedBy, Instant at) {
        jdbc.update("UPDATE signer_certificate SET revoked_by = ?, revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                revokedBy, Timestamp.from(at), id);
    }

    private static SignerCertificate row(ResultSet rs, int n) throws SQLException {
        return new SignerCertificate(rs.getLong("id"), SignerCertificate.Holder.valueOf(rs.getString("holder_kind")),
                rs.getLong("agency_id"), rs.getString("username"), rs.getString("sha256"), rs.getString("subject"),
                rs.getString("issuer"), rs.getString("serial_number"), instant(rs, "not_before"), instant(rs, "not_after"),
                rs.getString("enrolled_by"), instant(rs, "enrolled_at"), rs.getString("revoked_by"), instant(rs, "revoked_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
