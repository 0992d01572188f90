package vn.thidua.award;

import java.util.Arrays;
import java.util.Optional;

/**
 * Awards a ward chairman may give (NĐ 129/2025 Điều 59; BRIEF §0, §2), with who may receive each.
 * Whether a title may be awarded at all is also a row of the DMN table (award-eligibility.dmn), so
 * the official reading the rules sees it there; {@link HigherTitle} names titles we recognise but
 * the ward may not award, so they are refused with a reason instead of "unknown".
 */
public enum AwardType {
    GIAY_KHEN("Giấy khen", false, null),
    LAO_DONG_TIEN_TIEN("Lao động tiên tiến", false, AwardProposal.CandidateKind.INDIVIDUAL),
    CHIEN_SI_THI_DUA_CO_SO("Chiến sĩ thi đua cơ sở", true, AwardProposal.CandidateKind.INDIVIDUAL),
    TAP_THE_LAO_DONG_TIEN_TIEN("Tập thể lao động tiên tiến", false, AwardProposal.CandidateKind.COLLECTIVE),
    GIA_DINH_VAN_HOA("Gia đình văn hóa", false, AwardProposal.CandidateKind.HOUSEHOLD),
    TO_DAN_PHO_VAN_HOA("Tổ dân phố văn hóa", false, AwardProposal.CandidateKind.COLLECTIVE);

    private final String label;
    private final boolean needsBallot;
    private final AwardProposal.CandidateKind onlyFor;

    AwardType(String label, boolean needsBallot, AwardProposal.CandidateKind onlyFor) {
        this.label = label;
        this.needsBallot = needsBallot;
        this.onlyFor = onlyFor;
    }

    public String label() {
        return label;
    }

    /** CSTĐCS needs a secret ballot with a share of the council's whole membership (default 80%). */
    public boolean needsBallot() {
        return needsBallot;
    }

    /** The one kind of recipient this title is for; {@code null}: any (Giấy khen). */
    public AwardProposal.CandidateKind onlyFor() {
        return onlyFor;
    }

    public static Optional<AwardType> of(String code) {
        return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
    }

    /** Titles above the ward's authority: known, so that a proposal for one is refused with the reason. */
    public enum HigherTitle {
        CHIEN_SI_THI_DUA_CAP_TINH("Chiến sĩ thi đua cấp tỉnh"),
        CHIEN_SI_THI_DUA_TOAN_QUOC("Chiến sĩ thi đua toàn quốc"),
        TAP_THE_LAO_DONG_XUAT_SAC("Tập thể lao động xuất sắc"),
        CO_THI_DUA_CAP_TINH("Cờ thi đua cấp tỉnh"),
        BANG_KHEN_CHU_TICH_UBND_TINH("Bằng khen của Chủ tịch UBND cấp tỉnh"),
        XA_PHUONG_TIEU_BIEU("Xã, phường tiêu biểu");

        private final String label;

        HigherTitle(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<HigherTitle> of(String code) {
            return Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst();
        }
    }
}
