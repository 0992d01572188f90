package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.PlanSection;

/** The Thạch Khôi plan comes out with the structure, wording and layout of the original. */
class PlanDocumentTest {

    private static PlanDocument plan;
    private static PdfInspection pdf;

    @BeforeAll
    static void render() {
        plan = SampleDocuments.plan();
        pdf = new PdfInspection(new DocumentRenderer().render(plan));
    }

    @AfterAll
    static void close() throws Exception {
        pdf.close();
    }

    @Test
    void printsLetterheadNumberAndDateAsTheOriginal() {
        String page1 = PdfInspection.flatten(pdf.text(1));
        assertThat(page1).contains("ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH KHÔI",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Số: 50/KH-UBND", "Thạch Khôi, ngày 19 tháng 9 năm 2025", "KẾ HOẠCH");
    }

    @Test
    void numberAndDateShareOneLineAndTheDateIsCentredUnderTheQuocHieu() {
        PdfInspection.Glyph number = pdf.find("Số: 50/KH-UBND").get(0);
        List<PdfInspection.Glyph> date = pdf.find("Thạch Khôi, ngày 19 tháng 9 năm 2025");
        List<PdfInspection.Glyph> quocHieu = pdf.find("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(date.get(0).baseline()).isCloseTo(number.baseline(), offset(0.5));
        double dateCentre = (date.get(0).x() + date.get(date.size() - 1).right()) / 2;
        double quocHieuCentre = (quocHieu.get(0).x() + quocHieu.get(quocHieu.size() - 1).right()) / 2;
        assertThat(dateCentre).isCloseTo(quocHieuCentre, offset(1.5));
    }

    @Test
    void keepsEveryHeadingAndParagraphOfThePlanInOrder() {
        String text = pdf.flatText();
        int at = 0;
        for (String expected : printedTexts(plan.sections())) {
            int found = text.indexOf(PdfInspection.flatten(expected), at);
            assertThat(found).as("\"%s\" in order", expected).isGreaterThanOrEqualTo(0);
            at = found;
        }
        assertThat(text).contains("I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "a) Đẩy mạnh Đợt thi đua",
                "đ) Triển khai các biện pháp", "g) Phát hiện, bồi dưỡng", "V. TỔ CHỨC THỰC HIỆN",
                "- Nghị quyết số 72-NQ/TW, ngày 09/9/2025", "55,02% người lao động tham gia bảo hiểm xã hội.",
                "của phường Thạch Khôi./.");
    }

    /** Headings and paragraphs as printed: a level-3 label runs into its first paragraph. */
    private static List<String> printedTexts(List<PlanSection> sections) {
        List<String> texts = new ArrayList<>();
        for (PlanSection s : sections) {
            List<String> paragraphs = new ArrayList<>(s.paragraphs());
            if (s.heading() != null && s.heading().endsWith(")") && !paragraphs.isEmpty()) {
                paragraphs.set(0, s.heading() + " " + paragraphs.get(0));
            } else if (s.heading() != null) {
                texts.add(s.heading());
            }
            texts.addAll(paragraphs);
            texts.addAll(printedTexts(s.children()));
        }
        return texts;
    }

    @Test
    void endsWithRecipientsAndSignatureOfTheCommittee() {
        String text = pdf.flatText();
        assertThat(text).contains("Nơi nhận:", "- thành phố Hải Phòng;", "- Các Tổ dân phố;", "- Lưu: VT, VHXH.",
                "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH");
        assertThat(text).doesNotContain("Lưu: VT, VHXH.;");
    }

    @Test
    void setsVietnameseInAllFourStylesOfTheEmbeddedFont() {
        assertThat(pdf.find("Thực hiện Kế hoạch số 232")).allMatch(g -> g.font().endsWith("LiberationSerif"));
        assertThat(pdf.find("MỤC ĐÍCH, YÊU CẦU")).allMatch(g -> g.font().endsWith("LiberationSerif-Bold"));
        assertThat(pdf.find("Thạch Khôi, ngày 19 tháng 9")).allMatch(g -> g.font().endsWith("LiberationSerif-Italic"));
        assertThat(pdf.find("Nơi nhận:")).allMatch(g -> g.font().endsWith("LiberationSerif-BoldItalic"));
        LayoutRules.assertFontsEmbeddedLiberation(pdf);
    }

    @Test
    void placesNoiNhanLevelWithTheFirstSignatureLine() {
        PdfInspection.Glyph noiNhan = pdf.find("Nơi nhận:").get(0);
        PdfInspection.Glyph authority = pdf.find("TM. ỦY BAN NHÂN DÂN").get(0);
        assertThat(noiNhan.page()).isEqualTo(authority.page());
        assertThat(noiNhan.baseline()).isCloseTo(authority.baseline(), offset(2.0));
        assertThat(noiNhan.x()).isCloseTo(LayoutRules.LEFT, offset(0.5));
        assertThat(authority.x()).as("signature on the right half").isGreaterThan(LayoutRules.LEFT + 165 / 2.0);
    }

    @Test
    void obeysPageSizeMarginsAndPageNumbering() {
        assertThat(pdf.pageCount()).isEqualTo(6);
        LayoutRules.assertA4Portrait(pdf);
        LayoutRules.assertInsideMargins(pdf);
        LayoutRules.assertPageNumbers(pdf);
    }

    @Test
    void justifiesBodyTextWithAOneCentimetreFirstLineIndent() {
        PdfInspection.Glyph firstLine = pdf.find("Thực hiện Kế hoạch số 232").get(0);
        assertThat(firstLine.x()).isCloseTo(LayoutRules.LEFT + 10, offset(0.3));
        PdfInspection.Glyph secondLine = pdf.find("thành phố Hải Phòng về phát động Đợt thi đua").get(0);
        assertThat(secondLine.x()).isCloseTo(LayoutRules.LEFT, offset(0.3));
    }
}
