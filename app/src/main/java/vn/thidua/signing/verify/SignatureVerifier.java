package vn.thidua.signing.verify;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.signing.CadesSignatureBuilder;
import vn.thidua.signing.CertificateCodec;
import vn.thidua.signing.pdf.CertificateNames;

/**
 * Checks every signature of a PDF: integrity over its byte ranges, chain to the configured trust
 * anchors at the signing time, and that nothing unsigned follows the last signature. Revocation
 * is not checked (PAdES-B-B carries no revocation data; the demo CA publishes none).
 */
@Component
public class SignatureVerifier {

    /** The certificates this installation trusts: the government CA roots, or the demo CA. */
    public record TrustAnchors(Set<X509Certificate> certificates) {
        public TrustAnchors {
            certificates = Set.copyOf(certificates);
        }
    }

    private final CertificateChainValidator chainValidator;

    public SignatureVerifier(TrustAnchors trustAnchors) {
        this.chainValidator = new CertificateChainValidator(trustAnchors.certificates());
    }

    public VerificationReport verify(byte[] pdf) {
        String sha256 = HexFormat.of().formatHex(CadesSignatureBuilder.sha256(pdf));
        List<String> problems = new ArrayList<>();
        List<SignatureCheck> checks = new ArrayList<>();
        long coveredUpTo = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Field> fields = signedFields(doc);
            for (Field field : fields) {
                long[] range = toLongs(field.signature().getByteRange());
                checks.add(check(field, range, pdf));
                if (range.length == 4) {
                    coveredUpTo = Math.max(coveredUpTo, ByteRanges.end(range));
                }
            }
        } catch (IOException e) {
            problems.add("Không đọc được tệp PDF / unreadable PDF: " + e.getMessage());
        }
        if (checks.isEmpty() && problems.isEmpty()) {
            problems.add("Tệp không có chữ ký số / the file has no signature");
        }
        long unsignedTail = checks.isEmpty() ? 0 : pdf.length - coveredUpTo;
        if (unsignedTail > 0) {
            problems.add("Có " + unsignedTail + " byte không được ký sau chữ ký cuối cùng (tệp đã bị sửa sau khi ký)"
                    + " / " + unsignedTail + " unsigned bytes after the last signature: the file was changed after signing");
        }
        boolean valid = problems.isEmpty() && checks.stream().allMatch(SignatureCheck::valid);
        return new VerificationReport(sha256, pdf.length, List.copyOf(checks), unsignedTail, valid, List.copyOf(problems));
    }

    /**
     * Whether a certificate handed over on its own (an enrolment, a token's certificate at prepare)
     * is valid at {@code at} and chains to a trust anchor, with the supplied intermediates.
     *
     * @return null when it does, else why not (Vietnamese / English)
     */
    public String certificateProblem(X509Certificate certificate, List<X509Certificate> supplied, Instant at) {
        return chainValidator.problem(certificate, supplied, at);
    }

    private SignatureCheck check(Field field, long[] range, byte[] pdf) {
        PDSignature signature = field.signature();
        List<String> problems = new ArrayList<>();
        OffsetDateTime signingTime = signature.getSignDate() == null ? null
                : signature.getSignDate().toInstant().atZone(VietnameseDates.VIETNAM).toOffsetDateTime();
        String rangeProblem = ByteRanges.problem(range, pdf);
        boolean integrity = false;
        boolean trusted = false;
        String subject = null;
        String name = null;
        String certificateSha256 = null;
        boolean coversWholeFile = range.length == 4 && ByteRanges.end(range) == pdf.length;
        if (rangeProblem != null) {
            problems.add(rangeProblem);
        } else {
            try {
                DetachedCms cms = DetachedCms.parse(ByteRanges.contents(range, pdf), ByteRanges.signedBytes(range, pdf));
                subject = CertificateNames.subject(cms.signerCertificate());
                name = CertificateNames.commonName(cms.signerCertificate());
                certificateSha256 = CertificateCodec.sha256Hex(cms.signerCertificate());
                cms.verifyIntegrity();
                integrity = true;
                String chainProblem = chainValidator.problem(cms.signerCertificate(), cms.certificates(),
                        signingTime == null ? null : signingTime.toInstant());
                trusted = chainProblem == null;
                if (!trusted) {
                    problems.add(chainProblem);
                }
            } catch (DetachedCms.InvalidCmsException e) {
                problems.add(e.getMessage());
            }
        }
        return new SignatureCheck(field.name(), signature.getSubFilter(), subject, name, certificateSha256, signingTime, integrity,
                coversWholeFile, trusted, integrity && trusted, List.copyOf(problems));
    }

    private record Field(String name, PDSignature signature) {
    }

    /** Signed fields in the order they were signed (by where their signed range ends). */
    private static List<Field> signedFields(PDDocument doc) {
        List<Field> fields = new ArrayList<>();
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form != null) {
            for (PDField field : form.getFieldTree()) {
                if (field instanceof PDSignatureField signatureField && signatureField.getSignature() != null) {
                    fields.add(new Field(field.getFullyQualifiedName(), signatureField.getSignature()));
                }
            }
        }
        fields.sort(Comparator.comparingLong(f -> {
            int[] range = f.signature().getByteRange();
            return range.length == 4 ? (long) range[2] + range[3] : Long.MAX_VALUE;
        }));
        return fields;
    }

    private static long[] toLongs(int[] values) {
        long[] result = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
