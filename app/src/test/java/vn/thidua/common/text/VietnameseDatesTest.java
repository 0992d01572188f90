package vn.thidua.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void padsDaysAndOnlyJanuaryAndFebruary() {
        assertThat(VietnameseDates.longForm(LocalDate.of(2025, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2025");
        assertThat(VietnameseDates.longForm(LocalDate.of(2025, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2025");
        assertThat(VietnameseDates.longForm(LocalDate.of(2025, 9, 19))).isEqualTo("ngày 19 tháng 9 năm 2025");
    }

    @Test
    void printsLatinDigitsWhateverTheServerLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG")); // formats digits as ٠٥ by default
            assertThat(VietnameseDates.longForm(LocalDate.of(2025, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2025");
        } finally {
            Locale.setDefault(saved);
        }
    }
}
