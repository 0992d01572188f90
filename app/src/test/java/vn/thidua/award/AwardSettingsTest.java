package vn.thidua.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Quorum and attendance arithmetic, and the cash per title (NĐ 152/2025 Đ50 × NĐ 73/2024 base salary). */
class AwardSettingsTest {

    private static AwardSettings defaults() {
        return new AwardSettings(80, "2/3", 80, null, new BigDecimal("2340000"), null, 5_242_880, 15);
    }

    @Test
    void quorumAndSessionAttendanceRoundUp() {
        AwardSettings s = defaults();
        assertThat(s.quorumOf(5)).isEqualTo(4);   // 10/3 = 3.33 → 4
        assertThat(s.quorumOf(9)).isEqualTo(6);
        assertThat(s.sessionAttendanceOf(5)).isEqualTo(4);
        assertThat(s.sessionAttendanceOf(7)).isEqualTo(6); // 5.6 → 6
    }

    @Test
    void cashIsTheBaseSalaryTimesTheTitlesMultiple() {
        CashAwards cash = new CashAwards(defaults());
        assertThat(cash.amount(AwardType.CHIEN_SI_THI_DUA_CO_SO)).isEqualByComparingTo("2340000");
        assertThat(cash.amount(AwardType.LAO_DONG_TIEN_TIEN)).isEqualByComparingTo("702000");
        assertThat(cash.amount(AwardType.TAP_THE_LAO_DONG_TIEN_TIEN)).isEqualByComparingTo("1872000");
        assertThat(cash.amount(AwardType.TO_DAN_PHO_VAN_HOA)).isEqualByComparingTo("3510000");
        CashAwards configured = new CashAwards(new AwardSettings(80, "2/3", 80, 15, new BigDecimal("2530000"),
                Map.of(AwardType.GIAY_KHEN, new BigDecimal("0.2")), 1, 15));
        assertThat(configured.amount(AwardType.GIAY_KHEN)).isEqualByComparingTo("506000");
        assertThat(configured.amount(AwardType.LAO_DONG_TIEN_TIEN)).isEqualByComparingTo("759000");
    }
}
