package vn.thidua.document.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What a test needs to know about a rendered PDF: text per page, every glyph's position and font,
 * the fonts and their embedding. Positions are in millimetres from the page's top-left corner.
 */
final class PdfInspection implements AutoCloseable {

    static final double MM = 72 / 25.4;

    /** One glyph: baseline y and x from the top-left corner, in mm. */
    record Glyph(int page, String text, double x, double right, double baseline, double top, String font) {
    }

    private final PDDocument document;
    private final List<List<Glyph>> glyphsPerPage = new ArrayList<>();
    private final List<String> textPerPage = new ArrayList<>();

    PdfInspection(byte[] pdf) {
        try {
            document = Loader.loadPDF(pdf);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                collect(page);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void collect(int page) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition p) {
                super.processTextPosition(p);
                glyphs.add(new Glyph(page, p.getUnicode(), p.getXDirAdj() / MM,
                        (p.getXDirAdj() + p.getWidthDirAdj()) / MM, p.getYDirAdj() / MM,
                        (p.getYDirAdj() - p.getHeightDir()) / MM, p.getFont().getName()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.setSortByPosition(true);
        textPerPage.add(stripper.getText(document));
        glyphsPerPage.add(glyphs);
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    PDRectangle pageSize(int page) {
        return document.getPage(page - 1).getMediaBox();
    }

    /** Text of a page (1-based) as PDFBox extracts it. */
    String text(int page) {
        return textPerPage.get(page - 1);
    }

    String text() {
        return String.join("\n", textPerPage);
    }

    /**
     * All text, without the page numbers, with runs of white space (line breaks, justification)
     * folded to one space: a paragraph that crosses a page break reads as one.
     */
    String flatText() {
        StringBuilder body = new StringBuilder();
        for (int page = 1; page <= pageCount(); page++) {
            body.append(page == 1 ? text(page) : text(page).replaceFirst("^\\s*\\d+\\s*\\R", "")).append('\n');
        }
        return flatten(body.toString());
    }

    static String flatten(String text) {
        return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    List<Glyph> glyphs(int page) {
        return glyphsPerPage.get(page - 1);
    }

    List<Glyph> glyphs() {
        return glyphsPerPage.stream().flatMap(List::stream).toList();
    }

    /**
     * The glyphs spelling {@code text} (ignoring spaces) where it first occurs on any page, so a
     * test can ask where a phrase sits and in which font it is set.
     */
    List<Glyph> find(String text) {
        String wanted = text.replace(" ", "");
        for (List<Glyph> page : glyphsPerPage) {
            List<Glyph> letters = page.stream().filter(g -> !g.text().isBlank()).toList();
            StringBuilder joined = new StringBuilder();
            List<Integer> owner = new ArrayList<>();
            for (int i = 0; i < letters.size(); i++) {
                for (int c = 0; c < letters.get(i).text().length(); c++) {
                    owner.add(i);
                }
                joined.append(letters.get(i).text());
            }
            int at = joined.indexOf(wanted);
            if (at >= 0) {
                return letters.subList(owner.get(at), owner.get(at + wanted.length() - 1) + 1);
            }
        }
        throw new AssertionError("\"" + text + "\" not found in the PDF");
    }

    /** Every font used on any page, with whether it is embedded. */
    Set<String> fonts() {
        Set<String> fonts = new TreeSet<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                try {
                    PDFont font = resources.getFont(name);
                    fonts.add(font.getName() + (font.isEmbedded() ? "" : " (NOT EMBEDDED)"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return fonts;
    }

    PDDocument document() {
        return document;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
