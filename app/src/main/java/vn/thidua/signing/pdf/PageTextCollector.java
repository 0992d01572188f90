package vn.thidua.signing.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the phrases of one page with their positions. PDFTextStripper hands out words; a
 * signature block shares its lines with the "Nơi nhận" column, so words are joined into phrases
 * only while they sit on the same baseline and close together, never across the column gap.
 */
final class PageTextCollector extends PDFTextStripper {

    private final List<TextBox> words = new ArrayList<>();
    private PDRectangle cropBox;

    private PageTextCollector() {
        setSortByPosition(true);
    }

    static List<TextBox> phrases(PDDocument doc, int pageIndex) throws IOException {
        PageTextCollector collector = new PageTextCollector();
        PDPage page = doc.getPage(pageIndex);
        collector.cropBox = page.getCropBox();
        collector.setStartPage(pageIndex + 1);
        collector.setEndPage(pageIndex + 1);
        collector.writeText(doc, new StringWriter());
        return joinIntoPhrases(collector.words);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isBlank()) {
            return;
        }
        TextPosition first = positions.get(0);
        TextPosition last = positions.get(positions.size() - 1);
        // TextPosition's "adjusted" coordinates are relative to the crop box, y measured downwards.
        float left = cropBox.getLowerLeftX() + first.getXDirAdj();
        float right = cropBox.getLowerLeftX() + last.getXDirAdj() + last.getWidthDirAdj();
        float baseline = cropBox.getUpperRightY() - first.getYDirAdj();
        float fontSize = first.getFontSizeInPt();
        words.add(new TextBox(text, left, right, baseline, fontSize));
    }

    private static List<TextBox> joinIntoPhrases(List<TextBox> words) {
        List<TextBox> phrases = new ArrayList<>();
        TextBox current = null;
        for (TextBox word : words) {
            if (current != null && continues(current, word)) {
                current = new TextBox(current.text() + " " + word.text(), current.left(), word.right(),
                        current.baseline(), Math.max(current.fontSize(), word.fontSize()));
            } else {
                if (current != null) {
                    phrases.add(normalised(current));
                }
                current = word;
            }
        }
        if (current != null) {
            phrases.add(normalised(current));
        }
        return phrases;
    }

    /** Same line and at most about two spaces apart (a column gap is far wider). */
    private static boolean continues(TextBox phrase, TextBox word) {
        float em = Math.max(phrase.fontSize(), word.fontSize());
        float gap = word.left() - phrase.right();
        return Math.abs(phrase.baseline() - word.baseline()) < 0.3f * em && gap > -0.2f * em && gap < 0.8f * em;
    }

    private static TextBox normalised(TextBox box) {
        return new TextBox(normalise(box.text()), box.left(), box.right(), box.baseline(), box.fontSize());
    }

    /** NFC and single spaces, so "CHỦ  TỊCH" typed or extracted differently still matches. */
    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").trim();
    }
}
