package vn.thidua.document.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import vn.thidua.document.render.content.DocumentXml;

/**
 * Widths of header lines, in ems, from the embedded font's advance widths.
 *
 * <p>NĐ 30 sizes some rules by the text above them (the Tiêu ngữ rule as long as the text, the
 * agency rule 1/3–1/2 of its width). XSL-FO cannot measure text, so we measure here and the
 * templates multiply by their font size. Liberation Serif has the metrics of Times New Roman, so
 * the figures hold for either font.
 */
final class TextWidths implements DocumentXml.Widths {

    private final Face regular;
    private final Face bold;

    TextWidths() {
        this.regular = new Face("templates/fonts/LiberationSerif-Regular.ttf");
        this.bold = new Face("templates/fonts/LiberationSerif-Bold.ttf");
    }

    /** Width of the text in ems (its width in points at 1 pt). */
    @Override
    public double em(String text, boolean isBold) {
        return (isBold ? bold : regular).em(text);
    }

    private static final class Face {
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final double unitsPerEm;

        Face(String resource) {
            try (InputStream in = TextWidths.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the classpath: " + resource);
                }
                this.font = new TTFParser().parse(new RandomAccessReadBuffer(in));
                this.cmap = font.getUnicodeCmapLookup();
                this.unitsPerEm = font.getUnitsPerEm();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + resource, e);
            }
        }

        // fontbox reads tables lazily and is not documented as thread-safe; a few calls per document.
        synchronized double em(String text) {
            try {
                long units = 0;
                for (int i = 0; i < text.length(); ) {
                    int codePoint = text.codePointAt(i);
                    units += font.getAdvanceWidth(cmap.getGlyphId(codePoint));
                    i += Character.charCount(codePoint);
                }
                return units / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot measure text", e);
            }
        }
    }
}
