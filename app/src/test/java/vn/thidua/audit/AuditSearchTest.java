package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The search box's word matching and the CSV cells, without a database. */
class AuditSearchTest {

    @Test
    void wordsMatchWithOrWithoutDiacriticsAndInAnyOrder() {
        String title = "Phát động đợt thi đua chào mừng Đại hội Đảng bộ";
        assertThat(AuditPlans.containsWords(title, "thi đua")).isTrue();
        assertThat(AuditPlans.containsWords(title, "thi dua")).isTrue();
        assertThat(AuditPlans.containsWords(title, "DAI HOI dang bo")).isTrue();
        assertThat(AuditPlans.containsWords(title, "đại hội thi đua")).isTrue();
        assertThat(AuditPlans.containsWords(title, "khen thưởng")).isFalse();
        // Decomposed input (pasted from a Mac) matches too.
        assertThat(AuditPlans.containsWords("Vũ Thị Thu Hằng", java.text.Normalizer.normalize("Hằng", java.text.Normalizer.Form.NFD)))
                .isTrue();
        assertThat(AuditPlans.containsWords("Đỗ Quang Huy", "do quang huy")).isTrue();
    }

    @Test
    void csvCellsAreQuotedAndNeverRunAsFormulas() {
        assertThat(TimelineCsv.field("Trả lại, bổ sung")).isEqualTo("\"Trả lại, bổ sung\"");
        assertThat(TimelineCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(TimelineCsv.field("Đồng ý")).isEqualTo("Đồng ý");
    }
}
