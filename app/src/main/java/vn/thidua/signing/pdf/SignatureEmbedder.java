package vn.thidua.signing.pdf;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.util.Arrays;
import java.util.HexFormat;
import vn.thidua.signing.CadesSignatureBuilder;
import vn.thidua.signing.PreparedSignature;
import vn.thidua.signing.SigningException;
import vn.thidua.signing.verify.ByteRanges;
import vn.thidua.signing.verify.DetachedCms;

/**
 * Phase two: writes a CMS container into the prepared PDF's /Contents. The container is checked
 * before it goes in (signature valid over these very bytes, the expected signer), because a token
 * or client we do not control produced it and a bad one would be caught only by the recipient.
 */
public final class SignatureEmbedder {

    private SignatureEmbedder() {
    }

    public static byte[] embed(PreparedSignature prepared, byte[] cms) {
        byte[] pdf = prepared.preparedPdf();
        long[] range = prepared.byteRange();
        String rangeProblem = ByteRanges.problem(range, pdf);
        if (rangeProblem != null) {
            throw new SigningException("Dữ liệu chuẩn bị bị hỏng: " + rangeProblem);
        }
        byte[] signedBytes = ByteRanges.signedBytes(range, pdf);
        if (!Arrays.equals(CadesSignatureBuilder.sha256(signedBytes), prepared.documentDigest())) {
            throw new SigningException("Dữ liệu chuẩn bị đã bị thay đổi khi lưu / prepared bytes changed in storage");
        }
        DetachedCms container = DetachedCms.parse(cms, signedBytes);
        container.verifyIntegrity();
        checkSigner(prepared, container);

        String hex = HexFormat.of().withUpperCase().formatHex(cms);
        int capacity = (int) (range[2] - range[1] - 2);
        if (hex.length() > capacity) {
            throw new SigningException("Chữ ký CMS (" + cms.length + " byte) lớn hơn chỗ dành sẵn (" + capacity / 2
                    + " byte) / CMS container larger than the reserved space: raise contentsReserveBytes");
        }
        byte[] signed = pdf.clone();
        byte[] hexBytes = hex.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(hexBytes, 0, signed, (int) range[1] + 1, hexBytes.length);
        return signed;
    }

    private static void checkSigner(PreparedSignature prepared, DetachedCms container) {
        if (prepared.expectedSignerCertificateSha256() == null) {
            return;
        }
        try {
            byte[] actual = CadesSignatureBuilder.sha256(container.signerCertificate().getEncoded());
            if (!Arrays.equals(actual, prepared.expectedSignerCertificateSha256())) {
                throw new SigningException("Chữ ký được tạo bằng chứng thư khác với chứng thư đã chọn khi chuẩn bị ("
                        + CertificateNames.commonName(container.signerCertificate())
                        + ") / signed with a different certificate than the one prepared for");
            }
        } catch (CertificateEncodingException e) {
            throw new SigningException("Chứng thư người ký không đọc được / unreadable signer certificate", e);
        }
    }
}
