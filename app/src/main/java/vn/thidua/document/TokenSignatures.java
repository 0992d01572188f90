package vn.thidua.document;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Arrays;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import vn.thidua.signing.PdfSigner;
import vn.thidua.signing.PreparedSignature;
import vn.thidua.signing.SignatureAppearance.SignerImage;
import vn.thidua.signing.SigningException;
import vn.thidua.signing.SigningKeys;
import vn.thidua.signing.verify.SignatureCheck;
import vn.thidua.signing.verify.SignatureVerifier;
import vn.thidua.signing.verify.VerificationReport;

/**
 * The two phases of a USB-token signature over one PDF, whatever the PDF is: a draft on the signing
 * desk ({@link DocumentSignatures}) or an issued certificate ({@link CertificateSignatures}). Each
 * caller decides who may sign what; this class holds the checks every token signature needs, so
 * both paths refuse the same things with the same words.
 */
@Component
class TokenSignatures {

    private final PdfSigner signer;
    private final SigningKeys keys;
    private final SignatureVerifier verifier;
    private final PreparedSignatureTable prepared;
    private final SignerCertificates certificates;
    private final Clock clock;

    TokenSignatures(PdfSigner signer, SigningKeys keys, SignatureVerifier verifier, PreparedSignatureTable prepared,
            SignerCertificates certificates, Clock clock) {
        this.signer = signer;
        this.keys = keys;
        this.verifier = verifier;
        this.prepared = prepared;
        this.certificates = certificates;
        this.clock = clock;
    }

    /**
     * Phase one: the PDF with the signature field, the signer's image and an empty container, kept
     * in prepared_signature bound to the document, the person and {@code boundTo} (a task, or a
     * decision's batch of certificates).
     */
    DocumentSignatures.Prepared prepare(long documentId, byte[] pdf, String login, String boundTo,
            X509Certificate tokenCertificate, DocumentSigner who) {
        if (tokenCertificate == null) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.INVALID,
                    "Thiếu chứng thư số của token (certificate): cần biết chứng thư nào sẽ ký để kiểm tra nó đã được đăng ký cho bạn.");
        }
        certificates.require(certificates.person(login), tokenCertificate, "Chứng thư số của token");
        PreparedSignature phaseOne = signer.prepare(pdf, tokenCertificate,
                new SignerImage(keys.personImage(login), who.title(), who.name()), "Ký ban hành văn bản");
        PreparedSignature saved = prepared.boundTo(documentId, login, boundTo).save(phaseOne);
        return new DocumentSignatures.Prepared(saved.id(), documentId, PreparedSignature.DIGEST_ALGORITHM,
                saved.documentDigest(), saved.signingTime(), prepared.expiryOf(saved.id()));
    }

    /** The prepared row of this document and person; anything else (used, expired, another's) is not found. */
    PreparedSignatureTable.Row row(String preparedId, long documentId, String login) {
        return row(preparedId, login, r -> r.documentId() == documentId);
    }

    /** The prepared row of this person that {@code belongs} to what is being completed; else not found. */
    PreparedSignatureTable.Row row(String preparedId, String login, Predicate<PreparedSignatureTable.Row> belongs) {
        return prepared.row(preparedId == null ? "" : preparedId)
                .filter(r -> r.username().equals(login) && belongs.test(r))
                .orElseThrow(() -> new SignatureRefusedException(SignatureRefusedException.Reason.NOT_FOUND,
                        "Không tìm thấy chữ ký đã chuẩn bị (đã dùng, hết hạn hoặc của người khác)."));
    }

    /**
     * Phase two: the token's CMS container embedded into the prepared PDF. Refused unless the
     * prepare is fresh and still over {@code currentPdf}, the result verifies and chains to a trust
     * anchor, and the certificate inside the CMS is still enrolled for this person.
     *
     * @return the signed bytes; nothing is stored here
     */
    byte[] complete(PreparedSignatureTable.Row row, byte[] currentPdf, String login, byte[] cms) {
        if (row.expiresAt().isBefore(clock.instant())) {
            prepared.remove(row.id());
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Chữ ký đã chuẩn bị đã hết hạn; hãy chuẩn bị lại.");
        }
        byte[] preparedPdf = row.prepared().preparedPdf();
        // The prepared file is the stored one plus one appended revision: changed bytes make it stale.
        if (preparedPdf.length <= currentPdf.length
                || !Arrays.equals(Arrays.copyOf(preparedPdf, currentPdf.length), currentPdf)) {
            prepared.remove(row.id());
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Văn bản đã thay đổi sau khi chuẩn bị chữ ký; hãy chuẩn bị lại.");
        }
        byte[] signed;
        try {
            signed = signer.complete(row.prepared(), cms);
        } catch (SigningException e) {
            throw new UnverifiableSignatureException(e.getMessage());
        }
        VerificationReport report = verifier.verify(signed);
        if (!report.valid()) {
            throw new UnverifiableSignatureException("Chữ ký không hợp lệ: " + String.join("; ", report.allProblems()));
        }
        // The certificate inside the CMS, checked again: the enrolment may have been revoked since prepare.
        SignatureCheck made = report.signatures().get(report.signatures().size() - 1);
        certificates.require(certificates.person(login), made.signerCertificateSha256(), made.signerName(),
                "Chứng thư số trong chữ ký CMS");
        return signed;
    }
}
