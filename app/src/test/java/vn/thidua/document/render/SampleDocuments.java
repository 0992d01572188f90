package vn.thidua.document.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.document.DocumentService;
import vn.thidua.document.render.content.Attendee;
import vn.thidua.document.render.content.AwardDecision;
import vn.thidua.document.render.content.AwardGroup;
import vn.thidua.document.render.content.AwardProposal;
import vn.thidua.document.render.content.CampaignLaunch;
import vn.thidua.document.render.content.Certificate;
import vn.thidua.document.render.content.ConsolidatedReport;
import vn.thidua.document.render.content.CouncilMinutes;
import vn.thidua.document.render.content.DecisionAnnex;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.DocumentHeader;
import vn.thidua.document.render.content.DocumentNumber;
import vn.thidua.document.render.content.Nominee;
import vn.thidua.document.render.content.OutgoingRegister;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.PlanSection;
import vn.thidua.document.render.content.Recipients;
import vn.thidua.document.render.content.ReminderLetter;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.document.render.content.TargetResult;
import vn.thidua.document.render.content.Threshold;
import vn.thidua.document.render.content.UnitReport;
import vn.thidua.document.render.content.VoteTally;

/**
 * One sample of every document type, built from the Thạch Khôi plan and the demo organisation
 * (invented people). For tests, the preview tool and the benchmark; the lead can reuse them.
 */
public final class SampleDocuments {

    public static final String THACH_KHOI_PLAN = "/demo/plan-thach-khoi-50-KH-UBND-2025.json";
    public static final String HA_DONG_PLAN = "/demo/plan-ha-dong-2025.json";

    private static final List<String> WARD = List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG THẠCH KHÔI");
    private static final String WARD_PARENT = "UBND PHƯỜNG THẠCH KHÔI";
    private static final String PLACE = "Thạch Khôi";
    private static final String CAMPAIGN = "đợt thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, "
            + "bảo đảm quốc phòng - an ninh năm 2025";
    private static final String POWER_HOLDER = "CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI";
    private static final LocalDate DECISION_DATE = LocalDate.of(2025, 12, 15);
    private static final DocumentNumber DECISION_NUMBER = DocumentNumber.issued(15, "QĐ-UBND");

    private SampleDocuments() {
    }

    /** Every type by the name the preview tool takes. */
    public static Map<String, DocumentContent> all() {
        return Map.of("plan", plan(), "reminder", reminder(), "unit-report", unitReport(),
                "consolidated-report", consolidatedReport(), "proposal", proposal(), "minutes", minutes(),
                "decision", decision(), "certificate", certificate(), "register", register());
    }

    public static PlanJson.Plan thachKhoi() {
        return load(THACH_KHOI_PLAN);
    }

