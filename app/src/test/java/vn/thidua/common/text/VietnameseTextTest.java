package vn.thidua.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {

    @Test
    void decomposedInputIsStoredComposed() {
        String nfd = Normalizer.normalize("Nguyễn Thị Bích Ngọc", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo("Nguyễn Thị Bích Ngọc");
        assertThat(VietnameseText.clean(nfd)).isEqualTo("Nguyễn Thị Bích Ngọc");
        assertThat(VietnameseText.clean("  Hà\u0000 Đông \n")).isEqualTo("Hà Đông");
    }

    @Test
    void foldingMapsDToo() {
        assertThat(VietnameseText.fold("Đại hội Đảng")).isEqualTo("dai hoi dang");
    }

    @Test
    void numbersAreReadAndWrittenTheVietnameseWay() {
        assertThat(VietnameseNumbers.parse("55,02")).contains(new BigDecimal("55.02"));
        assertThat(VietnameseNumbers.parse("98 %")).contains(new BigDecimal("98"));
        assertThat(VietnameseNumbers.parse("1.234.567,89")).contains(new BigDecimal("1234567.89"));
        assertThat(VietnameseNumbers.parse("55.02")).contains(new BigDecimal("55.02"));
        assertThat(VietnameseNumbers.parse("abc")).isEmpty();
        assertThat(VietnameseNumbers.parse("12,5,3")).isEmpty();
        assertThat(VietnameseNumbers.percent(new BigDecimal("55.020"))).isEqualTo("55,02%");
        assertThat(VietnameseNumbers.format(new BigDecimal("1234567.89"))).isEqualTo("1.234.567,89");
    }

    @Test
    void namesSortByGivenNameInVietnameseOrder() {
        List<String> names = new ArrayList<>(List.of("Vũ Thị Thu Hằng", "Phạm Minh Khang", "Đỗ Quang Huy",
                "Trịnh Ngọc Diệp", "Lê Văn Ưng", "Trần Văn Anh"));
        names.sort(VietnameseCollation.personName());
        assertThat(names).containsExactly("Trần Văn Anh", "Trịnh Ngọc Diệp", "Vũ Thị Thu Hằng", "Đỗ Quang Huy",
                "Phạm Minh Khang", "Lê Văn Ưng");
        List<String> words = new ArrayList<>(List.of("Zung", "Ưng", "Ánh", "Đỗ", "Dương", "Ơn", "Ông"));
        words.sort(VietnameseCollation.text());
        assertThat(words).containsExactly("Ánh", "Dương", "Đỗ", "Ông", "Ơn", "Ưng", "Zung");
    }
}
