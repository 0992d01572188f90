package vn.thidua.common.audit;

/**
 * What happened, as the auditor's timeline names it. Stored by name in {@code audit_event.kind}:
 * never rename a constant, add new ones.
 */
public enum AuditKind {
    PROCESS_STARTED("Bắt đầu quy trình"),
    PROCESS_ENDED("Kết thúc quy trình"),
    TASK_CREATED("Giao việc"),
    TASK_CLAIMED("Nhận việc"),
    TASK_ASSIGNED("Chuyển người xử lý"),
    TASK_DELEGATED("Ủy quyền xử lý"),
    TASK_RESOLVED("Trả lại người ủy quyền"),
    TASK_COMPLETED("Hoàn thành"),
    TASK_RETURNED("Trả lại"),
    TASK_CANCELLED("Hủy việc"),
    TIMER_FIRED("Đến hạn (hẹn giờ)"),
    REMINDER_SENT("Nhắc việc"),
    UNIT_OVERDUE("Quá hạn"),
    OVERDUE_LETTER("Công văn đôn đốc"),
    DOCUMENT_DRAFTED("Dự thảo văn bản"),
    SIGNATURE_DELEGATED("Giao ký thay"),
    DOCUMENT_SIGNED("Ký số"),
    NUMBER_TAKEN("Lấy số văn bản"),
    DOCUMENT_ISSUED("Ban hành văn bản"),
    REPORT_CORRECTED("Sửa báo cáo"),
    VOTES_RECORDED("Biểu quyết"),
    VARIABLE_CHANGED("Thay đổi dữ liệu quy trình"),
    ENGINE_OPERATION("Thao tác trên quy trình"),
    REFUSED("Bị từ chối"),
    /** A certificate issued with its decision without the signer's signature: it waits for a USB token. */
    CERTIFICATE_UNSIGNED("Giấy khen chờ ký số");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    /** Vietnamese name shown in pages and exports. */
    public String label() {
        return label;
    }
}
