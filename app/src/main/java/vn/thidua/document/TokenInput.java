package vn.thidua.document;

import java.security.cert.X509Certificate;
import java.util.Base64;
import vn.thidua.signing.CertificateCodec;
import vn.thidua.signing.SigningException;

/**
 * What a token client sends, read the same way by every two-phase API (a document on the signing
 * desk, a decision's certificates): unreadable input is refused input (400), never a server error.
 */
public final class TokenInput {

    private TokenInput() {
    }

    /** The token's certificate, base64 DER or PEM; null when none was sent (prepare then says what is missing). */
    public static X509Certificate certificate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return CertificateCodec.readOne(text);
        } catch (SigningException e) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.INVALID, "Chứng thư số không đọc được.");
        }
    }

    /** The detached CMS container, base64 (line breaks allowed); required. */
    public static byte[] cms(String base64) {
        byte[] cms;
        try {
            cms = Base64.getMimeDecoder().decode(base64 == null ? "" : base64);
        } catch (IllegalArgumentException e) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.INVALID, "Chữ ký CMS không phải base64.");
        }
        if (cms.length == 0) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.INVALID, "Thiếu chữ ký CMS (cms).");
        }
        return cms;
    }
}
