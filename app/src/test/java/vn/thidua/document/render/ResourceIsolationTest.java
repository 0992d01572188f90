package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import javax.xml.transform.TransformerException;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;

/** Templates and FO reach nothing outside classpath:/templates/, and FOP never swaps a font. */
class ResourceIsolationTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private final ClasspathOnlyResources resources = new ClasspathOnlyResources();

    private static String fo(String content) {
        return """
                <fo:root xmlns:fo="http://www.w3.org/1999/XSL/Format" font-family="Times New Roman">
                  <fo:layout-master-set>
                    <fo:simple-page-master master-name="p" page-width="210mm" page-height="297mm" margin="20mm">
                      <fo:region-body/>
                    </fo:simple-page-master>
                  </fo:layout-master-set>
                  <fo:page-sequence master-reference="p"><fo:flow flow-name="xsl-region-body">%s</fo:flow></fo:page-sequence>
                </fo:root>""".formatted(content);
    }

    @Test
    void servesTemplatesAndFonts() throws IOException {
        assertThat(resources.read(URI.create("classpath:/templates/common.xsl"))).isNotEmpty();
        assertThat(resources.read(URI.create("classpath:/templates/fonts/LiberationSerif-Regular.ttf"))).isNotEmpty();
    }

    @Test
    void refusesFilesUrlsAndEscapesFromTheTemplatesFolder() {
        for (String uri : new String[] {"file:/etc/passwd", "file:///etc/passwd", "http://example.com/x.xsl",
                "classpath:/templates/../application.yml", "classpath:/templates/%2e%2e/application.yml",
                "classpath:/application.yml", "jar:file:/tmp/x.jar!/a"}) {
            assertThatThrownBy(() -> resources.read(URI.create(uri))).as(uri)
                    .isInstanceOf(IOException.class).hasMessageContaining("Refused");
        }
        assertThatThrownBy(() -> resources.getOutputStream(URI.create("classpath:/templates/x")))
                .hasMessageContaining("Refused");
    }

    @Test
    void xsltIncludesResolveOnlyInsideTheTemplatesFolder() throws TransformerException {
        String base = "classpath:/templates/plan.xsl";
        assertThat(resources.resolve("common.xsl", base).getSystemId()).isEqualTo("classpath:/templates/common.xsl");
        assertThatThrownBy(() -> resources.resolve("file:///etc/passwd", base)).isInstanceOf(TransformerException.class);
        assertThatThrownBy(() -> resources.resolve("../../../../etc/passwd", base)).isInstanceOf(TransformerException.class);
        assertThatThrownBy(() -> resources.resolve("https://example.com/evil.xsl", base)).isInstanceOf(TransformerException.class);
    }

    @Test
    void anExternalGraphicPointingAtAServerFileFailsTheRenderWithoutReadingIt() {
        String attempt = fo("<fo:block>x<fo:external-graphic src=\"file:/etc/passwd\"/></fo:block>");
        assertThatThrownBy(() -> RENDERER.renderFo("test", new StreamSource(new StringReader(attempt))))
                .isInstanceOf(DocumentRenderException.class)
                .hasMessageContaining("/etc/passwd");
    }

    @Test
    void aFontFamilyThatIsNotConfiguredFailsInsteadOfBeingSubstituted() {
        String otherFont = fo("<fo:block font-family=\"Comic Sans MS\" font-weight=\"900\">Chữ</fo:block>");
        assertThatThrownBy(() -> RENDERER.renderFo("test", new StreamSource(new StringReader(otherFont))))
                .isInstanceOf(DocumentRenderException.class)
                .hasMessageContaining("not fit to issue");
    }

    @Test
    void plainConfiguredFoRendersThroughTheSameGuards() throws IOException {
        byte[] pdf = RENDERER.renderFo("test", new StreamSource(new StringReader(fo("<fo:block>Thạch Khôi</fo:block>"))));
        try (PdfInspection inspection = new PdfInspection(pdf)) {
            assertThat(inspection.flatText()).isEqualTo("Thạch Khôi");
        }
    }
}
