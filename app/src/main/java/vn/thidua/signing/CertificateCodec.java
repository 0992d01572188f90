package vn.thidua.signing;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Certificates as people hand them over: PEM (one or several, the signer's first), DER, or the DER
 * in base64 without PEM lines (what token software and our prepare call send), and the SHA-256
 * fingerprint by which a signature's certificate is matched to an enrolled one.
 */
public final class CertificateCodec {

    private static final String UNREADABLE = "Chứng thư số không đọc được (cần PEM, DER hoặc DER mã hóa base64)"
            + " / unreadable certificate (PEM, DER or base64 DER expected)";

    private CertificateCodec() {
    }

    /** @return the certificates in the order given, never empty */
    public static List<X509Certificate> read(byte[] input) {
        if (input == null || input.length == 0) {
            throw new SigningException("Chưa gửi chứng thư số / no certificate given");
        }
        byte[] der = input;
        // A DER certificate starts with a SEQUENCE tag; PEM is read as is by the JDK; anything else
        // may be bare base64 (decoding refuses what is not, and then it is unreadable anyway).
        if (input[0] != 0x30 && !startsWithPem(input)) {
            try {
                der = Base64.getMimeDecoder().decode(new String(input, StandardCharsets.US_ASCII).strip());
            } catch (IllegalArgumentException e) {
                throw new SigningException(UNREADABLE, e);
            }
        }
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory.getInstance("X.509").generateCertificates(new ByteArrayInputStream(der))
                    .forEach(c -> certificates.add((X509Certificate) c));
        } catch (CertificateException | RuntimeException e) {
            // The JDK's parser throws unchecked exceptions on some malformed input too.
            throw new SigningException(UNREADABLE, e);
        }
        if (certificates.isEmpty()) {
            throw new SigningException(UNREADABLE);
        }
        return List.copyOf(certificates);
    }

    /** The first certificate of {@link #read}, from text (PEM or base64 DER). */
    public static X509Certificate readOne(String text) {
        return read(text == null ? new byte[0] : text.strip().getBytes(StandardCharsets.US_ASCII)).get(0);
    }

    /** Hex SHA-256 of the DER encoding: the same value the prepared signature and the table keep. */
    public static String sha256Hex(X509Certificate certificate) {
        return HexFormat.of().formatHex(CadesSignatureBuilder.sha256(der(certificate)));
    }

    public static byte[] der(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException e) {
            throw new SigningException(UNREADABLE, e);
        }
    }

    private static boolean startsWithPem(byte[] input) {
        String head = new String(input, 0, Math.min(input.length, 64), StandardCharsets.US_ASCII).stripLeading();
        return head.startsWith("-----BEGIN");
    }
}
