package vn.thidua.document;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.SignatureRefusedException.Reason;
import vn.thidua.document.SignerCertificate.Holder;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.signing.CertificateCodec;
import vn.thidua.signing.SigningException;
import vn.thidua.signing.verify.SignatureVerifier;

/**
 * Enrolment of signing certificates: an administrator binds a token's (or a server key store's)
 * certificate to the person who signs with it, or to an agency for its seal, and revokes it when
 * the token is lost or replaced. A certificate is enrolled only if it is an end-entity signing
 * certificate, valid today and issued under a trust anchor, for a person or agency we know.
 */
@Service
public class SignerEnrolment {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VietnameseDates.VIETNAM);
    private static final String FIELD = "certificate";
    /** keyUsage bits digitalSignature(0) and nonRepudiation(1): the ones a document signature needs. */
    private static final int DIGITAL_SIGNATURE = 0;
    private static final int NON_REPUDIATION = 1;

    /** @param created false when the same holder already had this certificate (the call changed nothing) */
    public record Enrolment(SignerCertificate certificate, boolean created) {
    }

    private final SignerCertificateTable table;
    private final PersonRepository people;
    private final AgencyRepository agencies;
    private final SignatureVerifier verifier;
    private final Clock clock;

    SignerEnrolment(SignerCertificateTable table, PersonRepository people, AgencyRepository agencies,
            SignatureVerifier verifier, Clock clock) {
        this.table = table;
        this.people = people;
        this.agencies = agencies;
        this.verifier = verifier;
        this.clock = clock;
    }

    /** @param input PEM (the signer's certificate first, intermediates after it), DER or base64 DER */
    @Transactional
    public Enrolment enrolPerson(String login, byte[] input, String enrolledBy) {
        return enrolPerson(login, read(input), enrolledBy);
    }

    @Transactional
    public Enrolment enrolPerson(String login, List<X509Certificate> chain, String enrolledBy) {
        Person person = person(login);
        return enrol(Holder.PERSON, person.getAgencyId(), person.getUsername(), person.getFullName(), chain, enrolledBy);
    }

    @Transactional
    public Enrolment enrolAgency(String agencyCode, byte[] input, String enrolledBy) {
        return enrolAgency(agencyCode, read(input), enrolledBy);
    }

    @Transactional
    public Enrolment enrolAgency(String agencyCode, List<X509Certificate> chain, String enrolledBy) {
        Agency agency = agency(agencyCode);
        return enrol(Holder.AGENCY, agency.getId(), null, agency.getShortName(), chain, enrolledBy);
    }

    @Transactional(readOnly = true)
    public List<SignerCertificate> ofPerson(String login) {
        return table.forPerson(person(login).getUsername());
    }

    @Transactional(readOnly = true)
    public List<SignerCertificate> ofAgency(String agencyCode) {
        return table.forAgency(agency(agencyCode).getId());
    }

    /** Revokes this person's enrolment of the certificate; revoking twice keeps the first revocation. */
    @Transactional
    public SignerCertificate revokePerson(String login, String sha256, String revokedBy) {
        Person person = person(login);
        return revoke(Holder.PERSON, person.getAgencyId(), person.getUsername(), sha256, revokedBy);
    }

    @Transactional
    public SignerCertificate revokeAgency(String agencyCode, String sha256, String revokedBy) {
        return revoke(Holder.AGENCY, agency(agencyCode).getId(), null, sha256, revokedBy);
    }

    private Enrolment enrol(Holder kind, long agencyId, String login, String holderName, List<X509Certificate> chain,
            String enrolledBy) {
        X509Certificate certificate = chain.get(0);
        String sha256 = CertificateCodec.sha256Hex(certificate);
        SignerCertificate existing = table.bySha256(sha256).orElse(null);
        if (existing != null) {
            return again(existing, kind, agencyId, login);
        }
        requireSigningCertificate(certificate, chain);
        try {
            table.insert(kind, agencyId, login, certificate, enrolledBy, clock.instant());
        } catch (DuplicateKeyException e) {
            // Another administrator enrolled it a moment ago: answer as if we had seen that row.
            return again(table.bySha256(sha256).orElseThrow(), kind, agencyId, login);
        }
        return new Enrolment(table.bySha256(sha256).orElseThrow(), true);
    }

    private static Enrolment again(SignerCertificate existing, Holder kind, long agencyId, String login) {
        if (!existing.isFor(kind, agencyId, login)) {
            throw new SignatureRefusedException(Reason.CONFLICT, "Chứng thư số này đã được đăng ký cho "
                    + (existing.holder() == Holder.PERSON ? "người ký " + existing.username() : "con dấu của một cơ quan")
                    + "; một chứng thư chỉ thuộc về một người ký.");
        }
        if (existing.revokedAt() != null) {
            throw new SignatureRefusedException(Reason.CONFLICT, "Chứng thư số này đã bị thu hồi ngày "
                    + DATE.format(existing.revokedAt()) + "; không đăng ký lại được, hãy dùng chứng thư mới.");
        }
        return new Enrolment(existing, false);
    }

    /** An end-entity certificate that can sign documents, valid today, issued under a trust anchor. */
    private void requireSigningCertificate(X509Certificate certificate, List<X509Certificate> chain) {
        Instant now = clock.instant();
        if (certificate.getBasicConstraints() >= 0) {
            throw invalid("Đây là chứng thư của một CA (tổ chức cấp chứng thư), không phải chứng thư của người ký.");
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage != null && !usage[DIGITAL_SIGNATURE] && !usage[NON_REPUDIATION]) {
            throw invalid("Chứng thư số không được phép dùng để ký (keyUsage thiếu digitalSignature/nonRepudiation).");
        }
        if (now.isAfter(certificate.getNotAfter().toInstant())) {
            throw invalid("Chứng thư số đã hết hạn ngày " + DATE.format(certificate.getNotAfter().toInstant()) + ".");
        }
        if (now.isBefore(certificate.getNotBefore().toInstant())) {
            throw invalid("Chứng thư số chưa có hiệu lực (từ ngày " + DATE.format(certificate.getNotBefore().toInstant()) + ").");
        }
        String chainProblem = verifier.certificateProblem(certificate, chain, now);
        if (chainProblem != null) {
            throw invalid("Chứng thư số không do tổ chức cấp chứng thư tin cậy cấp: " + chainProblem);
        }
    }

    private SignerCertificate revoke(Holder kind, long agencyId, String login, String sha256, String revokedBy) {
        String fingerprint = sha256 == null ? "" : sha256.strip().toLowerCase(java.util.Locale.ROOT);
        SignerCertificate enrolled = table.bySha256(fingerprint).filter(c -> c.isFor(kind, agencyId, login))
                .orElseThrow(() -> new SignatureRefusedException(Reason.NOT_FOUND,
                        "Không có chứng thư số với SHA-256 " + fingerprint + " đăng ký cho người ký hoặc cơ quan này."));
        table.revoke(enrolled.id(), revokedBy, clock.instant());
        return table.bySha256(fingerprint).orElseThrow();
    }

    private Person person(String login) {
        return people.findByUsername(login == null ? "" : login).orElseThrow(() -> new InvalidInputException("login",
                "«" + login + "» không phải tài khoản của cán bộ một phường/xã trong hệ thống."));
    }

    private Agency agency(String code) {
        return agencies.findByCode(code == null ? "" : code).orElseThrow(() -> new InvalidInputException("agency",
                "Không có cơ quan mã «" + code + "» trong hệ thống."));
    }

    private static List<X509Certificate> read(byte[] input) {
        try {
            return CertificateCodec.read(input);
        } catch (SigningException e) {
            throw invalid(e.getMessage());
        }
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(FIELD, message);
    }
}