    public static PlanJson.Plan load(String resource) {
        try (InputStream in = SampleDocuments.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No such resource " + resource);
            }
            return PlanJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PlanDocument plan() {
        return thachKhoi().document();
    }

    public static DocumentHeader wardHeader(int number, String notation, LocalDate date) {
        return new DocumentHeader(null, WARD, DocumentNumber.issued(number, notation), PLACE, date);
    }

    public static ReminderLetter reminder() {
        return reminder(LocalDate.of(2025, 9, 26));
    }

    /** The reminder dated as asked: tests use early-January dates for the leading zeros. */
    public static ReminderLetter reminder(LocalDate date) {
        return new ReminderLetter(
                wardHeader(12, "UBND-VHXH", date),
                "đôn đốc báo cáo kết quả phát động " + CAMPAIGN,
                List.of("Tổ dân phố số 3"),
                List.of("Thực hiện Kế hoạch số 50/KH-UBND ngày 19/9/2025 của Ủy ban nhân dân phường Thạch Khôi về phát động "
                                + CAMPAIGN + ", các cơ quan, đơn vị, đoàn thể hoàn thành phát động tổ chức thực hiện đợt thi đua "
                                + "trước ngày 25/9/2025 (báo cáo qua phòng Văn hóa - Xã hội tổng hợp).",
                        "Đến nay, Tổ dân phố số 3 chưa gửi báo cáo kết quả phát động đợt thi đua. Ủy ban nhân dân phường "
                                + "đề nghị Tổ trưởng Tổ dân phố số 3 khẩn trương tổ chức phát động thi đua tại Tổ dân phố, gắn với "
                                + "phong trào vệ sinh môi trường, giữ gìn an ninh trật tự, xây dựng gia đình văn hóa, và gửi báo cáo "
                                + "về Ủy ban nhân dân phường (qua phòng Văn hóa - Xã hội) trước ngày 30/9/2025.",
                        "Ủy ban nhân dân phường đề nghị Tổ dân phố số 3 quan tâm, thực hiện./."),
                new SignatureBlock("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Thu Hằng"),
                new Recipients(List.of("Như trên", "Chủ tịch UBND phường (để báo cáo)"), "VHXH"));
    }

    /** Results of the campaign: every target met except the poverty rate. */
    public static List<TargetResult> wardResults() {
        Map<String, String> actual = Map.ofEntries(
                Map.entry("T01", "12,4"), Map.entry("T02", "103,5"), Map.entry("T03", "96,2"), Map.entry("T04", "100"),
                Map.entry("T06", "2"), Map.entry("T07", "95,3"), Map.entry("T08", "55,02"), Map.entry("T09", "1,2"),
                Map.entry("T10", "100"), Map.entry("T11", "100"), Map.entry("T12", "98,6"), Map.entry("T13", "64,1"),
                Map.entry("T14", "96,8"));
        List<TargetResult> results = new ArrayList<>();
        for (PlanJson.Target target : thachKhoi().targets()) {
            String value = actual.get(target.code());
            BigDecimal measured = value == null ? null : new BigDecimal(value.replace(',', '.'));
            boolean achieved = !"T09".equals(target.code());
            results.add(new TargetResult(target.name(), target.threshold(), measured, achieved));
        }
        return results;
    }

    public static UnitReport unitReport() {
        Map<String, PlanJson.Target> targets = new java.util.HashMap<>();
        thachKhoi().targets().forEach(t -> targets.put(t.code(), t));
        return new UnitReport(
                new DocumentHeader(WARD_PARENT, List.of("TRƯỜNG TIỂU HỌC", "THẠCH KHÔI"),
                        DocumentNumber.issued(7, "BC-THTK"), PLACE, LocalDate.of(2025, 12, 5)),
                "Kết quả thực hiện " + CAMPAIGN,
                List.of("Ủy ban nhân dân phường Thạch Khôi (qua phòng Văn hóa - Xã hội)"),
                new CampaignLaunch(LocalDate.of(2025, 9, 23), "Hội nghị phát động thi đua toàn trường",
                        "toàn thể 42 cán bộ, giáo viên, nhân viên nhà trường",
                        "Dạy tốt - học tốt, đổi mới - sáng tạo, xây dựng trường học hạnh phúc"),
                List.of(new TargetResult(targets.get("T05").name(), targets.get("T05").threshold(), null, true),
                        new TargetResult(targets.get("T06").name(), targets.get("T06").threshold(), new BigDecimal("2"), null),
                        new TargetResult("Tỷ lệ học sinh tham gia bảo hiểm y tế",
                                new Threshold(Threshold.Comparison.AT_LEAST, new BigDecimal("95"), "%"),
                                new BigDecimal("99.56"), null)),
                List.of("Cô giáo Nguyễn Thị Thu Hà, giáo viên lớp 5A: xây dựng mô hình “Thư viện xanh” với hơn 1.200 đầu sách do "
                        + "phụ huynh và học sinh đóng góp."),
                List.of("Cơ sở vật chất một số phòng học xuống cấp; thiếu giáo viên Tiếng Anh."),
                List.of("Đề nghị Ủy ban nhân dân phường quan tâm bố trí kinh phí sửa chữa 04 phòng học trong năm 2026."),
                new SignatureBlock(null, "HIỆU TRƯỞNG", "Hoàng Thị Minh Phương"),
                new Recipients(List.of("Như trên", "Lưu hồ sơ thi đua"), "VP"));
    }

    public static ConsolidatedReport consolidatedReport() {
        return new ConsolidatedReport(
                wardHeader(120, "BC-UBND", LocalDate.of(2025, 12, 20)),
                "Kết quả thực hiện " + CAMPAIGN + " của phường Thạch Khôi",
                List.of("Ủy ban nhân dân thành phố Hải Phòng", "Ban Thi đua - Khen thưởng thành phố"),
                List.of("Thực hiện Kế hoạch số 232/KH-UBND ngày 09/9/2025 của Ủy ban nhân dân thành phố Hải Phòng, Ủy ban "
                        + "nhân dân phường Thạch Khôi ban hành Kế hoạch số 50/KH-UBND ngày 19/9/2025 phát động " + CAMPAIGN
                        + ". Ủy ban nhân dân phường báo cáo kết quả thực hiện như sau:"),
                wardResults(),
                List.of(new PlanSection("II. ĐÁNH GIÁ CHUNG", List.of(), List.of(
                                new PlanSection("1. Ưu điểm", List.of("Đợt thi đua được 28/28 cơ quan, đơn vị, đoàn thể và tổ dân phố "
                                        + "phát động đúng thời gian; nhiều mô hình mới, cách làm hay được nhân rộng."), List.of()),
                                new PlanSection("2. Hạn chế", List.of("Tỷ lệ hộ nghèo, cận nghèo còn 1,2%, chưa đạt chỉ tiêu dưới 1%."),
                                        List.of()))),
                        new PlanSection("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", List.of("Tiếp tục duy trì các phong trào "
                                + "thi đua; tập trung giảm nghèo bền vững, phấn đấu tỷ lệ hộ nghèo, cận nghèo dưới 1% trong năm 2026."),
                                List.of())),
                new SignatureBlock("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Vũ Thị Thu Hằng"),
                new Recipients(List.of("Như trên", "Thường trực Đảng ủy phường", "Thường trực HĐND phường",
                        "Chủ tịch, các PCT UBND phường"), "VHXH"));
    }

    public static List<Nominee> collectives() {
        return List.of(new Nominee("Tổ dân phố số 3",
                "Hoàn thành xuất sắc các chỉ tiêu; 100% hộ gia đình đạt danh hiệu gia đình văn hóa", "Giấy khen"));
    }

    public static List<Nominee> individuals() {
        return List.of(
                new Nominee("Bà Hoàng Thị Minh Phương", "Hiệu trưởng Trường Tiểu học Thạch Khôi", "Giấy khen"),
                new Nominee("Ông Đoàn Văn Lợi", "Tổ trưởng Tổ dân phố số 3", "Giấy khen"));
    }

    public static AwardProposal proposal() {
        return new AwardProposal(
                new DocumentHeader(WARD_PARENT, List.of("PHÒNG VĂN HÓA - XÃ HỘI"),
                        DocumentNumber.issued(8, "TTr-VHXH"), PLACE, LocalDate.of(2025, 12, 10)),
                "Về việc đề nghị tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong " + CAMPAIGN,
                List.of("Chủ tịch Ủy ban nhân dân phường Thạch Khôi"),
                List.of("Căn cứ Kế hoạch số 50/KH-UBND ngày 19/9/2025 của Ủy ban nhân dân phường Thạch Khôi về phát động "
                                + CAMPAIGN + ";",
                        "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng phường ngày 12/12/2025, phòng Văn hóa - Xã hội "
                                + "kính trình Chủ tịch Ủy ban nhân dân phường xem xét, tặng Giấy khen cho 01 tập thể và 02 cá nhân "
                                + "có thành tích xuất sắc, cụ thể như sau:"),
                collectives(),
                individuals(),
                List.of("Phòng Văn hóa - Xã hội kính trình Chủ tịch Ủy ban nhân dân phường xem xét, quyết định./."),
                new SignatureBlock(null, "TRƯỞNG PHÒNG", "Lương Thị Mai Anh"),
                new Recipients(List.of("Như trên", "Hội đồng TĐKT phường"), "VHXH"));
    }

    public static CouncilMinutes minutes() {
        Attendee chair = new Attendee("Ông Phạm Minh Khang", "Chủ tịch UBND phường, Chủ tịch Hội đồng", null);
        Attendee secretary = new Attendee("Bà Trịnh Ngọc Diệp", "Chuyên viên phòng Văn hóa - Xã hội, Ủy viên, Thư ký Hội đồng", null);
        return new CouncilMinutes(
                new DocumentHeader(WARD_PARENT, List.of("HỘI ĐỒNG", "THI ĐUA - KHEN THƯỞNG"),
                        DocumentNumber.issued(3, "BB-HĐTĐKT"), PLACE, LocalDate.of(2025, 12, 12)),
                "Họp Hội đồng Thi đua - Khen thưởng phường xét đề nghị khen thưởng " + CAMPAIGN,
                LocalDate.of(2025, 12, 12), LocalTime.of(14, 0),
                "Hội trường Ủy ban nhân dân phường Thạch Khôi",
                chair, secretary, 5,
                List.of(chair,
                        new Attendee("Bà Vũ Thị Thu Hằng", "Phó Chủ tịch UBND phường, Phó Chủ tịch Hội đồng", null),
                        new Attendee("Bà Lương Thị Mai Anh", "Trưởng phòng Văn hóa - Xã hội, Phó Chủ tịch thường trực Hội đồng", null),
                        secretary),
                List.of(new Attendee("Ông Bùi Văn Tùng", "Chủ tịch Ủy ban MTTQ Việt Nam phường, Ủy viên",
                        "đi công tác, có ý kiến bằng văn bản")),
                List.of("Bà Lương Thị Mai Anh, Phó Chủ tịch thường trực Hội đồng, báo cáo tóm tắt thành tích của các tập thể, "
                                + "cá nhân được đề nghị khen thưởng.",
                        "Các thành viên Hội đồng thảo luận, thống nhất các tập thể, cá nhân đủ tiêu chuẩn; Hội đồng tiến hành bỏ phiếu kín."),
                List.of(new VoteTally("Tổ dân phố số 3", "Giấy khen", 4, 0, 1, 0, "Quá nửa số thành viên có mặt", true, null),
                        new VoteTally("Bà Hoàng Thị Minh Phương", "Giấy khen", 5, 0, true),
                        new VoteTally("Ông Đoàn Văn Lợi", "Giấy khen", 4, 1, true)),
                List.of("Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân phường tặng Giấy khen cho 01 tập thể và 02 cá nhân "
                        + "nêu trên. Biên bản đã được đọc lại cho các thành viên dự họp cùng nghe và nhất trí thông qua."),
                LocalTime.of(16, 30),
                new SignatureBlock(null, "THƯ KÝ", "Trịnh Ngọc Diệp"),
                new SignatureBlock(null, "CHỦ TRÌ", "Phạm Minh Khang"));
    }

    public static AwardDecision decision() {
        return new AwardDecision(
                new DocumentHeader(null, WARD, DECISION_NUMBER, PLACE, DECISION_DATE),
                "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong " + CAMPAIGN,
                POWER_HOLDER,
                List.of("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025",
                        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                        "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết và hướng "
                                + "dẫn thi hành một số điều của Luật Thi đua, khen thưởng",
                        "Căn cứ Kế hoạch số 50/KH-UBND ngày 19 tháng 9 năm 2025 của Ủy ban nhân dân phường Thạch Khôi về phát động "
                                + CAMPAIGN,
                        "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 08/TTr-VHXH ngày 10 tháng 12 năm 2025"),
                List.of("Tặng Giấy khen cho 01 tập thể và 02 cá nhân (có danh sách kèm theo) đã có thành tích xuất sắc trong "
                                + CAMPAIGN + ".",
                        "Quyết định này có hiệu lực kể từ ngày ký.",
                        "Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các cơ quan, đơn vị "
                                + "liên quan và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
                new SignatureBlock(null, "CHỦ TỊCH", "Phạm Minh Khang"),
                new Recipients(List.of("Như Điều 3", "Hội đồng TĐKT phường"), "VHXH"),
                new DecisionAnnex("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN",
                        "Chủ tịch Ủy ban nhân dân phường Thạch Khôi",
                        List.of(new AwardGroup("I. TẬP THỂ", collectives()),
                                new AwardGroup("II. CÁ NHÂN", individuals()))));
    }

    public static Certificate certificate() {
        return new Certificate(
                new DocumentHeader(null, WARD, DECISION_NUMBER, PLACE, DECISION_DATE),
                POWER_HOLDER,
                "Ông Đoàn Văn Lợi",
                "Tổ trưởng Tổ dân phố số 3",
                "Đã có thành tích xuất sắc trong " + CAMPAIGN,
                "03",
                new SignatureBlock(null, "CHỦ TỊCH", "Phạm Minh Khang"));
    }

    /**
     * The ward's 2025 register in one sequence for all types, long enough for three pages, and the
     * council's own sequence.
     */
    public static OutgoingRegister register() {
        List<OutgoingRegister.Entry> all = new ArrayList<>();
        String[][] kinds = {{"KH-UBND", "Kế hoạch"}, {"QĐ-UBND", "Quyết định"}, {"UBND-VHXH", "Công văn"},
                {"BC-UBND", "Báo cáo"}, {"TTr-UBND", "Tờ trình"}};
        LocalDate day = LocalDate.of(2025, 1, 6);
        for (int n = 1; n <= 60; n++) {
            String[] kind = kinds[n % kinds.length];
            String subject = n == 50 ? "Phát động " + CAMPAIGN
                    : "V/v triển khai nhiệm vụ số " + n + " của Ủy ban nhân dân phường năm 2025";
            all.add(new OutgoingRegister.Entry(String.format("%02d/%s", n, kind[0]), day.plusDays(n * 5L), kind[1], subject,
                    n % 3 == 0 ? "Vũ Thị Thu Hằng" : "Phạm Minh Khang", "Nguyễn Thị Bích Ngọc",
                    "Ban Thi đua - Khen thưởng thành phố; Các phòng, ban, đơn vị thuộc UBND phường; Tổ dân phố số " + (n % 10 + 1),
                    DocumentService.sha256(("văn bản " + n).getBytes(StandardCharsets.UTF_8))));
        }
        List<OutgoingRegister.Entry> council = List.of(new OutgoingRegister.Entry("03/BB-HĐTĐKT", LocalDate.of(2025, 12, 12),
                "Biên bản", "Họp Hội đồng Thi đua - Khen thưởng xét khen thưởng " + CAMPAIGN, "Phạm Minh Khang",
                "Nguyễn Thị Bích Ngọc", null, "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
        return new OutgoingRegister(OutgoingRegister.header(null, WARD, PLACE, LocalDate.of(2025, 12, 31)), 2025,
                List.of(new OutgoingRegister.Sequence("Sổ chung", all),
                        new OutgoingRegister.Sequence("Hội đồng Thi đua - Khen thưởng", council)));
    }
}
