package vn.thidua.award.proposal;

/**
 * What a unit sends for one candidate (JSON). {@code personId}: a member chosen from the unit's
 * people in the organisation file (name and gender are then taken from there); otherwise the name
 * is typed. Levels are codes: completion XUAT_SAC | TOT | HOAN_THANH | KHONG_HOAN_THANH,
 * discipline KHONG | KHIEN_TRACH | CANH_CAO | HA_BAC_LUONG | GIANG_CHUC | CACH_CHUC | BUOC_THOI_VIEC.
 */
public record ProposalInput(String kind, Long personId, String name, String title, String gender, String awardType,
        String achievement, String completionLevel, Boolean recognisedInitiative, String disciplineLevel,
        Boolean underInspection, Boolean pendingComplaint, Integer memberCount, Integer ldttCount, Integer womenCount,
        Integer disciplinedMembers, Integer unitVoteAgree, Integer unitVoteTotal, String justification) {
}
