package vn.thidua.document;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.document.DocumentSignatures.SignatureInfo;
import vn.thidua.document.DocumentSignatures.Verification;
import vn.thidua.signing.pdf.SignatureFields;
import vn.thidua.signing.verify.SignatureCheck;
import vn.thidua.signing.verify.SignatureVerifier;
import vn.thidua.signing.verify.VerificationReport;

/**
 * The verdict on a stored document: what the PDF verifier says of its signatures, plus what only
 * we know: that the bytes are the ones whose SHA-256 was recorded, and that each signature was made
 * with the certificate enrolled for whom it stands for (the recorded signer, or the agency).
 */
@Component
class StoredDocumentVerifier {

    private final SignatureVerifier verifier;
    private final SignerCertificates certificates;
    private final Clock clock;

    StoredDocumentVerifier(SignatureVerifier verifier, SignerCertificates certificates, Clock clock) {
        this.verifier = verifier;
        this.certificates = certificates;
        this.clock = clock;
    }

    Verification check(OfficialDocument doc) {
        VerificationReport report = verifier.verify(doc.getPdf());
        boolean hashMatches = report.sha256().equals(doc.getSha256());
        List<String> problems = new ArrayList<>(report.problems());
        List<SignatureInfo> signatures = new ArrayList<>();
        int personal = 0;
        for (SignatureCheck c : report.signatures()) {
            SignatureInfo info = info(doc, c, isAgency(c) ? -1 : personal++);
            info.problems().forEach(p -> problems.add(c.fieldName() + ": " + p));
            signatures.add(info);
        }
        boolean enrolled = signatures.stream().allMatch(SignatureInfo::enrolledSigner);
        if (!hashMatches) {
            problems.add(0, "SHA-256 của tệp khác với giá trị đã lưu khi ký/ban hành: tệp đã bị thay đổi"
                    + " / the stored bytes no longer match their recorded SHA-256");
        }
        return new Verification(doc.getId(), doc.getStatus().name(), doc.numberAndNotation(), clock.instant(),
                report.valid() && hashMatches && enrolled, hashMatches, enrolled, doc.getSha256(), report.sha256(),
                List.copyOf(signatures), List.copyOf(problems));
    }

    private SignatureInfo info(OfficialDocument doc, SignatureCheck c, int personalIndex) {
        String enrolmentProblem = certificates.problem(expectedHolder(doc, c, personalIndex), c.signerCertificateSha256(),
                c.signingTime() == null ? null : c.signingTime().toInstant());
        List<String> problems = new ArrayList<>(c.problems());
        if (enrolmentProblem != null) {
            problems.add(enrolmentProblem);
        }
        return new SignatureInfo(c.fieldName(), c.signerName(), c.signerSubject(), c.signerCertificateSha256(),
                c.signingTime(), c.valid() && enrolmentProblem == null, c.integrityValid(), c.coversWholeFile(),
                c.chainTrusted(), enrolmentProblem == null, List.copyOf(problems));
    }

    private static boolean isAgency(SignatureCheck c) {
        String field = c.fieldName() == null ? "" : c.fieldName();
        return field.startsWith(SignatureFields.SEAL_PREFIX) || field.startsWith(SignatureFields.MARK_PREFIX);
    }

    /**
     * Whom a signature stands for, by the role our fields are named after: the seal and the
     * attachment mark are the agency's; any other signature (ours or another tool's) is a person's:
     * on a document two people sign, the first personal signature is the first signer's (the
     * council's secretary), every other one the recorded signer's.
     *
     * @param personalIndex the signature's place among the personal signatures, from 0
     */
    private SignerCertificates.Expected expectedHolder(OfficialDocument doc, SignatureCheck c, int personalIndex) {
        if (isAgency(c)) {
            return certificates.agency(doc.getAgencyId());
        }
        if (personalIndex == 0 && doc.getFirstSignedBy() != null) {
            return certificates.person(doc.getFirstSignedBy());
        }
        return certificates.person(doc.getSignedBy() == null ? "" : doc.getSignedBy());
    }
}
