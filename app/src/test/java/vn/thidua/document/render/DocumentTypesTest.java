package vn.thidua.document.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.document.render.content.DocumentContent;

/** Every document type: PDF/A-2b, metadata, fonts, page geometry and the words NĐ 30 requires. */
class DocumentTypesTest {

    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private static final Map<String, byte[]> PDFS = new java.util.concurrent.ConcurrentHashMap<>();

    /** What each sample must print (flattened text). */
    private static final Map<String, List<String>> EXPECTED = Map.of(
            "plan", List.of("Số: 50/KH-UBND", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "- Lưu: VT, VHXH."),
            "reminder", List.of("Số: 12/UBND-VHXH", "V/v đôn đốc báo cáo kết quả phát động", "Kính gửi: Tổ dân phố số 3.",
                    "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Thu Hằng", "- Như trên;", "- Lưu: VT, VHXH."),
            "unit-report", List.of("UBND PHƯỜNG THẠCH KHÔI", "TRƯỜNG TIỂU HỌC", "Số: 07/BC-THTK", "BÁO CÁO",
                    "Thạch Khôi, ngày 05 tháng 12 năm 2025", "I. CÔNG TÁC TRIỂN KHAI, PHÁT ĐỘNG ĐỢT THI ĐUA",
                    "- Thời gian phát động: ngày 23/9/2025.", "99,56%", "III. GƯƠNG ĐIỂN HÌNH TIÊN TIẾN",
                    "IV. KHÓ KHĂN, VƯỚNG MẮC", "V. ĐỀ XUẤT, KIẾN NGHỊ", "HIỆU TRƯỞNG"),
            "consolidated-report", List.of("Số: 120/BC-UBND", "BÁO CÁO", "Kính gửi: - Ủy ban nhân dân thành phố Hải Phòng;",
                    "- Ban Thi đua - Khen thưởng thành phố.", "Có 13/14 chỉ tiêu đạt và vượt, 01 chỉ tiêu chưa đạt",
                    "≥ 12%", "12,4%", "≥ 55,02%", "55,02%", "< 1%", "1,2%", "Không đạt", "Đạt", "II. ĐÁNH GIÁ CHUNG"),
            "proposal", List.of("PHÒNG VĂN HÓA - XÃ HỘI", "Số: 08/TTr-VHXH", "TỜ TRÌNH",
                    "Kính gửi: Chủ tịch Ủy ban nhân dân phường Thạch Khôi.", "1. Tập thể (01 tập thể)",
                    "2. Cá nhân (02 cá nhân)", "Tổ dân phố số 3", "Bà Hoàng Thị Minh Phương", "Ông Đoàn Văn Lợi", "TRƯỞNG PHÒNG"),
            "minutes", List.of("Số: 03/BB-HĐTĐKT", "BIÊN BẢN", "Vào lúc 14 giờ 00 phút, ngày 12 tháng 12 năm 2025",
                    "Thành viên Hội đồng có mặt: 04/05 thành viên", "Vắng mặt: 01 thành viên",
                    "đi công tác, có ý kiến bằng văn bản", "80%", "100%", "THƯ KÝ", "CHỦ TRÌ", "Trịnh Ngọc Diệp", "Phạm Minh Khang",
                    "16 giờ 30 phút"),
            "decision", List.of("Số: 15/QĐ-UBND", "QUYẾT ĐỊNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI",
                    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", "Tờ trình số 08/TTr-VHXH ngày 10 tháng 12 năm 2025.",
                    "QUYẾT ĐỊNH:", "Điều 1. Tặng Giấy khen", "Điều 2.", "Điều 3.", "- Như Điều 3;",
                    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN",
                    "(Kèm theo Quyết định số 15/QĐ-UBND ngày 15 tháng 12 năm 2025 của Chủ tịch Ủy ban nhân dân phường Thạch Khôi)",
                    "I. TẬP THỂ", "II. CÁ NHÂN"),
            "certificate", List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                    "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI", "TẶNG", "GIẤY KHEN", "Ông Đoàn Văn Lợi",
                    "Số quyết định: 15/QĐ-UBND, ngày 15/12/2025", "Số sổ vàng: 03", "Thạch Khôi, ngày 15 tháng 12 năm 2025",
                    "Phạm Minh Khang"),
            "register", List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH KHÔI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025", "Thạch Khôi, ngày 31 tháng 12 năm 2025", "Sổ chung (60 văn bản)",
                    "Số, ký hiệu", "Ngày ban hành", "Trích yếu nội dung", "Người ký", "Người phát hành", "Nơi nhận", "SHA-256",
                    "01/QĐ-UBND", "50/KH-UBND", "25/02/2025", "Phát động đợt thi đua", "Nguyễn Thị",
                    "Hội đồng Thi đua - Khen thưởng (1 văn bản)", "03/BB-HĐTĐKT", "9f86d081884c"));

    static Stream<Arguments> samples() {
        return SampleDocuments.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    private static byte[] pdf(String name, DocumentContent content) {
        return PDFS.computeIfAbsent(name, n -> RENDERER.render(content));
    }

    @AfterAll
    static void forget() {
        PDFS.clear();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void isPdfA2b(String name, DocumentContent content) {
        assertThat(PdfA.violations2b(pdf(name, content))).as("veraPDF PDF/A-2b failures").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void carriesTitleNumberAndAgencyInMetadata(String name, DocumentContent content) throws IOException {
        try (PdfInspection pdf = new PdfInspection(pdf(name, content))) {
            PDDocumentInformation info = pdf.document().getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(content.title());
            assertThat(info.getAuthor()).isEqualTo(content.header().agencyName());
            assertThat(info.getKeywords()).contains(content.reference());
            PDMetadata metadata = pdf.document().getDocumentCatalog().getMetadata();
            String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<dc:title>", content.header().agencyName(), content.reference(),
                    "<pdfaid:part>2</pdfaid:part>");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void printsTheRequiredWordsInEmbeddedLiberationSerif(String name, DocumentContent content) throws IOException {
        try (PdfInspection pdf = new PdfInspection(pdf(name, content))) {
            assertThat(pdf.flatText()).contains(EXPECTED.get(name));
            LayoutRules.assertFontsEmbeddedLiberation(pdf);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void keepsToTheMarginsAndNumbersPagesFromTheSecond(String name, DocumentContent content) throws IOException {
        if (name.equals("certificate") || name.equals("register")) {
            return; // landscape: see certificateIsOneA4LandscapePage..., registerIsA4Landscape...
        }
        try (PdfInspection pdf = new PdfInspection(pdf(name, content))) {
            LayoutRules.assertA4Portrait(pdf);
            LayoutRules.assertInsideMargins(pdf);
            List<Integer> sequenceStarts = name.equals("decision")
                    ? List.of(1, pdf.find("DANH SÁCH TẬP THỂ").get(0).page()) : List.of(1);
            LayoutRules.assertPageNumbers(pdf, sequenceStarts);
        }
    }

    @Test
    void certificateIsOneA4LandscapePageWithRedTitles() throws IOException {
        try (PdfInspection pdf = new PdfInspection(pdf("certificate", SampleDocuments.certificate()))) {
            assertThat(pdf.pageCount()).isEqualTo(1);
            PDRectangle box = pdf.pageSize(1);
            assertThat(box.getWidth() / PdfInspection.MM).isCloseTo(297, offset(0.5));
            assertThat(box.getHeight() / PdfInspection.MM).isCloseTo(210, offset(0.5));
            assertThat(pdf.glyphs(1)).allSatisfy(g -> {
                assertThat(g.x()).isGreaterThanOrEqualTo(20 - LayoutRules.TOLERANCE);
                assertThat(g.right()).isLessThanOrEqualTo(297 - 20 + LayoutRules.TOLERANCE);
            });
            // bottom left: decision and gold book; bottom right: place, date, title, signer
            PdfInspection.Glyph decision = pdf.find("Số quyết định").get(0);
            PdfInspection.Glyph signer = pdf.find("Phạm Minh Khang").get(0);
            assertThat(decision.x()).isLessThan(297 / 2.0);
            assertThat(signer.x()).isGreaterThan(297 / 2.0);
            assertThat(pdf.find("Số sổ vàng: 03").get(0).baseline()).isGreaterThan(pdf.find("GIẤY KHEN").get(0).baseline());
        }
    }

    @Test
    void leavesAtLeast25mmForSignatureAndSealAboveTheSignerName() throws IOException {
        try (PdfInspection pdf = new PdfInspection(pdf("decision", SampleDocuments.decision()))) {
            List<PdfInspection.Glyph> title = pdf.find("CHỦ TỊCH Phạm Minh Khang");
            PdfInspection.Glyph titleLine = title.get(0);
            PdfInspection.Glyph nameLine = title.get(title.size() - 1);
            assertThat(nameLine.baseline() - titleLine.baseline()).isGreaterThanOrEqualTo(25);
            assertThat(nameLine.font()).endsWith("LiberationSerif-Bold");
        }
    }

    @Test
    void decisionAnnexIsNumberedOnItsOwn() throws IOException {
        try (PdfInspection pdf = new PdfInspection(pdf("decision", SampleDocuments.decision()))) {
            int annexPage = pdf.find("DANH SÁCH TẬP THỂ, CÁ NHÂN").get(0).page();
            assertThat(annexPage).isGreaterThan(1);
            assertThat(pdf.glyphs(annexPage)).as("the annex starts again at an unnumbered page 1")
                    .noneMatch(g -> !g.text().isBlank() && g.baseline() < LayoutRules.TOP);
            assertThat(pdf.find("Căn cứ Luật Thi đua")).allMatch(g -> g.font().endsWith("LiberationSerif-Italic"));
        }
    }

    @Test
    void registerIsA4LandscapeInsideTheMarginsWithPagesNumberedFromTheSecond() throws IOException {
        try (PdfInspection pdf = new PdfInspection(pdf("register", SampleDocuments.register()))) {
            assertThat(pdf.pageCount()).as("60 rows need several pages").isGreaterThan(1);
            LayoutRules.assertA4(pdf, LayoutRules.Paper.LANDSCAPE);
            LayoutRules.assertInsideMargins(pdf, LayoutRules.Paper.LANDSCAPE);
            LayoutRules.assertPageNumbers(pdf, List.of(1), LayoutRules.Paper.LANDSCAPE);
            // the header row repeats on every page; rows in number order
            for (int page = 1; page <= pdf.pageCount(); page++) {
                String text = pdf.glyphs(page).stream().map(PdfInspection.Glyph::text).reduce("", String::concat).replace(" ", "");
                assertThat(text).as("table header on page %d", page).contains("Tríchyếunộidung");
            }
            PdfInspection.Glyph ninth = pdf.find("09/TTr-UBND").get(0);
            PdfInspection.Glyph tenth = pdf.find("10/KH-UBND").get(0);
            assertThat(ninth.page() < tenth.page() || ninth.page() == tenth.page() && ninth.baseline() < tenth.baseline())
                    .as("09 above 10").isTrue();
            assertThat(pdf.find("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2025").get(0).font()).endsWith("LiberationSerif-Bold");
        }
    }

    @Test
    void anEmptyRegisterSaysSoOnOnePage() throws IOException {
        vn.thidua.document.render.content.OutgoingRegister empty = new vn.thidua.document.render.content.OutgoingRegister(
                SampleDocuments.register().header(), 2026, List.of());
        try (PdfInspection pdf = new PdfInspection(RENDERER.render(empty))) {
            assertThat(pdf.pageCount()).isEqualTo(1);
            assertThat(pdf.flatText()).contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2026", "Chưa có văn bản nào được phát hành trong năm.");
        }
    }
}
