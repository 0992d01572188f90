package vn.thidua.document.render.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Báo cáo nhật ký xử lý of one plan for an auditor, A4 landscape: what was done, by whom, when,
 * with which decision, as recorded in the audit trail. Not issued: no số/ký hiệu; the date is the
 * day it was printed, and the auditor who printed it is named under the table.
 *
 * @param planTitle   trích yếu of the plan
 * @param planNumber  "50/KH-UBND", or null while the plan is not issued
 * @param scope       what the entries are ("Toàn bộ", "Đơn vị: Tổ dân phố số 3", ...)
 * @param printedBy   the auditor, "Cao Thị Hồng Nhung (Kiểm tra, giám sát)"
 * @param printedAt   "05/01/2026 14:03"
 */
public record AuditReport(DocumentHeader header, String planTitle, String planNumber, String scope, String printedBy,
        String printedAt, List<Entry> entries) implements DocumentContent {

    public AuditReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(header.date(), "header.date (the day the report is printed)");
        Objects.requireNonNull(planTitle, "planTitle");
        entries = Lists.copyOrEmpty(entries);
    }

    public static DocumentHeader header(String parentAgency, List<String> agencyLines, String place, LocalDate printedOn) {
        return new DocumentHeader(parentAgency, agencyLines, DocumentNumber.draft(""), place, printedOn);
    }

    /** One event; {@code time} "05/01/2026 14:03" in Vietnam time. */
    public record Entry(String time, String where, String event, String person, String details) {
        public Entry {
            Objects.requireNonNull(time, "time");
            Objects.requireNonNull(event, "event");
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.AUDIT;
    }

    @Override
    public String subject() {
        return planNumber == null ? planTitle : "Kế hoạch số " + planNumber + ": " + planTitle;
    }

    /** "BÁO CÁO NHẬT KÝ XỬ LÝ KẾ HOẠCH". */
    public String heading() {
        return kind().typeName();
    }

    @Override
    public String reference() {
        return kind().displayName() + (planNumber == null ? "" : " " + planNumber);
    }

    @Override
    public String keywords() {
        return reference();
    }
}
