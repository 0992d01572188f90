package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.document.render.content.AuditReport;

/**
 * The auditor's printed timeline checked like our other documents: PDF/A-2b (veraPDF), fonts
 * embedded, A4 landscape inside NĐ 30's margins, pages numbered from the second, the table header
 * on every page, Vietnamese text as written.
 */
class AuditReportDocumentTest {

    static AuditReport sample(int events) {
        List<AuditReport.Entry> entries = new ArrayList<>();
        for (int i = 0; i < events; i++) {
            entries.add(new AuditReport.Entry(time(i),
                    i % 3 == 0 ? "Kế hoạch" : "Tổ dân phố số " + (1 + i % 10),
                    i % 5 == 0 ? "Trả lại" : "Hoàn thành",
                    i % 5 == 0 ? "Vũ Thị Thu Hằng (Phó Chủ tịch UBND phường)" : "Nguyễn Văn Hải (Tổ trưởng Tổ dân phố số 1)",
                    i % 5 == 0 ? "Lãnh đạo duyệt kế hoạch · Trả lại: «Bổ sung chỉ tiêu BHXH, đề nghị ghi rõ đơn vị chủ trì»"
                            : i % 7 == 0 ? "POST /engine-rest/task/9f1c2e4a-ee15-11f1-a5c9-02fc00000001/complete → 403 · SHA-256 "
                                    + "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
                            : "Báo cáo kết quả thực hiện kế hoạch · sự kiện " + (i + 1)));
        }
        return new AuditReport(AuditReport.header(null, List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH KHÔI"), "Thạch Khôi",
                LocalDate.of(2025, 9, 19)), "Phát động đợt thi đua cao điểm chào mừng Đại hội Đảng bộ các cấp",
                "50/KH-UBND", "toàn bộ kế hoạch và các đơn vị", "Cao Thị Hồng Nhung (Kiểm tra, giám sát)", "19/09/2025 14:03", entries);
    }

    /**
     * 540 rows: more than one part of 500 (each part is a page-sequence of its own, so a large
     * report is laid out and freed part by part); the second part must read as the same table
     * continued, numbered on.
     */
    /** The time of the sample's row i, different for every row up to 1,260. */
    static String time(int i) {
        return String.format("%02d/09/2025 %02d:%02d", 1 + i % 28, 8 + i % 9, i % 60);
    }

    @Test
    void theAuditReportIsAPdfAInTheLayoutOfOurOtherDocuments() throws IOException {
        byte[] bytes = new DocumentRenderer().render(sample(540));
        assertThat(PdfA.violations2b(bytes)).as("veraPDF PDF/A-2b failures").isEmpty();
        try (PdfInspection pdf = new PdfInspection(bytes)) {
            assertThat(pdf.pageCount()).isGreaterThan(1);
            LayoutRules.assertFontsEmbeddedLiberation(pdf);
            LayoutRules.assertA4(pdf, LayoutRules.Paper.LANDSCAPE);
            LayoutRules.assertInsideMargins(pdf, LayoutRules.Paper.LANDSCAPE);
            LayoutRules.assertPageNumbers(pdf, List.of(1), LayoutRules.Paper.LANDSCAPE);
            for (int page = 1; page <= pdf.pageCount(); page++) {
                String text = pdf.glyphs(page).stream().map(PdfInspection.Glyph::text).reduce("", String::concat).replace(" ", "");
                assertThat(text).as("table header on page %d", page).contains("Ngườithựchiện");
            }
            assertThat(pdf.flatText()).contains("BÁO CÁO NHẬT KÝ XỬ LÝ KẾ HOẠCH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Thạch Khôi, ngày 19 tháng 9 năm 2025", "Kế hoạch số 50/KH-UBND", "Vũ Thị Thu Hằng", "«Bổ sung chỉ tiêu",
                    "540 sự kiện", "Cao Thị Hồng Nhung");
            // Every row is there, in order, across the two parts; the closing line once, after the last row.
            // (A row's date is the first line of its first cell: one per row, in the rows' order.)
            List<String> dates = new ArrayList<>();
            java.util.regex.Matcher date = java.util.regex.Pattern.compile("\\d\\d/09/2025").matcher(pdf.flatText());
            while (date.find()) {
                dates.add(date.group());
            }
            List<String> expected = new ArrayList<>();
            for (int i = 0; i < 540; i++) {
                expected.add(time(i).substring(0, 10));
            }
            expected.add("19/09/2025"); // "In lúc 19/09/2025 14:03"
            assertThat(dates).containsExactlyElementsOf(expected);
            assertThat(PdfInspection.flatten(pdf.text(pdf.pageCount()))).contains("In lúc 19/09/2025 14:03");
            assertThat(pdf.find("BÁO CÁO NHẬT KÝ XỬ LÝ KẾ HOẠCH").get(0).font()).endsWith("LiberationSerif-Bold");
        }
    }

    @Test
    void anEmptyTimelineSaysSo() throws IOException {
        AuditReport full = sample(0);
        try (PdfInspection pdf = new PdfInspection(new DocumentRenderer().render(full))) {
            assertThat(pdf.pageCount()).isEqualTo(1);
            assertThat(pdf.flatText()).contains("Không có sự kiện nào.");
        }
    }
}
