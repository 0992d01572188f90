package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/** The PDF/A check must be able to fail, or its green results mean nothing. */
class PdfAValidatorTest {

    @Test
    void rejectsAPlainPdfThatIsNotPdfA() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument plain = new PDDocument()) {
            plain.addPage(new PDPage());
            plain.save(out);
        }
        assertThat(PdfA.violations2b(out.toByteArray())).isNotEmpty();
    }
}
