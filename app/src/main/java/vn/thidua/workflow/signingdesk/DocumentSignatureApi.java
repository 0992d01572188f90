package vn.thidua.workflow.signingdesk;

import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.document.DocumentSignatures;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.SignatureRefusedException;
import vn.thidua.document.TokenInput;
import vn.thidua.organisation.WardAccess;
import vn.thidua.security.Official;

/**
 * Two-phase signing for USB tokens and verification. A token client logs in (HTTP Basic, or the
 * browser session with the CSRF token), asks for the digest, has the token sign it, and sends the
 * CMS container back; any node may take either call (the state is in the database). Refusals are
 * answered by the API's one error contract (common.web.ErrorContract, with document.SignatureErrors).
 */
@RestController
class DocumentSignatureApi {

    /** @param certificate the token's certificate, base64 DER or PEM; required, and must be enrolled for the caller */
    record PrepareRequest(String certificate) {
    }

    record PrepareResponse(String preparedId, long documentId, String digestAlgorithm, String digest, String digestHex,
            OffsetDateTime signingTime, Instant expiresAt) {
    }

    /** @param cms the detached CMS (CAdES) container over the digest, base64 */
    record CompleteRequest(String preparedId, String cms) {
    }

    record CompleteResponse(long documentId, String signedBy, Instant signedAt, String sha256, boolean taskCompleted) {
    }

    private final SignatureDesk desk;
    private final DocumentSignatures signatures;
    private final WardAccess wardAccess;

    DocumentSignatureApi(SignatureDesk desk, DocumentSignatures signatures, WardAccess wardAccess) {
        this.desk = desk;
        this.signatures = signatures;
        this.wardAccess = wardAccess;
    }

    /** The page's "Ký số" for scripts: the server-held key signs, the task completes as "approve". */
    @PostMapping("/api/documents/{id}/signature")
    CompleteResponse sign(@AuthenticationPrincipal Official official, @PathVariable long id) {
        OfficialDocument doc = desk.sign(official, id);
        return new CompleteResponse(doc.getId(), doc.getSignedBy(), doc.getSignedAt(), doc.getSha256(), true);
    }

    @PostMapping("/api/documents/{id}/signature/prepare")
    PrepareResponse prepare(@AuthenticationPrincipal Official official, @PathVariable long id,
            @RequestBody(required = false) PrepareRequest request) {
        X509Certificate certificate = request == null ? null : TokenInput.certificate(request.certificate());
        DocumentSignatures.Prepared p = desk.prepare(official, id, certificate);
        return new PrepareResponse(p.id(), p.documentId(), p.digestAlgorithm(), p.digestBase64(), p.digestHex(), p.signingTime(),
                p.expiresAt());
    }

    @PostMapping("/api/documents/{id}/signature/complete")
    CompleteResponse complete(@AuthenticationPrincipal Official official, @PathVariable long id,
            @RequestBody CompleteRequest request) {
        byte[] cms = TokenInput.cms(request.cms());
        OfficialDocument doc = desk.complete(official, id, request.preparedId(), cms);
        return new CompleteResponse(doc.getId(), doc.getSignedBy(), doc.getSignedAt(), doc.getSha256(), true);
    }

    @GetMapping("/api/documents/{id}/verification")
    DocumentSignatures.Verification verification(@AuthenticationPrincipal Official official, @PathVariable long id) {
        // Only the owning ward's officials learn anything about a document (404 as for the PDF).
        if (wardAccess.toAgency(official, signatures.agencyOf(id)) != WardAccess.Answer.ALLOWED) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.NOT_FOUND, "Không tìm thấy văn bản.");
        }
        return signatures.verify(id);
    }
}
