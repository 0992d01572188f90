package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** NĐ 30 layout checks shared by the tests, on a rendered PDF. */
final class LayoutRules {

    static final double TOP = 20;
    static final double BOTTOM = 20;
    static final double LEFT = 30;
    static final double RIGHT = 15;
    /** Glyph boxes from PDFBox are approximate; half a millimetre absorbs rounding and side bearings. */
    static final double TOLERANCE = 0.5;

    private LayoutRules() {
    }

    /** Paper size in mm; the margins are NĐ 30's per edge in either orientation. */
    record Paper(double width, double height) {
        static final Paper PORTRAIT = new Paper(210, 297);
        static final Paper LANDSCAPE = new Paper(297, 210);
    }

    static void assertA4Portrait(PdfInspection pdf) {
        assertA4(pdf, Paper.PORTRAIT);
    }

    static void assertA4(PdfInspection pdf, Paper paper) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            PDRectangle box = pdf.pageSize(page);
            assertThat(box.getWidth() / PdfInspection.MM).as("page %d width", page).isCloseTo(paper.width(), org.assertj.core.data.Offset.offset(0.5));
            assertThat(box.getHeight() / PdfInspection.MM).as("page %d height", page).isCloseTo(paper.height(), org.assertj.core.data.Offset.offset(0.5));
        }
    }

    /**
     * Every glyph lies inside the page minus the margins, except the page number, which sits in
     * the top margin of pages 2 and later, centred.
     */
    static void assertInsideMargins(PdfInspection pdf) {
        assertInsideMargins(pdf, Paper.PORTRAIT);
    }

    static void assertInsideMargins(PdfInspection pdf, Paper paper) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            for (PdfInspection.Glyph g : pdf.glyphs(page)) {
                if (g.text().isBlank()) {
                    continue;
                }
                assertThat(g.x()).as("left edge of %s on page %d", g.text(), page).isGreaterThanOrEqualTo(LEFT - TOLERANCE);
                assertThat(g.right()).as("right edge of %s on page %d", g.text(), page).isLessThanOrEqualTo(paper.width() - RIGHT + TOLERANCE);
                assertThat(g.baseline()).as("baseline of %s on page %d", g.text(), page).isLessThanOrEqualTo(paper.height() - BOTTOM);
                if (g.baseline() < TOP) {
                    assertThat(page).as("text %s in the top margin of page 1", g.text()).isGreaterThan(1);
                    assertThat(g.text()).as("only the page number may stand in the top margin").matches("\\d+");
                } else {
                    assertThat(g.top()).as("top of %s on page %d", g.text(), page).isGreaterThanOrEqualTo(TOP - TOLERANCE);
                }
            }
        }
    }

    /** Page 1 carries no number; page n (n ≥ 2) carries "n", centred in the top margin. */
    static void assertPageNumbers(PdfInspection pdf) {
        assertPageNumbers(pdf, List.of(1));
    }

    /**
     * Each page-sequence (the document, an annex) is numbered on its own: its first page carries
     * no number, its k-th page carries "k", centred in the top margin.
     *
     * @param sequenceStarts the first physical page of each sequence, ascending, starting with 1
     */
    static void assertPageNumbers(PdfInspection pdf, List<Integer> sequenceStarts) {
        assertPageNumbers(pdf, sequenceStarts, Paper.PORTRAIT);
    }

    static void assertPageNumbers(PdfInspection pdf, List<Integer> sequenceStarts, Paper paper) {
        for (int page = 1; page <= pdf.pageCount(); page++) {
            int p = page;
            int start = sequenceStarts.stream().filter(s -> s <= p).reduce((a, b) -> b).orElseThrow();
            List<PdfInspection.Glyph> inMargin = pdf.glyphs(page).stream()
                    .filter(g -> !g.text().isBlank() && g.baseline() < TOP).toList();
            if (page == start) {
                assertThat(inMargin).as("page %d opens a sequence: no number", page).isEmpty();
                continue;
            }
            String number = inMargin.stream().map(PdfInspection.Glyph::text).reduce("", String::concat);
            assertThat(number).as("page number of page %d", page).isEqualTo(Integer.toString(page - start + 1));
            double centre = (inMargin.get(0).x() + inMargin.get(inMargin.size() - 1).right()) / 2;
            assertThat(centre).as("page number centred over the body")
                    .isCloseTo(LEFT + (paper.width() - LEFT - RIGHT) / 2, org.assertj.core.data.Offset.offset(2.0));
        }
    }

    static void assertFontsEmbeddedLiberation(PdfInspection pdf) {
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> {
            assertThat(font).contains("LiberationSerif");
            assertThat(font).doesNotContain("NOT EMBEDDED");
        });
    }
}
