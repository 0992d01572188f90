package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A font folder supplied at deploy time replaces the bundled fonts in every style. */
class LicensedFontsTest {

    @Test
    void theSuppliedFilesReplaceTheBundledFontsInEveryStyle(@TempDir Path dir) throws IOException {
        // We hold no Times New Roman licence: distinct stand-in files show which bytes FOP is given.
        Map<String, String> files = Map.of("times.ttf", "Regular", "timesbd.ttf", "Bold", "timesi.ttf", "Italic",
                "timesbi.ttf", "BoldItalic");
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), "licensed " + e.getValue());
        }
        ClasspathOnlyResources resources = new ClasspathOnlyResources(LicensedFonts.in(dir));
        for (String style : files.values()) {
            byte[] served = resources.read(ClasspathOnlyResources.BASE.resolve("fonts/LiberationSerif-" + style + ".ttf"));
            assertThat(new String(served)).isEqualTo("licensed " + style);
        }
        assertThat(new String(resources.read(ClasspathOnlyResources.BASE.resolve("fop.xconf")))).contains("<fop");
    }

    @Test
    void documentsRenderAndEmbedTheSuppliedFonts(@TempDir Path dir) throws IOException {
        // A metric-compatible stand-in (Debian's Liberation Serif files under the Windows names).
        Path liberation = Path.of("/usr/share/fonts/truetype/liberation2");
        assumeTrue(Files.exists(liberation.resolve("LiberationSerif-Regular.ttf")), "fonts-liberation2 not installed");
        Map<String, String> copies = Map.of("times.ttf", "Regular", "timesbd.ttf", "Bold", "timesi.ttf", "Italic",
                "timesbi.ttf", "BoldItalic");
        for (Map.Entry<String, String> e : copies.entrySet()) {
            Files.copy(liberation.resolve("LiberationSerif-" + e.getValue() + ".ttf"), dir.resolve(e.getKey()));
        }
        byte[] pdf = new DocumentRenderer(LicensedFonts.in(dir)).render(SampleDocuments.plan());
        Set<String> fonts = new HashSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).isTrue();
                    fonts.add(font.getName());
                }
            }
        }
        assertThat(fonts).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void aMissingStyleIsReportedAtStartUp(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("times.ttf"), "x");
        assertThatThrownBy(() -> LicensedFonts.in(dir)).hasMessageContaining("timesbd.ttf");
    }
}
