package vn.thidua.document;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.security.Official;

/**
 * A decision's certificates for a USB token, in the shape of the document's two-phase API
 * (workflow.signingdesk.DocumentSignatureApi): one prepare and one complete for all of them, since
 * a ward's decision may award dozens. The path's decision chooses the certificates; refusals are
 * answered by the API's error contract (SignatureErrors) and 403/404 are recorded (AuditedRefusals).
 */
@RestController
class CertificateSignatureApi {

    /** @param certificate the token's certificate, base64 DER or PEM; must be enrolled for the caller */
    record PrepareRequest(String certificate) {
    }

    record PreparedEntry(long certificateId, String title, Integer goldBookNo, String preparedId, String digestAlgorithm,
            String digest, String digestHex, OffsetDateTime signingTime, Instant expiresAt) {
    }

    record PrepareResponse(long decisionId, List<PreparedEntry> certificates) {
    }

    /** @param cms the detached CMS (CAdES) container over the digest prepared under {@code preparedId}, base64 */
    record Signature(String preparedId, String cms) {
    }

    record CompleteRequest(List<Signature> signatures) {
    }

    record CertificatesResponse(long decisionId, int waiting, List<CertificateSignatures.CertificateState> certificates) {
    }

    private final CertificateSignatures certificates;

    CertificateSignatureApi(CertificateSignatures certificates) {
        this.certificates = certificates;
    }

    /** Each certificate of the decision, signed or waiting for its signer's token. */
    @GetMapping("/api/documents/{id}/certificates")
    CertificatesResponse list(@AuthenticationPrincipal Official official, @PathVariable long id) {
        return response(id, certificates.states(official, id));
    }

    @PostMapping("/api/documents/{id}/certificates/signature/prepare")
    PrepareResponse prepare(@AuthenticationPrincipal Official official, @PathVariable long id,
            @RequestBody(required = false) PrepareRequest request) {
        List<PreparedEntry> entries = certificates.prepare(official, id,
                request == null ? null : TokenInput.certificate(request.certificate())).stream()
                .map(c -> new PreparedEntry(c.certificateId(), c.title(), c.goldBookNo(), c.signature().id(),
                        c.signature().digestAlgorithm(), c.signature().digestBase64(), c.signature().digestHex(),
                        c.signature().signingTime(), c.signature().expiresAt()))
                .toList();
        return new PrepareResponse(id, entries);
    }

    /** Answers the certificates this call signed and sealed. */
    @PostMapping("/api/documents/{id}/certificates/signature/complete")
    CertificatesResponse complete(@AuthenticationPrincipal Official official, @PathVariable long id,
            @RequestBody(required = false) CompleteRequest request) {
        List<CertificateSignatures.TokenSignature> sent = request == null || request.signatures() == null ? List.of()
                : request.signatures().stream().map(s -> new CertificateSignatures.TokenSignature(
                        s == null ? null : s.preparedId(), TokenInput.cms(s == null ? null : s.cms()))).toList();
        return response(id, certificates.complete(official, id, sent));
    }

    private static CertificatesResponse response(long decisionId, List<CertificateSignatures.CertificateState> states) {
        int waiting = (int) states.stream().filter(s -> CertificateSignatures.AWAITING_SIGNATURE.equals(s.status())).count();
        return new CertificatesResponse(decisionId, waiting, states);
    }
}
