package vn.thidua.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.StringReader;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.xmlgraphics.util.MimeConstants;
import org.junit.jupiter.api.Test;
import vn.thidua.signing.pdf.SignatureBlock;
import vn.thidua.signing.pdf.SignatureBlockLocator;

/**
 * The locator against what the product really signs: FOP output with the Decree 30 two-column
 * block ("Nơi nhận" left, signature right, same lines). ASCII text, so FOP's base-14 fonts do.
 */
class SignatureBlockLocatorTest {

    @Test
    void findsTitleAndNameInTheRightColumnOfAFopTable() throws Exception {
        try (PDDocument doc = Loader.loadPDF(fopBlock("TM. UY BAN NHAN DAN", "CHU TICH"))) {
            SignatureBlock block = SignatureBlockLocator.onLastPage(doc, "chu tich", "Pham  Minh Khang");

            assertThat(block.title().text()).isEqualTo("CHU TICH");
            assertThat(block.title().left()).as("right column, not merged with 'Noi nhan'").isGreaterThan(297);
            assertThat(block.name().baseline()).isLessThan(block.title().baseline() - 50);
            assertThat(Math.abs(block.title().centreX() - block.name().centreX())).isLessThan(2);
            assertThat(block.gapTop() - block.gapBottom()).isGreaterThan(40);
        }
    }

    @Test
    void aDeputyIsFoundByTheLastTitleLineNotByTheKtLine() throws Exception {
        try (PDDocument doc = Loader.loadPDF(fopBlock("KT. CHU TICH", "PHO CHU TICH"))) {
            assertThat(SignatureBlockLocator.onLastPage(doc, "PHO CHU TICH", "Pham Minh Khang").title().text())
                    .isEqualTo("PHO CHU TICH");
            assertThatThrownBy(() -> SignatureBlockLocator.onLastPage(doc, "CHU TICH", "Pham Minh Khang"))
                    .isInstanceOf(SigningException.class)
                    .hasMessageContaining("thiếu chức vụ \"CHU TICH\"");
        }
    }

    @Test
    void signsTheFopDocumentEndToEnd() throws Exception {
        PdfSigner signer = new PdfSigner(SigningConfig.defaults());
        byte[] signed = signer.signAsSigner(fopBlock("TM. UY BAN NHAN DAN", "CHU TICH"), TestPki.chairman(),
                TestPki.chairmanSignaturePng(), "CHU TICH", "Pham Minh Khang");
        byte[] issued = signer.signAsAgency(signed, TestPki.agency(), TestPki.sealPng());
        java.nio.file.Files.write(java.nio.file.Files.createDirectories(PdfSignerTest.OUTPUT).resolve("fop-issued.pdf"), issued);

        assertThat(TestPki.verifier().verify(issued).allProblems()).isEmpty();
    }

    private static byte[] fopBlock(String firstTitleLine, String secondTitleLine) throws Exception {
        String fo = """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Times">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="A4" page-width="210mm" page-height="297mm"
                        margin-top="20mm" margin-bottom="20mm" margin-left="30mm" margin-right="15mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="A4">
                    <fo:flow flow-name="xsl-region-body" font-size="14pt">
                      <fo:block text-align="justify" space-after="12pt">Giao ong Pham Minh Khang, CHU TICH UBND,
                        chi dao thuc hien ke hoach nay.</fo:block>
                      <fo:table table-layout="fixed" width="100%%">
                        <fo:table-column column-width="50%%"/>
                        <fo:table-column column-width="50%%"/>
                        <fo:table-body>
                          <fo:table-row>
                            <fo:table-cell>
                              <fo:block font-size="12pt" font-weight="bold" font-style="italic">Noi nhan:</fo:block>
                              <fo:block font-size="11pt">- Nhu tren;</fo:block>
                              <fo:block font-size="11pt">- Luu: VT.</fo:block>
                            </fo:table-cell>
                            <fo:table-cell text-align="center" font-weight="bold">
                              <fo:block>%s</fo:block>
                              <fo:block>%s</fo:block>
                              <fo:block space-before="72pt">Pham Minh Khang</fo:block>
                            </fo:table-cell>
                          </fo:table-row>
                        </fo:table-body>
                      </fo:table>
                    </fo:flow>
                  </fo:page-sequence>
                </fo:root>
                """.formatted(firstTitleLine, secondTitleLine);
        FopFactory factory = FopFactory.newInstance(new File(".").toURI());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Fop fop = factory.newFop(MimeConstants.MIME_PDF, out);
        TransformerFactory.newInstance().newTransformer()
                .transform(new StreamSource(new StringReader(fo)), new SAXResult(fop.getDefaultHandler()));
        return out.toByteArray();
    }
}
