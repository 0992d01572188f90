package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.signing.TestDocuments.TestDocument;
import vn.thidua.signing.verify.SignatureCheck;
import vn.thidua.signing.verify.VerificationReport;

class PdfSignerTest {

    /** Fixed so the test can assert /M; "now" because the demo certificates are fresh. */
    static final Instant SIGNING_INSTANT = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    static final Path OUTPUT = Path.of("target", "signing-test-output");

    static TestDocument plan;
    static byte[] signedByChairman;
    static byte[] issued;
    static PdfSigner signer;

    @BeforeAll
    static void signPlanAsChairmanThenAgency() throws Exception {
        signer = new PdfSigner(SigningConfig.defaults(), Clock.fixed(SIGNING_INSTANT, VietnameseDates.VIETNAM));
        plan = TestDocuments.planWithSignatureBlock(2);
        signedByChairman = signer.signAsSigner(plan.pdf(), TestPki.chairman(), TestPki.chairmanSignaturePng(),
                plan.title(), plan.name());
        issued = signer.signAsAgency(signedByChairman, TestPki.agency(), TestPki.sealPng());
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("plan-signed-by-chairman.pdf"), signedByChairman);
        Files.write(OUTPUT.resolve("plan-issued.pdf"), issued);
    }

    @Test
    void eachSignatureIsAnIncrementalUpdateThatKeepsThePreviousBytes() {
        assertThat(startsWith(signedByChairman, plan.pdf())).isTrue();
        assertThat(startsWith(issued, signedByChairman)).isTrue();
    }

    @Test
    void bothSignaturesVerifyAndTheFileIsCoveredToTheEnd() {
        VerificationReport report = TestPki.verifier().verify(issued);

        assertThat(report.allProblems()).isEmpty();
        assertThat(report.valid()).isTrue();
        assertThat(report.unsignedBytesAfterLastSignature()).isZero();
        assertThat(report.sha256()).hasSize(64);
        List<SignatureCheck> signatures = report.signatures();
        assertThat(signatures).extracting(SignatureCheck::fieldName).containsExactly("ChuKyNguoiKy-1", "DauCoQuan-2");
        assertThat(signatures).allSatisfy(s -> {
            assertThat(s.integrityValid()).isTrue();
            assertThat(s.chainTrusted()).isTrue();
            assertThat(s.subFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(s.signingTime()).isEqualTo(OffsetDateTime.ofInstant(SIGNING_INSTANT, ZoneOffset.ofHours(7)));
            assertThat(s.signingTime().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
        });
        assertThat(signatures.get(0).signerName()).isEqualTo("Phạm Minh Khang");
        assertThat(signatures.get(0).coversWholeFile()).isFalse();
        assertThat(signatures.get(1).signerName()).isEqualTo("Ủy ban nhân dân phường Thạch Khôi");
        assertThat(signatures.get(1).coversWholeFile()).isTrue();
    }

    @Test
    void theChairmansSignatureDoesNotCertifyTheDocument() throws Exception {
        try (PDDocument doc = Loader.loadPDF(signedByChairman)) {
            assertThat(doc.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.PERMS)).isNull();
            assertThat(doc.getLastSignatureDictionary().getCOSObject().getDictionaryObject(COSName.REFERENCE)).isNull();
        }
    }

    @Test
    void signatureImageSitsBetweenTitleAndNameCentredOnTheTitle() throws Exception {
        PDRectangle image = widget(issued, "ChuKyNguoiKy-1");
        // The test document draws the title centred at x=430 on baseline 504 and the name on 410, both 14 pt.
        assertThat(image.getLowerLeftY()).isGreaterThan(410 + 0.95f * 14);
        assertThat(image.getUpperRightY()).isLessThan(504 - 0.2f * 14);
        assertThat(image.getLowerLeftX() + image.getWidth() / 2).isCloseTo(430f, org.assertj.core.data.Offset.offset(1f));
        assertThat(image.getHeight()).isGreaterThan(40f);
        assertThat(pageOf(issued, "ChuKyNguoiKy-1")).isEqualTo(1);
    }

    @Test
    void sealIsRealSizeAndCoversTheLeftThirdOfTheSignature() throws Exception {
        PDRectangle image = widget(issued, "ChuKyNguoiKy-1");
        PDRectangle seal = widget(issued, "DauCoQuan-2");
        float diameter = SigningConfig.mmToPt(35);
        assertThat(seal.getWidth()).isCloseTo(diameter, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(seal.getHeight()).isCloseTo(diameter, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(seal.getUpperRightX()).isCloseTo(image.getLowerLeftX() + image.getWidth() / 3,
                org.assertj.core.data.Offset.offset(0.5f));
        float imageCentreY = image.getLowerLeftY() + image.getHeight() / 2;
        assertThat(seal.getLowerLeftY() + seal.getHeight() / 2).isCloseTo(imageCentreY, org.assertj.core.data.Offset.offset(0.5f));
    }

    @Test
    void popplerPdfsigReportsEverySignatureValid() throws Exception {
        assumeTrue(Pdfsig.installed(), "pdfsig (poppler-utils) not installed");
        String output = Pdfsig.run(OUTPUT.resolve("plan-issued.pdf"));

        assertThat(count(output, "Signature Validation: Signature is Valid.")).as(output).isEqualTo(2);
        assertThat(output).contains("ETSI.CAdES.detached").doesNotContain("Signature is Invalid");
    }

    @Test
    void refusesToGuessWhenTheSignatureBlockIsMissing() {
        assertThatThrownBy(() -> signer.signAsSigner(plan.pdf(), TestPki.chairman(), TestPki.chairmanSignaturePng(),
                "PHÓ CHỦ TỊCH", plan.name()))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("Không tìm thấy khối chữ ký")
                .hasMessageContaining("PHÓ CHỦ TỊCH");
    }

    @Test
    void refusesTheSealWhenNoOneHasSignedVisibly() {
        assertThatThrownBy(() -> signer.signAsAgency(plan.pdf(), TestPki.agency(), TestPki.sealPng()))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("chưa có chữ ký hiển thị");
    }

    static PDRectangle widget(byte[] pdf, String fieldName) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDField field = doc.getDocumentCatalog().getAcroForm().getField(fieldName);
            assertThat(field).isInstanceOf(PDSignatureField.class);
            return field.getWidgets().get(0).getRectangle();
        }
    }

    static int pageOf(byte[] pdf, String fieldName) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDField field = doc.getDocumentCatalog().getAcroForm().getField(fieldName);
            return doc.getPages().indexOf(field.getWidgets().get(0).getPage());
        }
    }

    static boolean startsWith(byte[] whole, byte[] prefix) {
        return whole.length > prefix.length && java.util.Arrays.equals(whole, 0, prefix.length, prefix, 0, prefix.length);
    }

    static int count(String text, String needle) {
        Matcher m = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
