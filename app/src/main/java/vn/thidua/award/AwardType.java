package vn.thidua.award;

/** Awards a ward chairman may give (NĐ 129/2025 Điều 59; BRIEF §0, §2). */
public enum AwardType {
    GIAY_KHEN("Giấy khen", false),
    LAO_DONG_TIEN_TIEN("Lao động tiên tiến", false),
    CHIEN_SI_THI_DUA_CO_SO("Chiến sĩ thi đua cơ sở", true),
    TAP_THE_LAO_DONG_TIEN_TIEN("Tập thể lao động tiên tiến", false);

    private final String label;
    private final boolean needsBallot;

    AwardType(String label, boolean needsBallot) {
        this.label = label;
        this.needsBallot = needsBallot;
    }

    public String label() {
        return label;
    }

    /** CSTĐCS needs a secret ballot with a share of the council's whole membership (default 80%). */
    public boolean needsBallot() {
        return needsBallot;
    }
}
