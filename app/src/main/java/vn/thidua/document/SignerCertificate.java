package vn.thidua.document;

import java.time.Instant;

/**
 * A certificate enrolled for one signer (a person, by login) or for one agency's seal (table
 * signer_certificate). Only an enrolled certificate may sign for its holder; a revoked enrolment
 * is kept, because signatures made before the revocation are still judged by it.
 *
 * @param username the person's login; null for an agency's certificate
 * @param sha256 hex SHA-256 of the DER, as {@link vn.thidua.signing.CertificateCodec#sha256Hex} computes it
 */
public record SignerCertificate(long id, Holder holder, long agencyId, String username, String sha256, String subject,
        String issuer, String serialNumber, Instant notBefore, Instant notAfter, String enrolledBy, Instant enrolledAt,
        String revokedBy, Instant revokedAt) {

    public enum Holder { PERSON, AGENCY }

    /** Not revoked at {@code at}: a signature made then was made with a certificate still enrolled. */
    public boolean enrolledAt(Instant at) {
        return revokedAt == null || revokedAt.isAfter(at);
    }

    public boolean validAt(Instant at) {
        return !at.isBefore(notBefore) && !at.isAfter(notAfter);
    }

    public boolean isFor(Holder kind, long agency, String login) {
        return holder == kind && (kind == Holder.AGENCY ? agencyId == agency : username.equals(login));
    }
}
