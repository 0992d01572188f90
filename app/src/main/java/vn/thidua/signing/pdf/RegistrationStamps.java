package vn.thidua.signing.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationRubberStamp;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.signing.Registration;
import vn.thidua.signing.SigningException;

/**
 * Writes the number and date over the blanks of every page (page 1, an annex's reference line), as annotations with their own appearance
 * (they print, and a PDF/A viewer shows them like page text) added to the agency signature's
 * revision. The signed page content is not touched.
 *
 * <p>The blanks are found from the glyph positions: the gap between "Số:" (or "số") and "/", between "ngày"
 * and "tháng", between "tháng" and "năm". Strict on purpose: no blank, no issue.
 */
public final class RegistrationStamps {

    public static final String NUMBER_STAMP = "SoVanBan";
    public static final String DAY_STAMP = "NgayBanHanh";
    public static final String MONTH_STAMP = "ThangBanHanh";

    private RegistrationStamps() {
    }

    /**
     * Adds the stamps to every page of {@code doc} (an incremental update in progress) that carries
     * blanks: page 1's "Số:      /…" and date line, and an annex's "(Kèm theo Quyết định số
     * /QĐ-UBND ngày      tháng      năm …)". Page 1 must have both blanks.
     */
    public static void add(PDDocument doc, Registration registration) throws IOException {
        PDType0Font regular = null;
        PDType0Font italic = null;
        for (int index = 0; index < doc.getNumberOfPages(); index++) {
            PDPage page = doc.getPage(index);
            Glyphs glyphs = Glyphs.of(doc, page, index + 1);
            List<Integer> slashes = new ArrayList<>();
            for (int at : glyphs.findAll("Số:/")) {
                slashes.add(at + 3);
            }
            for (int at : glyphs.findAll("số/")) {
                slashes.add(at + 2);
            }
            List<Integer> dates = glyphs.findAll("ngàythángnăm");
            if (index == 0 && slashes.isEmpty()) {
                throw new SigningException("Không tìm thấy chỗ trống \"Số:      /...\" ở trang đầu (văn bản đã có số?)"
                        + " / no blank number line on page 1");
            }
            if (index == 0 && dates.isEmpty()) {
                throw new SigningException("Không tìm thấy chỗ trống \"ngày ... tháng ... năm\" ở trang đầu"
                        + " / no blank date line on page 1");
            }
            if (slashes.isEmpty() && dates.isEmpty()) {
                continue;
            }
            for (int day : dates) {
                String printedYear = glyphs.digitsAfter(day + "ngàythángnăm".length());
                if (!String.valueOf(registration.issuedOn().getYear()).equals(printedYear)) {
                    throw new SigningException("Ngày ban hành " + VietnameseDates.numeric(registration.issuedOn()) + " không thuộc năm " + printedYear
                            + " ghi trên văn bản đã ký / the issue date is not in the year printed on the signed document");
                }
            }
            if (regular == null) {
                regular = PDType0Font.load(doc, new ByteArrayInputStream(registration.regularTtf()), true);
                italic = PDType0Font.load(doc, new ByteArrayInputStream(registration.italicTtf()), true);
            }
            List<PDAnnotation> stamps = new ArrayList<>();
            for (int slashAt : slashes) {
                // Number: right up against the "/" as in "Số: 05/KH-UBND", in the line's own font (an
                // italic reference line gets italic figures).
                Glyph slash = glyphs.at(slashAt);
                PDType0Font font = slash.italic ? italic : regular;
                float numberWidth = font.getStringWidth(registration.numberText()) / 1000 * slash.size;
                stamps.add(stamp(doc, page, NUMBER_STAMP, "Số: " + registration.numberText(), registration.numberText(),
                        font, slash.size, slash.left - numberWidth - 0.3f, slash.baseline));
            }
            for (int day : dates) {
                // Day and month: centred in their blanks, italic like the line.
                Glyph dayEnd = glyphs.at(day + 3);
                Glyph monthStart = glyphs.at(day + 4);
                Glyph monthEnd = glyphs.at(day + 8);
                Glyph yearWord = glyphs.at(day + 9);
                stamps.add(centred(doc, page, DAY_STAMP, "Ngày " + registration.dayText(), registration.dayText(), italic,
                        dayEnd.right, monthStart.left, dayEnd));
                stamps.add(centred(doc, page, MONTH_STAMP, "Tháng " + registration.monthText(), registration.monthText(), italic,
                        monthEnd.right, yearWord.left, monthEnd));
            }
            // PDFBox subsets both fonts when it writes the incremental update (saveIncrementalForExternalSigning).
            COSArray annots = page.getCOSObject().getCOSArray(COSName.ANNOTS);
            if (annots == null) {
                annots = new COSArray();
                page.getCOSObject().setItem(COSName.ANNOTS, annots);
            }
            for (PDAnnotation stamp : stamps) {
                annots.add(stamp);
            }
            annots.setNeedToBeUpdated(true);
            page.getCOSObject().setNeedToBeUpdated(true);
        }
    }

