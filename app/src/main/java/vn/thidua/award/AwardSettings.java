package vn.thidua.award;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything about awards that a province or a new decree may change: configuration, not code
 * (application.yml, {@code thidua.awards.*}; README "Awards").
 *
 * @param ballotSharePercent       share of the whole council a CSTĐCS needs (NĐ 98/2023 Đ30 k7: 80)
 * @param quorum                   members present for the meeting to be valid, as a fraction "2/3"
 * @param sessionAttendancePercent members present for an award session (Bắc Ninh QĐ 86/2025: 80)
 * @param cstdcsCapPercent         optional cap: CSTĐCS at most this % of the round's LĐTT (null: none)
 * @param baseSalary               mức lương cơ sở in đồng (NĐ 73/2024: 2,340,000)
 * @param multiples                cash multiple of the base salary per title (NĐ 152/2025 Đ50)
 * @param maxFileBytes             largest supporting file a unit may upload
 * @param proposalDays             days units have to propose once the round opens (default deadline)
 */
@ConfigurationProperties("thidua.awards")
public record AwardSettings(
        @DefaultValue("80") int ballotSharePercent,
        @DefaultValue("2/3") String quorum,
        @DefaultValue("80") int sessionAttendancePercent,
        Integer cstdcsCapPercent,
        @DefaultValue("2340000") BigDecimal baseSalary,
        Map<AwardType, BigDecimal> multiples,
        @DefaultValue("5242880") long maxFileBytes,
        @DefaultValue("15") int proposalDays) {

    public AwardSettings {
        Map<AwardType, BigDecimal> all = new EnumMap<>(AwardType.class);
        all.put(AwardType.CHIEN_SI_THI_DUA_CO_SO, new BigDecimal("1.0"));
        all.put(AwardType.LAO_DONG_TIEN_TIEN, new BigDecimal("0.3"));
        all.put(AwardType.TAP_THE_LAO_DONG_TIEN_TIEN, new BigDecimal("0.8"));
        all.put(AwardType.TO_DAN_PHO_VAN_HOA, new BigDecimal("1.5"));
        all.put(AwardType.GIAY_KHEN, new BigDecimal("0.15"));
        all.put(AwardType.GIA_DINH_VAN_HOA, new BigDecimal("0.1"));
        if (multiples != null) {
            all.putAll(multiples);
        }
        multiples = Map.copyOf(all);
        int slash = quorum.indexOf('/');
        if (slash < 1 || Integer.parseInt(quorum.substring(slash + 1).strip()) <= 0) {
            throw new IllegalArgumentException("thidua.awards.quorum phải có dạng \"2/3\": " + quorum);
        }
    }

    /** Members needed for a quorum out of {@code size}: the smallest n with n / size ≥ the fraction. */
    public int quorumOf(int size) {
        int slash = quorum.indexOf('/');
        int num = Integer.parseInt(quorum.substring(0, slash).strip());
        int den = Integer.parseInt(quorum.substring(slash + 1).strip());
        return (size * num + den - 1) / den;
    }

    /** Members needed for an award session: at least {@code sessionAttendancePercent} of {@code size}. */
    public int sessionAttendanceOf(int size) {
        return (size * sessionAttendancePercent + 99) / 100;
    }

    public BigDecimal multiple(AwardType type) {
        return multiples.getOrDefault(type, BigDecimal.ZERO);
    }
}
