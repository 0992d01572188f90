package vn.thidua.document;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.document.SignatureRefusedException.Reason;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.WardAccess;
import vn.thidua.security.Official;

/**
 * The certificates of an issued award decision that wait for their signer's USB token: they were
 * issued unsigned with the decision (AwardCertificates) because a token signs only in two phases,
 * through its holder's client. Here the decision's signer signs all of them in one round trip, and
 * each is then sealed by the agency as the decision was. The certificates are always those of the
 * decision named in the path, in the caller's ward: nothing the client sends chooses which document
 * is written. A complete is all or nothing: every certificate is checked before any is stored.
 */
@Service
public class CertificateSignatures {

    public static final String SIGNED = "SIGNED";
    public static final String AWAITING_SIGNATURE = "AWAITING_SIGNATURE";

    /** A certificate as listed: signed and sealed, or waiting for its signer's token. */
    public record CertificateState(long certificateId, String title, Integer goldBookNo, String status, String statusLabel,
            String signerName, String signedBy, Instant signedAt, String sha256, String pdfUrl) {
    }

    /** Phase one for one certificate: what its token signs. */
    public record PreparedCertificate(long certificateId, String title, Integer goldBookNo, DocumentSignatures.Prepared signature) {
    }

    /** Phase two for one certificate: the token's detached CMS over the digest prepared under this id. */
    public record TokenSignature(String preparedId, byte[] cms) {
    }

    private final OfficialDocumentRepository documents;
    private final AwardCertificates certificates;
    private final TokenSignatures tokens;
    private final DocumentSignatures signatures;
    private final PreparedSignatureTable prepared;
    private final AgencyRepository agencies;
    private final WardAccess wardAccess;
    private final Clock clock;

    CertificateSignatures(OfficialDocumentRepository documents, AwardCertificates certificates, TokenSignatures tokens,
            DocumentSignatures signatures, PreparedSignatureTable prepared, AgencyRepository agencies, WardAccess wardAccess,
            Clock clock) {
        this.documents = documents;
        this.certificates = certificates;
        this.tokens = tokens;
        this.signatures = signatures;
        this.prepared = prepared;
        this.agencies = agencies;
        this.wardAccess = wardAccess;
        this.clock = clock;
    }

    /** The decision's certificates in the order of the sổ vàng, each signed or waiting; the ward's officials only. */
    @Transactional(readOnly = true)
    public List<CertificateState> states(Official official, long decisionId) {
        OfficialDocument decision = decision(official, decisionId, false);
        return certificates.ofDecision(decision).stream().map(CertificateSignatures::state).toList();
    }

    static CertificateState state(OfficialDocument c) {
        DocumentSigner signer = c.signer();
        return new CertificateState(c.getId(), c.getTitle(), c.getNumber(), c.isSigned() ? SIGNED : AWAITING_SIGNATURE,
                c.isSigned() ? "Đã ký số và đóng dấu" : "Chờ ký số", signer == null ? c.getSignerName() : signer.name(),
                c.getSignedBy(), c.getSignedAt(), c.getSha256(), "/api/documents/" + c.getId() + "/pdf");
    }

    /**
     * Phase one for every certificate of the decision still unsigned (signed ones are skipped). A
     * new prepare replaces an earlier one: only the latest digests can be completed.
     */
    @Transactional
    public List<PreparedCertificate> prepare(Official official, long decisionId, X509Certificate tokenCertificate) {
        OfficialDocument decision = decision(official, decisionId, true);
        String login = requireSigner(official, decision);
        List<PreparedCertificate> result = new ArrayList<>();
        for (OfficialDocument c : waiting(decision)) {
            requireIntactBytes(c);
            prepared.removeForDocument(c.getId());
            DocumentSignatures.Prepared p = tokens.prepare(c.getId(), c.getPdf(), login, batch(decision), tokenCertificate,
                    signerOf(c, decision));
            result.add(new PreparedCertificate(c.getId(), c.getTitle(), c.getNumber(), p));
        }
        return result;
    }

