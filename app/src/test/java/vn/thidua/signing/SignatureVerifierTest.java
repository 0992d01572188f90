package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.signing.TestDocuments.TestDocument;
import vn.thidua.signing.verify.SignatureVerifier;
import vn.thidua.signing.verify.VerificationReport;

class SignatureVerifierTest {

    static byte[] issued;

    @BeforeAll
    static void issuePlan() {
        PdfSigner signer = new PdfSigner(SigningConfig.defaults());
        TestDocument plan = TestDocuments.planWithSignatureBlock(1);
        byte[] signed = signer.signAsSigner(plan.pdf(), TestPki.chairman(), TestPki.chairmanSignaturePng(),
                plan.title(), plan.name());
        issued = signer.signAsAgency(signed, TestPki.agency(), TestPki.sealPng());
    }

    @Test
    void aByteChangedInsideTheSignedRangeInvalidatesEverySignatureCoveringIt() {
        byte[] tampered = issued.clone();
        tampered[10] ^= 0x01; // inside the header's binary comment: still a readable PDF, different bytes

        VerificationReport report = TestPki.verifier().verify(tampered);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).hasSize(2).allSatisfy(s -> {
            assertThat(s.integrityValid()).isFalse();
            assertThat(s.valid()).isFalse();
            assertThat(s.problems()).anySatisfy(p -> assertThat(p).contains("message digest"));
        });
    }

    @Test
    void bytesAppendedAfterTheLastSignatureAreReported() {
        byte[] appended = concat(issued, "\n% sửa sau khi ký\n".getBytes(StandardCharsets.UTF_8));

        VerificationReport report = TestPki.verifier().verify(appended);

        assertThat(report.valid()).isFalse();
        assertThat(report.unsignedBytesAfterLastSignature()).isEqualTo(appended.length - issued.length);
        assertThat(report.signatures()).allSatisfy(s -> assertThat(s.integrityValid()).isTrue());
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("không được ký sau chữ ký cuối cùng"));
    }

    @Test
    void anIncrementalEditAfterIssuingIsReportedEvenThoughOldSignaturesStillVerify() throws Exception {
        byte[] edited;
        try (PDDocument doc = Loader.loadPDF(issued)) {
            doc.getDocumentInformation().setTitle("Kế hoạch đã sửa");
            doc.getDocumentInformation().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            edited = out.toByteArray();
        }

        VerificationReport report = TestPki.verifier().verify(edited);

        assertThat(report.valid()).isFalse();
        assertThat(report.unsignedBytesAfterLastSignature()).isPositive();
    }

    @Test
    void aSignatureFromAnUntrustedCaIsNotValid() throws Exception {
        SignatureVerifier trustsNothingOfOurs = new SignatureVerifier(
                new SignatureVerifier.TrustAnchors(Set.of(TestCertificates.strangerCa())));

        VerificationReport report = trustsNothingOfOurs.verify(issued);

        assertThat(report.valid()).isFalse();
        assertThat(report.signatures()).allSatisfy(s -> {
            assertThat(s.integrityValid()).isTrue();
            assertThat(s.chainTrusted()).isFalse();
            assertThat(s.problems()).anySatisfy(p -> assertThat(p).contains("CA tin cậy"));
        });
    }

    @Test
    void anUnsignedFileIsNotValid() {
        VerificationReport report = TestPki.verifier().verify(TestDocuments.planWithSignatureBlock(1).pdf());

        assertThat(report.valid()).isFalse();
        assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("không có chữ ký"));
    }

    @Test
    void reportsTheFilesSha256() {
        String expected = java.util.HexFormat.of().formatHex(CadesSignatureBuilder.sha256(issued));
        assertThat(TestPki.verifier().verify(issued).sha256()).isEqualTo(expected);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] result = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, result, a.length, b.length);
        return result;
    }
}
