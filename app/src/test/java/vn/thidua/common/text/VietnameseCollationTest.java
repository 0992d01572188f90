package vn.thidua.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VietnameseCollationTest {

    @Test
    void sortingWithCollationKeysGivesThePersonNameOrder() {
        List<String> names = new ArrayList<>(List.of("Vũ Thị Thu Hằng", "Phạm Minh Khang", "Nguyễn Văn An", "Đỗ Quang Huy",
                "Trịnh Ngọc Diệp", "Lê Văn Ưng", "Lê Văn Ung", "Nguyễn Thị Ánh", "Nguyễn Thị Anh", "Đinh Đức Đạt",
                "Cao Thị Hồng Nhung", "Nguyễn Văn Ân", "Trần Văn Dũng", "Trần Văn Zũng", "Nguyễn Văn An"));
        Collections.shuffle(names, new Random(30));

        List<String> expected = names.stream().sorted(VietnameseCollation.personName()).toList();
        assertThat(VietnameseCollation.sortedByPersonName(names, n -> n)).containsExactlyElementsOf(expected);
        assertThat(expected).startsWith("Nguyễn Văn An", "Nguyễn Văn An");
        assertThat(expected).endsWith("Trần Văn Zũng");
    }
}
