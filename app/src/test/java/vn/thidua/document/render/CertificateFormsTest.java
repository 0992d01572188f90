package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.thidua.award.AwardType;
import vn.thidua.document.render.content.Certificate;
import vn.thidua.document.render.content.DocumentHeader;
import vn.thidua.document.render.content.DocumentNumber;
import vn.thidua.document.render.content.SignatureBlock;

/**
 * Each of the six awards a ward chairman gives, on its certificate (BRIEF §2): a Giấy khen reads
 * "TẶNG GIẤY KHEN", a title "TẶNG DANH HIỆU" with the title below; the award and the decider in
 * red; one A4 landscape page, PDF/A-2b, Vietnamese letters in every style the page uses.
 */
class CertificateFormsTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();

    @ParameterizedTest
    @EnumSource(AwardType.class)
    void eachAwardHasItsHeadingInRed(AwardType type) throws java.io.IOException {
        boolean title = type != AwardType.GIAY_KHEN;
        Certificate certificate = new Certificate(
                new DocumentHeader(null, List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH KHÔI"), DocumentNumber.issued(5, "QĐ-UBND"),
                        "Thạch Khôi", LocalDate.of(2026, 1, 8)),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI", type.label(), title, "Bà Hoàng Thị Minh Phương",
                "Hiệu trưởng Trường Tiểu học Thạch Khôi",
                "Hoàn thành xuất sắc nhiệm vụ năm học, dẫn đầu phong trào đổi mới sáng tạo trong đợt thi đua năm 2025.", "07",
                new SignatureBlock(null, "CHỦ TỊCH", "Phạm Minh Khang"));
        byte[] bytes = RENDERER.render(certificate);
        String award = type.label().toUpperCase(Locale.forLanguageTag("vi"));
        assertThat(PdfA.violations2b(bytes)).isEmpty();
        try (PdfInspection pdf = new PdfInspection(bytes)) {
            assertThat(pdf.pageCount()).isEqualTo(1);
            LayoutRules.assertA4(pdf, LayoutRules.Paper.LANDSCAPE);
            LayoutRules.assertFontsEmbeddedLiberation(pdf);
            String text = pdf.flatText();
            if (title) {
                assertThat(text).contains("TẶNG DANH HIỆU " + award).doesNotContain("GIẤY KHEN");
                assertThat(pdf.find(award).get(0).baseline()).as("the title under TẶNG DANH HIỆU")
                        .isGreaterThan(pdf.find("TẶNG DANH HIỆU").get(0).baseline());
            } else {
                assertThat(text).contains("TẶNG GIẤY KHEN").doesNotContain("DANH HIỆU");
            }
            assertThat(text).contains("Bà Hoàng Thị Minh Phương", "Số quyết định: 05/QĐ-UBND, ngày 8/1/2026",
                    "Số sổ vàng: 07", "Thạch Khôi, ngày 08 tháng 01 năm 2026", "CHỦ TỊCH", "Phạm Minh Khang");
            assertThat(pdf.find(award)).allMatch(g -> g.font().endsWith("LiberationSerif-Bold"));
            assertThat(pdf.find("Hoàn thành xuất sắc")).allMatch(g -> g.font().endsWith("LiberationSerif-Italic"));
            assertThat(pdf.find("Hiệu trưởng")).allMatch(g -> g.font().endsWith("LiberationSerif"));
        }
        assertThat(PdfColours.redText(bytes)).as("decider and award in red, nothing else")
                .isEqualTo("CHỦTỊCHỦYBANNHÂNDÂNPHƯỜNGTHẠCHKHÔI" + award.replace(" ", ""));
    }
}
