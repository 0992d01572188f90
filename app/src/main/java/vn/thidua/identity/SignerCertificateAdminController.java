package vn.thidua.identity;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.document.SignatureRefusedException;
import vn.thidua.document.SignerCertificate;
import vn.thidua.document.SignerEnrolment;
import vn.thidua.organisation.GroupIds;
import vn.thidua.security.Official;

/**
 * How an administrator binds a signing certificate to its holder: a chairman's or vice-chairman's
 * USB token (or server key store), or a ward's seal. The body is the certificate as PEM (the
 * signer's first, intermediates may follow), DER, or base64 DER. Only members of camunda-admin;
 * a certificate that is unreadable, not for signing, expired or not under a trust anchor, or a
 * login that is nobody's, is refused with 400 and the reason; nothing is written.
 */
@RestController
class SignerCertificateAdminController {

    private final SignerEnrolment enrolment;

    SignerCertificateAdminController(SignerEnrolment enrolment) {
        this.enrolment = enrolment;
    }

    @GetMapping("/api/admin/signers/{login}/certificates")
    List<SignerCertificate> ofPerson(@AuthenticationPrincipal Official official, @PathVariable String login) {
        requireAdmin(official);
        return enrolment.ofPerson(login);
    }

    @PostMapping("/api/admin/signers/{login}/certificates")
    ResponseEntity<SignerCertificate> enrolPerson(@AuthenticationPrincipal Official official, @PathVariable String login,
            @RequestBody(required = false) byte[] certificate) {
        requireAdmin(official);
        return answer(enrolment.enrolPerson(login, certificate, official.userId()));
    }

    /** Revocation keeps the row: signatures made before it stay valid, later ones are refused. */
    @DeleteMapping("/api/admin/signers/{login}/certificates/{sha256}")
    SignerCertificate revokePerson(@AuthenticationPrincipal Official official, @PathVariable String login,
            @PathVariable String sha256) {
        requireAdmin(official);
        return enrolment.revokePerson(login, sha256, official.userId());
    }

    @GetMapping("/api/admin/agencies/{code}/certificates")
    List<SignerCertificate> ofAgency(@AuthenticationPrincipal Official official, @PathVariable String code) {
        requireAdmin(official);
        return enrolment.ofAgency(code);
    }

    @PostMapping("/api/admin/agencies/{code}/certificates")
    ResponseEntity<SignerCertificate> enrolAgency(@AuthenticationPrincipal Official official, @PathVariable String code,
            @RequestBody(required = false) byte[] certificate) {
        requireAdmin(official);
        return answer(enrolment.enrolAgency(code, certificate, official.userId()));
    }

    @DeleteMapping("/api/admin/agencies/{code}/certificates/{sha256}")
    SignerCertificate revokeAgency(@AuthenticationPrincipal Official official, @PathVariable String code,
            @PathVariable String sha256) {
        requireAdmin(official);
        return enrolment.revokeAgency(code, sha256, official.userId());
    }

    /** Created (201) for a new enrolment; the same certificate again for the same holder changes nothing (200). */
    private static ResponseEntity<SignerCertificate> answer(SignerEnrolment.Enrolment result) {
        return ResponseEntity.status(result.created() ? HttpStatus.CREATED : HttpStatus.OK).body(result.certificate());
    }

    private static void requireAdmin(Official official) {
        if (official == null || !official.inGroup(GroupIds.ADMIN)) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.FORBIDDEN,
                    "Chỉ quản trị hệ thống được đăng ký hoặc thu hồi chứng thư số của người ký.");
        }
    }
}
