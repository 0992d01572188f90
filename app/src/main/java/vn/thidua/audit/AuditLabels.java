package vn.thidua.audit;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.thidua.common.text.VietnameseDates;

/** Vietnamese words for our codes, and the auditor's time format (dd/MM/yyyy HH:mm, Vietnam time). */
final class AuditLabels {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnameseDates.VIETNAM);
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(VietnameseDates.VIETNAM);
    static final String SYSTEM = "Hệ thống";

    private AuditLabels() {
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    static String planStatus(String status) {
        return switch (status) {
            case "DRAFT" -> "Đang soạn thảo";
            case "IN_REVIEW" -> "Chờ lãnh đạo duyệt";
            case "AWAITING_SIGNATURE" -> "Chờ ký";
            case "AWAITING_ISSUE" -> "Chờ ban hành";
            case "REPORTING" -> "Đơn vị đang thực hiện, báo cáo";
            case "CONSOLIDATION" -> "Tổng hợp báo cáo";
            case "AWARDS" -> "Xét khen thưởng";
            case "AWARD_DECISION" -> "Chờ quyết định khen thưởng";
            case "CLOSED_NO_AWARDS" -> "Kết thúc, không có đề nghị khen thưởng";
            case "CLOSED" -> "Đã kết thúc";
            default -> status;
        };
    }

    static String documentKind(String kind) {
        return switch (kind) {
            case "KH" -> "Kế hoạch";
            case "CV" -> "Công văn";
            case "BC" -> "Báo cáo";
            case "TTR" -> "Tờ trình";
            case "BB" -> "Biên bản";
            case "QD" -> "Quyết định";
            case "GK" -> "Giấy khen";
            default -> kind;
        };
    }

    static String stage(String stage) {
        return switch (stage) {
            case "DRAFT" -> "Dự thảo";
            case "SIGNED" -> "Đã ký";
            case "ISSUED" -> "Đã ban hành";
            default -> stage;
        };
    }
}
