package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.signing.verify.VerificationReport;

class AttachmentAndEcSigningTest {

    @Test
    void marksASeparateAttachmentTopRightWithNumberAndIsoTime() throws Exception {
        assumeTrue(TestDocuments.vietnameseFontAvailable(), "the mark embeds Liberation Serif (fonts-liberation2)");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        PdfSigner signer = new PdfSigner(SigningConfig.defaults(), Clock.fixed(now, VietnameseDates.VIETNAM));

        byte[] signed = signer.signAttachment(TestDocuments.planWithSignatureBlock(2).pdf(), TestPki.agency(), "50/QĐ-UBND");

        // Formatted as the mark formats it: toString() would drop ":00" seconds and fail once a minute.
        String expectedTime = now.atZone(VietnameseDates.VIETNAM).toOffsetDateTime()
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        assertThat(expectedTime).endsWith("+07:00");
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDAnnotationWidget widget = doc.getDocumentCatalog().getAcroForm().getField("ChuKyCoQuanPhuLuc-1").getWidgets().get(0);
            PDRectangle rect = widget.getRectangle();
            assertThat(doc.getPages().indexOf(widget.getPage())).isZero();
            assertThat(rect.getUpperRightY()).isGreaterThan(PDRectangle.A4.getHeight() - 40);
            assertThat(rect.getUpperRightX()).isGreaterThan(PDRectangle.A4.getWidth() - 60);
            assertThat(appearanceText(doc, widget)).contains("50/QĐ-UBND").contains(expectedTime);
        }
        VerificationReport report = TestPki.verifier().verify(signed);
        assertThat(report.allProblems()).isEmpty();
        pdfsigSaysValid(signed, "attachment-marked.pdf", 1);
    }

    @Test
    void signsWithAnEcKeyToo() throws Exception {
        byte[] signed = new PdfSigner(SigningConfig.defaults()).sign(TestDocuments.planWithSignatureBlock(1).pdf(),
                TestCertificates.ecKeyFromDemoCa("Trần Văn EC"), new SignatureAppearance.Invisible(), "EC");

        VerificationReport report = TestPki.verifier().verify(signed);
        assertThat(report.allProblems()).isEmpty();
        assertThat(report.signatures().get(0).signerName()).isEqualTo("Trần Văn EC");
        pdfsigSaysValid(signed, "ec-signed.pdf", 1);
    }

    /** Annotation appearances are not page text: draw the appearance on a scratch page and read that. */
    private static String appearanceText(PDDocument doc, PDAnnotationWidget widget) throws IOException {
        PDPage scratch = new PDPage(PDRectangle.A4);
        doc.addPage(scratch);
        try (PDPageContentStream cs = new PDPageContentStream(doc, scratch)) {
            cs.drawForm(new PDFormXObject(widget.getNormalAppearanceStream().getCOSObject()));
        }
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(doc.getNumberOfPages());
        return stripper.getText(doc);
    }

    private static void pdfsigSaysValid(byte[] pdf, String name, int signatures) throws Exception {
        if (!Pdfsig.installed()) {
            return;
        }
        Path file = Files.createDirectories(PdfSignerTest.OUTPUT).resolve(name);
        Files.write(file, pdf);
        String output = Pdfsig.run(file);
        assertThat(PdfSignerTest.count(output, "Signature Validation: Signature is Valid.")).as(output).isEqualTo(signatures);
    }
}
