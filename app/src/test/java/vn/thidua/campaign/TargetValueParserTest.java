package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.thidua.plan.PlanTarget;
import vn.thidua.plan.TargetOperator;

class TargetValueParserTest {

    private final PlanTarget bhxh = new PlanTarget("T08", "Tỷ lệ người lao động tham gia BHXH", TargetOperator.AT_LEAST,
            new BigDecimal("55.02"), "%", null);
    private final PlanTarget schools = new PlanTarget("T05", "Trường chuẩn Quốc gia", TargetOperator.YES_NO, null, null, null);
    private final PlanTarget level = new PlanTarget("T10", "Chuyển đổi số", TargetOperator.AT_LEAST, new BigDecimal("2"), "cấp độ", null);
    private final PlanTarget budget = new PlanTarget("T02", "Thu ngân sách", TargetOperator.MEETS_PLAN, null, null, null);

    @Test
    void acceptsWhatPeopleType() {
        assertThat(value(bhxh, "55,02").numberValue()).isEqualByComparingTo("55.02");
        assertThat(value(bhxh, "98 %").numberValue()).isEqualByComparingTo("98");
        assertThat(value(schools, "Đạt").booleanValue()).isTrue();
        assertThat(value(schools, "không đạt").booleanValue()).isFalse();
        assertThat(value(budget, "Hoàn thành kế hoạch").numberValue()).isEqualByComparingTo("100");
        assertThat(value(budget, "103,5").numberValue()).isEqualByComparingTo("103.5");
        // One way to type numbers: comma decimals, a point accepted, dots grouping thousands.
        assertThat(value(bhxh, "50,5").numberValue()).isEqualByComparingTo("50.5");
        assertThat(value(bhxh, "50.5").numberValue()).isEqualByComparingTo("50.5");
        assertThat(value(level, "1.234,5").numberValue()).isEqualByComparingTo("1234.5");
        assertThat(value(level, "3").numberValue()).isEqualByComparingTo("3");
    }

    @Test
    void eachTargetKeepsItsRange() {
        assertThat(message(level, "-0,1")).contains("không thể là số âm").contains("-0,1");
        assertThat(message(level, "0")).contains("cấp độ phải là số dương");
        assertThat(message(bhxh, "-1")).contains("từ 0 đến 100");
        assertThat(message(budget, "-5")).contains("không thể âm");
    }

    @Test
    void refusesWithAMessageThatSaysWhatIsWrong() {
        assertThat(message(bhxh, "120")).contains("từ 0 đến 100");
        assertThat(message(bhxh, "năm lăm")).contains("không phải là số");
        assertThat(message(bhxh, " ")).contains("chưa nhập");
        assertThat(message(schools, "có lẽ")).contains("\"đạt\" hoặc \"không đạt\"");
    }

    @Test
    void operatorsCompareResultsWithThresholds() {
        assertThat(TargetOperator.AT_LEAST.isAchieved(new BigDecimal("55.02"), new BigDecimal("55.02"))).isTrue();
        assertThat(TargetOperator.MORE_THAN.isAchieved(new BigDecimal("95"), new BigDecimal("95"))).isFalse();
        assertThat(TargetOperator.LESS_THAN.isAchieved(new BigDecimal("0.8"), BigDecimal.ONE)).isTrue();
        assertThat(TargetOperator.EQUAL.isAchieved(new BigDecimal("99.9"), new BigDecimal("100"))).isFalse();
    }

    private static UnitReportValue value(PlanTarget target, String typed) {
        return ((TargetValueParser.Parsed) TargetValueParser.parse(target, typed)).value();
    }

    private static String message(PlanTarget target, String typed) {
        return ((TargetValueParser.Rejected) TargetValueParser.parse(target, typed)).message();
    }
}
