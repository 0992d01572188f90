package vn.thidua.award;

/**
 * What a unit states about its candidate (the unit's rating and, for a collective, its members).
 * Levels are codes so that the DMN table compares them as written there.
 */
public record Dossier(String completionLevel, boolean recognisedInitiative, String disciplineLevel,
        boolean underInspection, boolean pendingComplaint, Integer memberCount, Integer ldttCount, Integer womenCount,
        Integer disciplinedMembers, Integer unitVoteAgree, Integer unitVoteTotal) {

    /** Hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
    public enum Completion {
        XUAT_SAC("Hoàn thành xuất sắc nhiệm vụ"), TOT("Hoàn thành tốt nhiệm vụ"), HOAN_THANH("Hoàn thành nhiệm vụ"),
        KHONG_HOAN_THANH("Không hoàn thành nhiệm vụ");

        private final String label;

        Completion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Disciplinary measures (Luật Cán bộ, công chức; Bộ luật Lao động); KHONG = none. */
    public enum Discipline {
        KHONG("Không"), KHIEN_TRACH("Khiển trách"), CANH_CAO("Cảnh cáo"), HA_BAC_LUONG("Hạ bậc lương"),
        GIANG_CHUC("Giáng chức"), CACH_CHUC("Cách chức"), BUOC_THOI_VIEC("Buộc thôi việc");

        private final String label;

        Discipline(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Share of members holding LĐTT, in percent; null without a member count. */
    public Double ldttPercent() {
        if (memberCount == null || memberCount <= 0 || ldttCount == null) {
            return null;
        }
        return ldttCount * 100.0 / memberCount;
    }

    /** A collective with at least 70% women is preferred on a tie (NĐ 152 Điều 4). */
    public boolean mostlyWomen() {
        return memberCount != null && memberCount > 0 && womenCount != null && womenCount * 100 >= 70 * memberCount;
    }
}