    private static PDAnnotation centred(PDDocument doc, PDPage page, String name, String contents, String text,
            PDType0Font font, float gapLeft, float gapRight, Glyph line) throws IOException {
        float width = font.getStringWidth(text) / 1000 * line.size;
        float left = (gapLeft + gapRight) / 2 - width / 2;
        if (gapRight - gapLeft < width) {
            throw new SigningException("Chỗ trống ngày/tháng quá hẹp / the date blank is too narrow");
        }
        return stamp(doc, page, name, contents, text, font, line.size, left, line.baseline);
    }

    private static PDAnnotation stamp(PDDocument doc, PDPage page, String name, String contents, String text,
            PDType0Font font, float size, float left, float baseline) throws IOException {
        float width = font.getStringWidth(text) / 1000 * size + 1;
        float descent = 0.3f * size;
        float height = 1.3f * size;
        PDRectangle rect = new PDRectangle(left, baseline - descent, width, height);

        PDAppearanceStream appearance = new PDAppearanceStream(doc);
        appearance.setBBox(new PDRectangle(width, height));
        appearance.setResources(new PDResources());
        try (PDPageContentStream content = new PDPageContentStream(doc, appearance)) {
            content.beginText();
            content.setFont(font, size);
            content.setNonStrokingColor(0f, 0f, 0f);
            content.newLineAtOffset(0, descent);
            content.showText(text);
            content.endText();
        }
        PDAppearanceDictionary dictionary = new PDAppearanceDictionary();
        dictionary.setNormalAppearance(appearance);

        PDAnnotationRubberStamp stamp = new PDAnnotationRubberStamp();
        stamp.setAnnotationName(name);
        stamp.setContents(contents);
        stamp.setRectangle(rect);
        stamp.setPage(page);
        stamp.setPrinted(true);
        stamp.setReadOnly(true);
        stamp.setLocked(true);
        stamp.setLockedContents(true);
        stamp.setAppearance(dictionary);
        return stamp;
    }

    /** One glyph in user space (origin bottom left). */
    private record Glyph(String text, float left, float right, float baseline, float size, boolean italic) {
    }

    /** A page's visible glyphs in reading order, whitespace dropped, so blanks of any width match. */
    private static final class Glyphs extends PDFTextStripper {

        private final List<Glyph> glyphs = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private final List<Integer> owner = new ArrayList<>();
        private PDRectangle cropBox;

        private Glyphs() {
            setSortByPosition(true);
        }

        static Glyphs of(PDDocument doc, PDPage page, int pageNumber) throws IOException {
            Glyphs g = new Glyphs();
            g.cropBox = page.getCropBox();
            g.setStartPage(pageNumber);
            g.setEndPage(pageNumber);
            g.writeText(doc, new StringWriter());
            g.index();
            return g;
        }

        @Override
        protected void writeString(String string, List<TextPosition> positions) {
            for (TextPosition p : positions) {
                String unicode = Normalizer.normalize(p.getUnicode(), Normalizer.Form.NFC);
                if (unicode.isBlank() || unicode.chars().allMatch(c -> Character.isWhitespace(c) || c == '\u00A0')) {
                    continue;
                }
                float left = cropBox.getLowerLeftX() + p.getXDirAdj();
                String font = p.getFont() == null ? "" : p.getFont().getName();
                glyphs.add(new Glyph(unicode, left, left + p.getWidthDirAdj(),
                        cropBox.getUpperRightY() - p.getYDirAdj(), p.getFontSizeInPt(),
                        font != null && font.contains("Italic")));
            }
        }

        /** Lines top to bottom, glyphs left to right, into one string with a glyph per char. */
        private void index() {
            glyphs.sort(Comparator.comparingDouble((Glyph g) -> -Math.round(g.baseline * 2) / 2.0)
                    .thenComparingDouble(g -> g.left));
            for (int i = 0; i < glyphs.size(); i++) {
                for (int c = 0; c < glyphs.get(i).text.length(); c++) {
                    text.append(glyphs.get(i).text.charAt(c));
                    owner.add(i);
                }
            }
        }

        List<Integer> findAll(String wanted) {
            List<Integer> found = new ArrayList<>();
            for (int at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + wanted.length())) {
                found.add(at);
            }
            return found;
        }

        Glyph at(int charIndex) {
            return glyphs.get(owner.get(charIndex));
        }

        String digitsAfter(int charIndex) {
            StringBuilder digits = new StringBuilder();
            for (int i = charIndex; i < text.length() && Character.isDigit(text.charAt(i)); i++) {
                digits.append(text.charAt(i));
            }
            return digits.toString();
        }
    }
}
