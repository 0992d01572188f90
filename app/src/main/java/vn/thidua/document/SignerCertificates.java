package vn.thidua.document;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.document.SignatureRefusedException.Reason;
import vn.thidua.document.SignerCertificate.Holder;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.signing.CertificateCodec;
import vn.thidua.signing.pdf.CertificateNames;

/**
 * Whether a certificate may sign for a person or an agency. Chaining to a trusted CA is not
 * enough: every official of every ward has such a certificate. It must be the one enrolled for the
 * holder the document names (table signer_certificate), not revoked, and valid now. Used before
 * anything is signed (server key, token at prepare and at complete, agency seal at issue) and when
 * a stored document is verified.
 */
@Component
class SignerCertificates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VietnameseDates.VIETNAM);

    /** Whose certificate a signature must be: a person by login, or an agency's seal. */
    record Expected(Holder kind, long agencyId, String login, String label) {
    }

    private final SignerCertificateTable table;
    private final PersonRepository people;
    private final AgencyRepository agencies;
    private final Clock clock;

    SignerCertificates(SignerCertificateTable table, PersonRepository people, AgencyRepository agencies, Clock clock) {
        this.table = table;
        this.people = people;
        this.agencies = agencies;
        this.clock = clock;
    }

    Expected person(String login) {
        Person person = people.findByUsername(login).orElse(null);
        return new Expected(Holder.PERSON, person == null ? -1 : person.getAgencyId(), login,
                person == null ? login : person.getFullName());
    }

    Expected agency(long agencyId) {
        String label = agencies.findById(agencyId).map(a -> a.getShortName()).orElse("cơ quan " + agencyId);
        return new Expected(Holder.AGENCY, agencyId, null, label);
    }

    /**
     * Refuses (403, nothing written) a certificate that is not enrolled for {@code expected},
     * whose enrolment is revoked, or that is not valid today.
     *
     * @param source what holds the certificate, for the message ("Chứng thư số của token")
     */
    void require(Expected expected, String sha256, String commonName, String source) {
        Instant now = clock.instant();
        String certificate = source + " «" + commonName + "» (SHA-256 " + sha256.substring(0, 16) + "…)";
        SignerCertificate enrolled = table.bySha256(sha256).orElse(null);
        if (enrolled == null) {
            throw refused(certificate + " chưa được đăng ký cho " + expected.label()
                    + "; quản trị hệ thống cần đăng ký chứng thư này trước khi dùng để ký.");
        }
        if (!enrolled.isFor(expected.kind(), expected.agencyId(), expected.login())) {
            throw refused(certificate + " được đăng ký cho " + holderLabel(enrolled) + ", không phải cho "
                    + expected.label() + "; không ký bằng chứng thư của người khác được.");
        }
        if (!enrolled.enrolledAt(now)) {
            throw refused(certificate + " đã bị thu hồi ngày " + DATE.format(enrolled.revokedAt())
                    + "; không dùng để ký được nữa.");
        }
        if (!enrolled.validAt(now)) {
            throw refused(certificate + " chỉ có hiệu lực từ " + DATE.format(enrolled.notBefore()) + " đến "
                    + DATE.format(enrolled.notAfter()) + "; hôm nay không dùng để ký được.");
        }
    }

    /** The same check for a certificate at hand (a key store's, a token's): by its SHA-256 and common name. */
    void require(Expected expected, X509Certificate certificate, String source) {
        require(expected, CertificateCodec.sha256Hex(certificate), CertificateNames.commonName(certificate), source);
    }

    /**
     * For verification: null when the certificate was enrolled for {@code expected} and not yet
     * revoked when it signed (its validity then is the chain check's business), else why not.
     */
    String problem(Expected expected, String sha256, Instant signedAt) {
        if (sha256 == null) {
            return "Không đọc được chứng thư của chữ ký / the signature's certificate cannot be read";
        }
        SignerCertificate enrolled = table.bySha256(sha256).orElse(null);
        if (enrolled == null || !enrolled.isFor(expected.kind(), expected.agencyId(), expected.login())) {
            return "Chứng thư ký không phải chứng thư đã đăng ký cho " + expected.label()
                    + (enrolled == null ? " (chưa đăng ký cho ai)" : " (đăng ký cho " + holderLabel(enrolled) + ")")
                    + " / the certificate is not the one enrolled for the recorded signer";
        }
        if (!enrolled.enrolledAt(signedAt == null ? clock.instant() : signedAt)) {
            return "Chứng thư ký đã bị thu hồi ngày " + DATE.format(enrolled.revokedAt()) + ", trước thời điểm ký"
                    + " / the enrolment was revoked before the signing time";
        }
        return null;
    }

    private String holderLabel(SignerCertificate enrolled) {
        return enrolled.holder() == Holder.PERSON ? person(enrolled.username()).label() : agency(enrolled.agencyId()).label();
    }

    private static SignatureRefusedException refused(String message) {
        return new SignatureRefusedException(Reason.FORBIDDEN, message);
    }
}
