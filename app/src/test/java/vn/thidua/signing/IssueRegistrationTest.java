package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.SampleDocuments;
import vn.thidua.document.render.content.DocumentHeader;
import vn.thidua.document.render.content.DocumentNumber;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.signing.pdf.RegistrationStamps;
import vn.thidua.signing.verify.VerificationReport;

/**
 * The real FOP draft (blank number and date), signed by the chairman, then issued: number and date
 * written over the blanks in the agency signature's revision; both signatures stay valid.
 */
class IssueRegistrationTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private final PdfSigner signer = new PdfSigner(SigningConfig.defaults());

    static byte[] draft() {
        PlanDocument sample = SampleDocuments.plan();
        DocumentHeader header = new DocumentHeader(null, List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH KHÔI"),
                DocumentNumber.draft("KH-UBND"), "Thạch Khôi", null, 2025);
        return RENDERER.render(new PlanDocument(header, sample.subject(), sample.sections(),
                new SignatureBlock("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Phạm Minh Khang"), sample.recipients()));
    }

    static Registration registration(int number, LocalDate date) throws Exception {
        return new Registration(number, date, font("LiberationSerif-Regular.ttf"), font("LiberationSerif-Italic.ttf"));
    }

    private static byte[] font(String file) throws Exception {
        try (InputStream in = IssueRegistrationTest.class.getResourceAsStream("/templates/fonts/" + file)) {
            return in.readAllBytes();
        }
    }

    @Test
    void numberAndDateGoInTheAgencyRevisionAndBothSignaturesStayValid() throws Exception {
        byte[] signed = signer.signAsSigner(draft(), TestPki.chairman(), TestPki.chairmanSignaturePng(), "CHỦ TỊCH",
                "Phạm Minh Khang");
        byte[] issued = signer.signAsAgency(signed, TestPki.agency(), TestPki.sealPng(),
                registration(5, LocalDate.of(2025, 9, 19)));

        VerificationReport report = TestPki.verifier().verify(issued);
        assertThat(report.allProblems()).isEmpty();
        assertThat(report.signatures()).hasSize(2).allSatisfy(s -> assertThat(s.valid()).isTrue());
        // The chairman's bytes are a prefix of the issued file: nothing he signed was rewritten.
        assertThat(java.util.Arrays.copyOf(issued, signed.length)).isEqualTo(signed);

        try (PDDocument doc = Loader.loadPDF(issued)) {
            List<PDAnnotation> annotations = doc.getPage(0).getAnnotations();
            assertThat(annotations).extracting(PDAnnotation::getAnnotationName)
                    .contains(RegistrationStamps.NUMBER_STAMP, RegistrationStamps.DAY_STAMP, RegistrationStamps.MONTH_STAMP);
            assertThat(annotations).extracting(PDAnnotation::getContents).contains("Số: 05", "Ngày 19", "Tháng 9");
            // The stamps draw something where the blanks were.
            BufferedImage page = new PDFRenderer(doc).renderImage(0, 2f);
            PDAnnotation number = annotations.stream()
                    .filter(a -> RegistrationStamps.NUMBER_STAMP.equals(a.getAnnotationName())).findFirst().orElseThrow();
            assertThat(darkPixels(page, number, doc.getPage(0).getMediaBox().getHeight())).isGreaterThan(20);
        }
        Files.createDirectories(PdfSignerTest.OUTPUT);
        Path file = PdfSignerTest.OUTPUT.resolve("plan-issued-with-number.pdf");
        Files.write(file, issued);
        assumeTrue(Pdfsig.installed(), "pdfsig not installed");
        assertThat(PdfSignerTest.count(Pdfsig.run(file), "Signature Validation: Signature is Valid.")).isEqualTo(2);
    }

    @Test
    void aDecisionWhoseAnnexFollowsTheSignatureIsSignedInItsBlockNotOnTheAnnex() throws Exception {
        byte[] decision = RENDERER.render(SampleDocuments.decision());
        byte[] signed = signer.signAsSigner(decision, TestPki.chairman(), TestPki.chairmanSignaturePng(), "CHỦ TỊCH",
                "Phạm Minh Khang");
        assertThat(TestPki.verifier().verify(signed).valid()).isTrue();
        try (PDDocument doc = Loader.loadPDF(signed)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            int signedPage = -1;
            for (int i = 0; i < pages; i++) {
                if (doc.getPage(i).getAnnotations().stream().anyMatch(a -> "Widget".equals(a.getSubtype()))) {
                    signedPage = i;
                }
            }
            assertThat(signedPage).isBetween(0, pages - 2);
        }
    }

    @Test
    void refusesAnIssueDateOutsideTheYearPrintedOnTheSignedDraft() throws Exception {
        byte[] signed = signer.signAsSigner(draft(), TestPki.chairman(), TestPki.chairmanSignaturePng(), "CHỦ TỊCH",
                "Phạm Minh Khang");
        Registration nextYear = registration(1, LocalDate.of(2026, 1, 2));
        assertThatThrownBy(() -> signer.signAsAgency(signed, TestPki.agency(), TestPki.sealPng(), nextYear))
                .isInstanceOf(SigningException.class).hasMessageContaining("không thuộc năm 2025");
    }

    private static int darkPixels(BufferedImage image, PDAnnotation a, float pageHeight) {
        float scale = 2f;
        int x0 = (int) (a.getRectangle().getLowerLeftX() * scale);
        int x1 = (int) (a.getRectangle().getUpperRightX() * scale);
        int y0 = (int) ((pageHeight - a.getRectangle().getUpperRightY()) * scale);
        int y1 = (int) ((pageHeight - a.getRectangle().getLowerLeftY()) * scale);
        int dark = 0;
        for (int x = Math.max(0, x0); x < Math.min(image.getWidth(), x1); x++) {
            for (int y = Math.max(0, y0); y < Math.min(image.getHeight(), y1); y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) < 100 && ((rgb >> 8) & 0xff) < 100 && (rgb & 0xff) < 100) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
