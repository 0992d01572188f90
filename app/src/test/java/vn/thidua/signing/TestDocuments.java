package vn.thidua.signing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Small Decree-30-shaped PDFs: a body, then "Nơi nhận" on the left sharing its lines with the
 * signature block on the right. Vietnamese text when Liberation Serif is installed, else the
 * same layout in ASCII (so the tests never skip for want of a font).
 */
public final class TestDocuments {

    static final Path LIBERATION_SERIF = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf");
    static final Path LIBERATION_SERIF_BOLD = Path.of("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf");

    /** The PDF and the texts a caller passes to find its signature block. */
    public record TestDocument(byte[] pdf, String collectiveLine, String title, String name) {
    }

    private TestDocuments() {
    }

    public static boolean vietnameseFontAvailable() {
        return Files.isRegularFile(LIBERATION_SERIF) && Files.isRegularFile(LIBERATION_SERIF_BOLD);
    }

    public static TestDocument planWithSignatureBlock(int pages) {
        boolean vi = vietnameseFontAvailable();
        String collective = vi ? "TM. ỦY BAN NHÂN DÂN" : "TM. UY BAN NHAN DAN";
        String title = vi ? "CHỦ TỊCH" : "CHU TICH";
        String name = vi ? "Phạm Minh Khang" : "Pham Minh Khang";
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = vi ? PDType0Font.load(doc, LIBERATION_SERIF.toFile()) : new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            PDFont bold = vi ? PDType0Font.load(doc, LIBERATION_SERIF_BOLD.toFile()) : new PDType1Font(Standard14Fonts.FontName.TIMES_BOLD);
            for (int p = 1; p <= pages; p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, bold, 13, 300, 780, vi ? "KẾ HOẠCH" : "KE HOACH", true);
                    text(cs, regular, 14, 85, 740, (vi ? "Trang " : "Page ") + p + (vi ? ": nội dung kế hoạch thi đua." : ": plan body."), false);
                    if (p == pages) {
                        // Left column and right column share baselines, as in a FOP two-column table.
                        text(cs, bold, 12, 85, 520, vi ? "Nơi nhận:" : "Noi nhan:", false);
                        text(cs, regular, 11, 85, 506, vi ? "- Như trên;" : "- Nhu tren;", false);
                        text(cs, regular, 11, 85, 493, vi ? "- Lưu: VT." : "- Luu: VT.", false);
                        text(cs, bold, 14, 430, 520, collective, true);
                        text(cs, bold, 14, 430, 504, title, true);
                        text(cs, bold, 14, 430, 410, name, true);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new TestDocument(out.toByteArray(), collective, title, name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void text(PDPageContentStream cs, PDFont font, float size, float x, float y, String text,
            boolean centred) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(centred ? x - width / 2 : x, y);
        cs.showText(text);
        cs.endText();
    }
}
