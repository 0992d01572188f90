package vn.thidua.document;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.audit.AuditKind;
import vn.thidua.common.audit.AuditRecord;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.signing.PdfSigner;
import vn.thidua.signing.Registration;
import vn.thidua.signing.SigningKeys;

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

        /** The digest as token clients take it. */
        public String digestBase64() {
            return Base64.getEncoder().encodeToString(digest);
        }

        public String digestHex() {
            return HexFormat.of().formatHex(digest);
        }
    }

    /** Phase two's answer: the signed document and the task the signature was prepared for. */
    public record Completed(OfficialDocument document, String taskId) {
    }

    /**
     * @param certificateSha256 hex SHA-256 of the certificate that made the signature
     * @param enrolledSigner the certificate is the one enrolled for whom the signature stands for: the
     *     person recorded as signer (the signer's field), or the agency (the seal's), and was not
     *     revoked before the signing time
     * @param valid integrity, trusted chain and enrolled signer all hold
     */
    public record SignatureInfo(String field, String signer, String signerSubject, String certificateSha256,
            OffsetDateTime signedAt, boolean valid, boolean integrityValid, boolean coversWholeFile, boolean chainTrusted,
            boolean enrolledSigner, List<String> problems) {
    }

    /**
     * @param valid every signature valid (its signer's enrolled certificate included), nothing
     *     unsigned after the last one, and the bytes are the ones whose SHA-256 was stored when they
     *     were signed or issued
     * @param signersEnrolled every signature was made with its holder's enrolled certificate
     */
    public record Verification(long documentId, String status, String number, Instant checkedAt, boolean valid,
            boolean sha256MatchesStored, boolean signersEnrolled, String storedSha256, String actualSha256,
            List<SignatureInfo> signatures, List<String> problems) {
    }

    private final OfficialDocumentRepository documents;
    private final PdfSigner signer;
    private final SigningKeys keys;
    private final PreparedSignatureTable prepared;
    private final DocumentVerifications verifications;
    private final SignerCertificates certificates;
    private final StoredDocumentVerifier storedChecks;
    private final Clock clock;
    private final DocumentVersions versions;
    private final AuditTrail audit;
    private final TokenSignatures tokens;

    DocumentSignatures(OfficialDocumentRepository documents, PdfSigner signer, SigningKeys keys,
            PreparedSignatureTable prepared, DocumentVerifications verifications, SignerCertificates certificates,
            StoredDocumentVerifier storedChecks, Clock clock, DocumentVersions versions, AuditTrail audit,
            TokenSignatures tokens) {
        this.tokens = tokens;
        this.versions = versions;
        this.audit = audit;
        this.documents = documents;
        this.signer = signer;
        this.keys = keys;
        this.prepared = prepared;
        this.verifications = verifications;
        this.certificates = certificates;
        this.storedChecks = storedChecks;
        this.clock = clock;
    }

    /**
     * The signer's PAdES-B-B signature with the server-held key, image between title and name. The
     * key store's certificate must be the one enrolled for this person: a key store copied from
     * another signer's folder is refused like a foreign token.
     */
    @Transactional
    public OfficialDocument signWithServerKey(long documentId, String login) {
        OfficialDocument doc = signable(documentId, login);
        long start = System.nanoTime();
        SigningKeys.Identity identity = keys.person(login);
        certificates.require(certificates.person(login), identity.key().certificate(), "Chứng thư số trong kho khóa trên máy chủ");
        DocumentSigner who = doc.awaitedSigner();
        byte[] signed = signer.signAsSigner(doc.getPdf(), identity.key(), identity.image(), who.title(), who.name());
        LOG.info("Document {} signed by {} in {} ms", documentId, login, (System.nanoTime() - start) / 1_000_000);
        store(doc, login, signed);
        prepared.removeForDocument(documentId);
        recordSignature(doc, who, login, "khóa lưu trên máy chủ");
        return doc;
    }

    /**
     * Phase one for a USB token: the draft with the signature field, image and an empty container,
     * kept in the database; the token signs {@link Prepared#digest()}.
     *
     * @param tokenCertificate the token's certificate, which must be enrolled for this person; only
     *     a container from it is accepted at {@link #complete}
     */
    @Transactional
    public Prepared prepare(long documentId, String login, String taskId, X509Certificate tokenCertificate) {
        OfficialDocument doc = signable(documentId, login);
        return tokens.prepare(documentId, doc.getPdf(), login, taskId, tokenCertificate, doc.awaitedSigner());
    }

    /**
     * Phase two: embeds the token's CMS container; refused unless the result verifies, is trusted,
     * and its certificate (the one sent at prepare) is still enrolled for this person.
     */
    @Transactional
    public Completed complete(long documentId, String preparedId, String login, byte[] cms) {
        PreparedSignatureTable.Row row = tokens.row(preparedId, documentId, login);
        OfficialDocument doc = signable(documentId, login);
        byte[] signed = tokens.complete(row, doc.getPdf(), login, cms);
        DocumentSigner who = doc.awaitedSigner();
        store(doc, login, signed);
        prepared.removeForDocument(documentId);
        recordSignature(doc, who, login, "thiết bị ký số (token)");
        return new Completed(doc, row.taskId());
    }

    /** The first signer's signature (a council secretary's) leaves the document awaiting its signer's. */
    private void store(OfficialDocument doc, String login, byte[] signed) {
        if (doc.awaitedFirstSigner() != null) {
            doc.firstSigned(login, clock.instant(), signed, DocumentService.sha256(signed));
        } else {
            doc.signed(login, clock.instant(), signed, DocumentService.sha256(signed));
        }
    }

    /** A version of the signed bytes and the audit event, under the signer. */
    void recordSignature(OfficialDocument doc, DocumentSigner who, String login, String how) {
        versions.add(doc, DocumentVersions.Stage.SIGNED, login);
        audit.record(AuditRecord.of(AuditKind.DOCUMENT_SIGNED, doc.getPlanId()).document(doc.getId()).actor(login)
                .detail(doc.getKind() + ": " + doc.getTitle() + " · " + (who == null ? "" : who.title() + " " + who.name() + " · ")
                        + how + " · SHA-256 " + doc.getSha256()));
    }

    /** Tasklist's approve needs this: the document carries this person's signature. */
    @Transactional(readOnly = true)
    public boolean isSignedBy(long documentId, String login) {
        // A document two people sign (the Biên bản): the first signer's signature counts for the first signer's step.
        return documents.findById(documentId).map(d -> login.equals(d.getSignedBy()) || login.equals(d.getFirstSignedBy()))
                .orElse(false);
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
        return storedChecks.check(doc);
    }

    /** Before issue: the signer's signature is there, valid, trusted, and the bytes are the ones signed. */
    void requireIntactSignature(OfficialDocument doc) {
        if (!doc.isSigned()) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Văn bản chưa được ký số, chưa thể cấp số và ban hành.");
        }
        Verification check = verification(doc);
        if (!check.valid()) {
            throw new UnverifiableSignatureException("Chữ ký số trên văn bản không hợp lệ, không thể ban hành: "
                    + String.join("; ", check.problems()));
        }
    }

    /**
     * The clerk's agency signature at issue, with the register's number and the date in its
     * revision; the agency key store's certificate must be the one enrolled for this agency.
     */
    byte[] sealAtIssue(OfficialDocument doc, String agencyCode, int number, LocalDate issuedOn) {
        long start = System.nanoTime();
        SigningKeys.Identity agency = keys.agency(agencyCode);
        certificates.require(certificates.agency(doc.getAgencyId()), agency.key().certificate(),
                "Chứng thư số trong kho khóa của cơ quan");
        byte[] issued = signer.signAsAgency(doc.getPdf(), agency.key(), agency.image(),
                new Registration(number, issuedOn, DocumentFonts.regular(), DocumentFonts.italic()));
        LOG.info("Document {} sealed by {} with number {} in {} ms", doc.getId(), agencyCode, number,
                (System.nanoTime() - start) / 1_000_000);
        return issued;
    }

    /**
     * A certificate of an issued decision, signed as the decision was: the signature of whoever
     * signed the decision, with that person's server key (enrolled certificate required), image
     * between title and name.
     */
    byte[] signCertificate(byte[] pdf, DocumentSigner who) {
        SigningKeys.Identity identity = keys.person(who.username());
        certificates.require(certificates.person(who.username()), identity.key().certificate(), "Chứng thư số trong kho khóa trên máy chủ");
        return signer.signAsSigner(pdf, identity.key(), identity.image(), who.title(), who.name());
    }

    /** The agency's seal over the signer's image of a certificate: its number and date are printed already. */
    byte[] sealCertificate(byte[] signedPdf, long agencyId, String agencyCode) {
        SigningKeys.Identity agency = keys.agency(agencyCode);
        certificates.require(certificates.agency(agencyId), agency.key().certificate(), "Chứng thư số trong kho khóa của cơ quan");
        return signer.signAsAgency(signedPdf, agency.key(), agency.image());
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
        DocumentSigner who = doc.awaitedSigner();
        if (who == null || who.username() == null) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Văn bản chưa có người ký trong khối chữ ký.");
        }
        if (!who.username().equals(login)) {
            DocumentSigner first = doc.awaitedFirstSigner();
            throw new SignatureRefusedException(SignatureRefusedException.Reason.FORBIDDEN, first != null
                    && doc.signer() != null && login.equals(doc.signer().username())
                    ? "Văn bản này cần " + first.name() + " (" + first.title() + ") ký trước."
                    : "Văn bản này do " + who.name() + " ký, không phải người đang đăng nhập.");
        }
        if (!DocumentService.sha256(doc.getPdf()).equals(doc.getSha256())) {
            throw new UnverifiableSignatureException(
                    "Tệp văn bản đã bị thay đổi so với bản đã trình (SHA-256 không khớp); không ký.");
        }
        return doc;
    }
}