    /**
     * Phase two: one token signature per waiting certificate, each embedded, checked and sealed by
     * the agency before any is stored; then every certificate is stored, verified and audited
     * under its signer. Refused as a whole (nothing changed) if any is missing, unknown or invalid.
     */
    @Transactional
    public List<CertificateState> complete(Official official, long decisionId, List<TokenSignature> sent) {
        OfficialDocument decision = decision(official, decisionId, true);
        String login = requireSigner(official, decision);
        List<OfficialDocument> waiting = waiting(decision);
        if (sent == null || sent.isEmpty()) {
            throw new SignatureRefusedException(Reason.INVALID,
                    "Thiếu chữ ký của các giấy khen (signatures): mỗi giấy khen đã chuẩn bị cần một chữ ký CMS.");
        }
        Map<Long, OfficialDocument> byId = waiting.stream()
                .collect(Collectors.toMap(OfficialDocument::getId, c -> c, (a, b) -> a, LinkedHashMap::new));
        Map<Long, PreparedSignatureTable.Row> rows = new LinkedHashMap<>();
        Map<Long, byte[]> cmsById = new LinkedHashMap<>();
        String batch = batch(decision);
        for (TokenSignature s : sent) {
            PreparedSignatureTable.Row row = tokens.row(s.preparedId(), login,
                    r -> batch.equals(r.taskId()) && byId.containsKey(r.documentId()));
            if (rows.putIfAbsent(row.documentId(), row) != null) {
                throw new SignatureRefusedException(Reason.INVALID,
                        "Có hai chữ ký cho cùng giấy khen «" + byId.get(row.documentId()).getTitle() + "».");
            }
            cmsById.put(row.documentId(), s.cms());
        }
        Set<Long> missing = byId.keySet().stream().filter(id -> !rows.containsKey(id)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            throw new SignatureRefusedException(Reason.INVALID, "Thiếu chữ ký cho " + missing.size()
                    + " giấy khen đang chờ ký (" + byId.get(missing.iterator().next()).getTitle()
                    + "…); hãy chuẩn bị lại và gửi đủ chữ ký cho mọi giấy khen.");
        }
        Agency agency = agencies.findById(decision.getAgencyId()).orElseThrow();
        Map<OfficialDocument, byte[]> sealed = new LinkedHashMap<>();
        for (OfficialDocument c : waiting) {
            requireIntactBytes(c);
            byte[] signed = tokens.complete(rows.get(c.getId()), c.getPdf(), login, cmsById.get(c.getId()));
            sealed.put(c, signatures.sealCertificate(signed, agency.getId(), agency.getCode()));
        }
        Instant now = clock.instant();
        List<CertificateState> result = new ArrayList<>();
        for (Map.Entry<OfficialDocument, byte[]> e : sealed.entrySet()) {
            OfficialDocument c = e.getKey();
            c.signedAfterIssue(login, now, e.getValue(), DocumentService.sha256(e.getValue()));
            prepared.removeForDocument(c.getId());
            signatures.recordVerification(c);
            signatures.recordSignature(c, signerOf(c, decision), login,
                    "thiết bị ký số (token), đóng dấu của cơ quan; QĐ số " + decision.numberAndNotation());
            result.add(state(c));
        }
        return result;
    }

    /** Prepared rows of one decision's certificates are bound to it, not to a task (there is none after issue). */
    private static String batch(OfficialDocument decision) {
        return AwardCertificates.sequenceKey(decision);
    }

    /**
     * The issued decision in the caller's ward: another ward's, or no such decision, is not found
     * (404, no hint it exists); locked when its certificates are to change, so two completes queue.
     */
    private OfficialDocument decision(Official official, long decisionId, boolean lock) {
        OfficialDocument decision = (lock ? documents.lockById(decisionId) : documents.findById(decisionId))
                .filter(d -> "QD".equals(d.getKind()))
                .orElseThrow(() -> new SignatureRefusedException(Reason.NOT_FOUND, "Không tìm thấy quyết định khen thưởng."));
        if (wardAccess.toAgency(official, decision.getAgencyId()) != WardAccess.Answer.ALLOWED) {
            throw new SignatureRefusedException(Reason.NOT_FOUND, "Không tìm thấy quyết định khen thưởng.");
        }
        if (decision.getStatus() != OfficialDocument.Status.ISSUED) {
            throw new SignatureRefusedException(Reason.CONFLICT, "Quyết định chưa ban hành nên chưa có giấy khen.");
        }
        return decision;
    }

    /**
     * Only whoever signed the decision signs its certificates: the chairman, or the vice-chairman
     * the decision was delegated to ("KT. CHỦ TỊCH"), as the certificates' signature block reads.
     */
    private static String requireSigner(Official official, OfficialDocument decision) {
        String login = official.userId();
        if (!login.equals(decision.getSignedBy())) {
            DocumentSigner signer = decision.signer();
            throw new SignatureRefusedException(Reason.FORBIDDEN, "Giấy khen của quyết định số " + decision.numberAndNotation()
                    + " do người đã ký quyết định (" + (signer == null ? decision.getSignedBy() : signer.name())
                    + ") ký, không phải người đang đăng nhập.");
        }
        return login;
    }

    private List<OfficialDocument> waiting(OfficialDocument decision) {
        List<OfficialDocument> waiting = certificates.ofDecision(decision).stream().filter(c -> !c.isSigned()).toList();
        if (waiting.isEmpty()) {
            throw new SignatureRefusedException(Reason.CONFLICT, "Mọi giấy khen của quyết định số "
                    + decision.numberAndNotation() + " đã được ký số và đóng dấu; không còn giấy khen nào chờ ký.");
        }
        return waiting;
    }

    /** The block the certificate was rendered with; issued before a signer was known, the decision's. */
    private static DocumentSigner signerOf(OfficialDocument certificate, OfficialDocument decision) {
        return certificate.signer() != null ? certificate.signer() : decision.signer();
    }

    private static void requireIntactBytes(OfficialDocument c) {
        if (!DocumentService.sha256(c.getPdf()).equals(c.getSha256())) {
            throw new UnverifiableSignatureException("Tệp giấy khen «" + c.getTitle()
                    + "» đã bị thay đổi so với bản đã ban hành (SHA-256 không khớp); không ký.");
        }
    }
}
