package vn.thidua.document;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.audit.AuditKind;
import vn.thidua.common.audit.AuditRecord;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.signing.PdfSigner;
import vn.thidua.signing.PreparedSignature;
import vn.thidua.signing.Registration;
import vn.thidua.signing.SignatureAppearance.SignerImage;
import vn.thidua.signing.SigningKeys;
import vn.thidua.signing.verify.SignatureCheck;
import vn.thidua.signing.verify.SignatureVerifier;
import vn.thidua.signing.verify.VerificationReport;

/**
 * Digital signatures of our documents: the signer's (server key, or a token in two phases), the
 * agency's at issue, and verification of what is stored. Every refusal happens before anything
 * is written, so a refused request leaves the document as it was.
 */
@Service
public class DocumentSignatures {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentSignatures.class);

    /** Phase one's answer: what the token signs (SHA-256 of the byte ranges, the CMS message digest). */
    public record Prepared(String id, long documentId, String digestAlgorithm, byte[] digest, OffsetDateTime signingTime,
            Instant expiresAt) {
    }

    /** Phase two's answer: the signed document and the task the signature was prepared for. */
    public record Completed(OfficialDocument document, String taskId) {
    }

    public record SignatureInfo(String field, String signer, String signerSubject, OffsetDateTime signedAt,
            boolean valid, boolean integrityValid, boolean coversWholeFile, boolean chainTrusted, List<String> problems) {
    }

    /**
     * @param valid every signature valid, nothing unsigned after the last one, and the bytes are the
     *     ones whose SHA-256 was stored when they were signed or issued
     */
    public record Verification(long documentId, String status, String number, Instant checkedAt, boolean valid,
            boolean sha256MatchesStored, String storedSha256, String actualSha256, List<SignatureInfo> signatures,
            List<String> problems) {
    }

    private final OfficialDocumentRepository documents;
    private final PdfSigner signer;
    private final SigningKeys keys;
    private final SignatureVerifier verifier;
    private final PreparedSignatureTable prepared;
    private final DocumentVerifications verifications;
    private final Clock clock;
    private final DocumentVersions versions;
    private final AuditTrail audit;

    DocumentSignatures(OfficialDocumentRepository documents, PdfSigner signer, SigningKeys keys, SignatureVerifier verifier,
            PreparedSignatureTable prepared, DocumentVerifications verifications, Clock clock, DocumentVersions versions,
            AuditTrail audit) {
        this.versions = versions;
        this.audit = audit;
        this.documents = documents;
        this.signer = signer;
        this.keys = keys;
        this.verifier = verifier;
        this.prepared = prepared;
        this.verifications = verifications;
        this.clock = clock;
    }

    /** The signer's PAdES-B-B signature with the server-held key, image between title and name. */
    @Transactional
    public OfficialDocument signWithServerKey(long documentId, String login) {
        OfficialDocument doc = signable(documentId, login);
        long start = System.nanoTime();
        SigningKeys.Identity identity = keys.person(login);
        DocumentSigner who = doc.signer();
        byte[] signed = signer.signAsSigner(doc.getPdf(), identity.key(), identity.image(), who.title(), who.name());
        LOG.info("Document {} signed by {} in {} ms", documentId, login, (System.nanoTime() - start) / 1_000_000);
        doc.signed(login, clock.instant(), signed, DocumentService.sha256(signed));
        prepared.removeForDocument(documentId);
        recordSignature(doc, login, "khóa lưu trên máy chủ");
        return doc;
    }

    /**
     * Phase one for a USB token: the draft with the signature field, image and an empty container,
     * kept in the database; the token signs {@link Prepared#digest()}.
     *
     * @param tokenCertificate the token's certificate if the client sent it: only a container from
     *     it is then accepted; may be null
     */
    @Transactional
    public Prepared prepare(long documentId, String login, String taskId, X509Certificate tokenCertificate) {
        OfficialDocument doc = signable(documentId, login);
        DocumentSigner who = doc.signer();
        PreparedSignature phaseOne = signer.prepare(doc.getPdf(), tokenCertificate,
                new SignerImage(keys.personImage(login), who.title(), who.name()), "Ký ban hành văn bản");
        PreparedSignature saved = prepared.boundTo(documentId, login, taskId).save(phaseOne);
        return new Prepared(saved.id(), documentId, PreparedSignature.DIGEST_ALGORITHM, saved.documentDigest(),
                saved.signingTime(), prepared.expiryOf(saved.id()));
    }

    /** Phase two: embeds the token's CMS container; refused unless the result verifies and is trusted. */
    @Transactional
    public Completed complete(long documentId, String preparedId, String login, byte[] cms) {
        PreparedSignatureTable.Row row = prepared.row(preparedId == null ? "" : preparedId)
                .filter(r -> r.documentId() == documentId && r.username().equals(login))
                .orElseThrow(() -> new SignatureRefusedException(SignatureRefusedException.Reason.NOT_FOUND,
                        "Không tìm thấy chữ ký đã chuẩn bị (đã dùng, hết hạn hoặc của người khác)."));
        if (row.expiresAt().isBefore(clock.instant())) {
            prepared.remove(preparedId);
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Chữ ký đã chuẩn bị đã hết hạn; hãy chuẩn bị lại.");
        }
        OfficialDocument doc = signable(documentId, login);
        byte[] original = doc.getPdf();
        byte[] preparedPdf = row.prepared().preparedPdf();
        // The prepared file is the draft plus one appended revision: a re-rendered draft makes it stale.
        if (preparedPdf.length <= original.length
                || !Arrays.equals(Arrays.copyOf(preparedPdf, original.length), original)) {
            prepared.remove(preparedId);
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Văn bản đã thay đổi sau khi chuẩn bị chữ ký; hãy chuẩn bị lại.");
        }
        byte[] signed;
        try {
            signed = signer.complete(row.prepared(), cms);
        } catch (vn.thidua.signing.SigningException e) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.INVALID, e.getMessage());
        }
        VerificationReport report = verifier.verify(signed);
        if (!report.valid()) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.INVALID,
                    "Chữ ký không hợp lệ: " + String.join("; ", report.allProblems()));
        }
        doc.signed(login, clock.instant(), signed, DocumentService.sha256(signed));
        prepared.removeForDocument(documentId);
        recordSignature(doc, login, "thiết bị ký số (token)");
        return new Completed(doc, row.taskId());
    }

    private void recordSignature(OfficialDocument doc, String login, String how) {
        versions.add(doc, DocumentVersions.Stage.SIGNED, login);
        DocumentSigner who = doc.signer();
        audit.record(AuditRecord.of(AuditKind.DOCUMENT_SIGNED, doc.getPlanId()).document(doc.getId()).actor(login)
                .detail(doc.getKind() + ": " + doc.getTitle() + " · " + (who == null ? "" : who.title() + " " + who.name() + " · ")
                        + how + " · SHA-256 " + doc.getSha256()));
    }

    /** Tasklist's approve needs this: the document carries this person's signature. */
    @Transactional(readOnly = true)
    public boolean isSignedBy(long documentId, String login) {
        return documents.findById(documentId).map(d -> login.equals(d.getSignedBy())).orElse(false);
    }

    @Transactional(readOnly = true)
    public Long agencyOf(long documentId) {
        return documents.findById(documentId).map(OfficialDocument::getAgencyId).orElseThrow(() ->
                new SignatureRefusedException(SignatureRefusedException.Reason.NOT_FOUND, "Không tìm thấy văn bản."));
    }

    /** Checks the stored bytes and records the result (table document_verification). */
    @Transactional
    public Verification verify(long documentId) {
        OfficialDocument doc = documents.findById(documentId).orElseThrow(() -> new SignatureRefusedException(
                SignatureRefusedException.Reason.NOT_FOUND, "Không tìm thấy văn bản."));
        Verification result = verification(doc);
        verifications.store(result);
        return result;
    }

    Verification verification(OfficialDocument doc) {
        byte[] pdf = doc.getPdf();
        VerificationReport report = verifier.verify(pdf);
        boolean hashMatches = report.sha256().equals(doc.getSha256());
        List<SignatureInfo> signatures = report.signatures().stream().map(DocumentSignatures::info).toList();
        List<String> problems = new java.util.ArrayList<>(report.allProblems());
        if (!hashMatches) {
            problems.add(0, "SHA-256 của tệp khác với giá trị đã lưu khi ký/ban hành: tệp đã bị thay đổi"
                    + " / the stored bytes no longer match their recorded SHA-256");
        }
        return new Verification(doc.getId(), doc.getStatus().name(), doc.numberAndNotation(), clock.instant(),
                report.valid() && hashMatches, hashMatches, doc.getSha256(), report.sha256(), signatures, List.copyOf(problems));
    }

    private static SignatureInfo info(SignatureCheck c) {
        return new SignatureInfo(c.fieldName(), c.signerName(), c.signerSubject(), c.signingTime(), c.valid(),
                c.integrityValid(), c.coversWholeFile(), c.chainTrusted(), c.problems());
    }

    /** Before issue: the signer's signature is there, valid, trusted, and the bytes are the ones signed. */
    void requireIntactSignature(OfficialDocument doc) {
        if (!doc.isSigned()) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Văn bản chưa được ký số, chưa thể cấp số và ban hành.");
        }
        Verification check = verification(doc);
        if (!check.valid()) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.INVALID,
                    "Chữ ký số trên văn bản không hợp lệ, không thể ban hành: " + String.join("; ", check.problems()));
        }
    }

    /** The clerk's agency signature at issue, with the register's number and the date in its revision. */
    byte[] sealAtIssue(OfficialDocument doc, String agencyCode, int number, LocalDate issuedOn) {
        long start = System.nanoTime();
        SigningKeys.Identity agency = keys.agency(agencyCode);
        byte[] issued = signer.signAsAgency(doc.getPdf(), agency.key(), agency.image(),
                new Registration(number, issuedOn, DocumentFonts.regular(), DocumentFonts.italic()));
        LOG.info("Document {} sealed by {} with number {} in {} ms", doc.getId(), agencyCode, number,
                (System.nanoTime() - start) / 1_000_000);
        return issued;
    }

    void recordVerification(OfficialDocument doc) {
        verifications.store(verification(doc));
    }

    /** A draft awaiting this person's signature, with its bytes as stored; locked for this transaction. */
    private OfficialDocument signable(long documentId, String login) {
        OfficialDocument doc = documents.lockById(documentId).orElseThrow(() -> new SignatureRefusedException(
                SignatureRefusedException.Reason.NOT_FOUND, "Không tìm thấy văn bản."));
        if (doc.getStatus() == OfficialDocument.Status.ISSUED) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Văn bản số " + doc.numberAndNotation() + " đã ban hành, không ký lại được.");
        }
        if (doc.isSigned()) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Văn bản đã được ký số (" + doc.getSignedBy() + "), không ký lại được.");
        }
        DocumentSigner who = doc.signer();
        if (who == null || who.username() == null) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Văn bản chưa có người ký trong khối chữ ký.");
        }
        if (!who.username().equals(login)) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.FORBIDDEN,
                    "Văn bản này do " + who.name() + " ký, không phải người đang đăng nhập.");
        }
        if (!DocumentService.sha256(doc.getPdf()).equals(doc.getSha256())) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.INVALID,
                    "Tệp văn bản đã bị thay đổi so với bản đã trình (SHA-256 không khớp); không ký.");
        }
        return doc;
    }
}
