package vn.thidua.document.render.content;

/**
 * The kinds of official document the engine renders, with the type name printed under the
 * letterhead (NĐ 30, ô 5a) and the abbreviation used in the ký hiệu (Phụ lục III).
 */
public enum DocumentKind {
    KH("KẾ HOẠCH", "Kế hoạch", "KH"),
    /** A Công văn has no type name on the page and no abbreviation in its ký hiệu. */
    CV(null, "Công văn", null),
    BC("BÁO CÁO", "Báo cáo", "BC"),
    TTR("TỜ TRÌNH", "Tờ trình", "TTr"),
    BB("BIÊN BẢN", "Biên bản", "BB"),
    QD("QUYẾT ĐỊNH", "Quyết định", "QĐ"),
    GK("GIẤY KHEN", "Giấy khen", null),
    /** Sổ đăng ký văn bản đi: a record the clerk keeps, never numbered or issued itself. */
    REGISTER("SỔ ĐĂNG KÝ VĂN BẢN ĐI", "Sổ đăng ký văn bản đi", null),
    /** An auditor's print of a plan's audit trail: never numbered or issued itself. */
    AUDIT("BÁO CÁO NHẬT KÝ XỬ LÝ KẾ HOẠCH", "Báo cáo nhật ký xử lý kế hoạch", null);

    private final String typeName;
    private final String displayName;
    private final String abbreviation;

    DocumentKind(String typeName, String displayName, String abbreviation) {
        this.typeName = typeName;
        this.displayName = displayName;
        this.abbreviation = abbreviation;
    }

    /** "KẾ HOẠCH"; {@code null} for a Công văn, which prints no type name. */
    public String typeName() {
        return typeName;
    }

    /** "Kế hoạch": for metadata and messages. */
    public String displayName() {
        return displayName;
    }

    /** "KH", "TTr", "QĐ"; {@code null} for a Công văn and a certificate. */
    public String abbreviation() {
        return abbreviation;
    }
}
