package vn.thidua.common.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import vn.thidua.organisation.OrganisationData;

/** A body that does not read names its field and says why in Vietnamese. */
class JsonInputTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void aTruncatedBodyIsNotJson() {
        assertThatThrownBy(() -> read("{\"ward\": {\"code\": \"nhap\","))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).singleElement().hasToString("Nội dung gửi lên không phải JSON hợp lệ (dòng 1, cột 26)."));
        assertThatThrownBy(() -> read("ward: x")).hasMessageStartingWith("Nội dung gửi lên không phải JSON hợp lệ");
    }

    @Test
    void aValueOfTheWrongKindNamesItsField() {
        assertThatThrownBy(() -> read("{\"people\": [{\"code\": \"a\", \"roles\": \"chu-tich-ubnd\"}]}"))
                .hasMessage("people[0].roles: Giá trị không đúng kiểu: cần một danh sách [...].");
        assertThatThrownBy(() -> read("{\"units\": [{\"code\": \"a\"}, {\"head\": \"Trần Văn Bình\"}]}"))
                .hasMessage("units[1].head: Giá trị không đúng kiểu: cần một đối tượng {...}.");
        assertThatThrownBy(() -> read("{\"ward\": {\"code\": {\"x\": 1}}}"))
                .hasMessage("ward.code: Giá trị không đúng kiểu: cần một chuỗi chữ.");
    }

    @Test
    void anEmptyBodyIsRefused() {
        assertThatThrownBy(() -> read("")).hasMessage("Nội dung gửi lên trống: cần một tệp JSON.");
        assertThatThrownBy(() -> read("null")).hasMessage("Nội dung gửi lên trống: cần một tệp JSON.");
    }

    private OrganisationData read(String body) {
        return JsonInput.read(mapper, body.getBytes(StandardCharsets.UTF_8), OrganisationData.class);
    }
}
