package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.identity.OrganisationFiles.head;
import static vn.thidua.identity.OrganisationFiles.member;
import static vn.thidua.identity.OrganisationFiles.person;
import static vn.thidua.identity.OrganisationFiles.roles;
import static vn.thidua.identity.OrganisationFiles.unit;
import static vn.thidua.identity.OrganisationFiles.ward;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.support.IntegrationTest;

/**
 * Bad organisation files posted to POST /api/admin/organisations: each answers 400 naming the
 * field and the problem in Vietnamese, and leaves no row in our tables or the engine's. Each case
 * breaks one thing in an otherwise valid file ({@link OrganisationFiles#valid}).
 */
@IntegrationTest
class BadOrganisationFilesTest {

    private static final String URL = "/api/admin/organisations?parentName=UBND thành phố Hải Phòng";

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    record Case(String name, Consumer<Map<String, Object>> change, String field, String message) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                bad("ward code with a diacritic and a space", f -> ward(f).put("code", "xã mới"),
                        "ward.code", "Mã phường/xã \"xã mới\" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang"),
                bad("ward code in capitals", f -> ward(f).put("code", "AN-LU"),
                        "ward.code", "chỉ được gồm chữ thường không dấu"),
                bad("ward code too long for the engine's group ids", f -> ward(f).put("code", "a".repeat(32)),
                        "ward.code", "tối đa 31 ký tự"),
                bad("unit code with a space and a slash", f -> unit(f, 1).put("code", "a b/c"),
                        "units[1].code", "Mã đơn vị \"a b/c\" chỉ được gồm chữ thường không dấu, số và dấu gạch ngang"),
                bad("unit code too long for the engine's group ids", f -> unit(f, 2).put("code", "t".repeat(56)),
                        "units[2].code", "tối đa"),
                bad("unknown role", f -> roles(f, 1).add("thu-quy"),
                        "people[1].roles[2]", "Vai trò \"thu-quy\" không có"),
                bad("two units with one code", f -> unit(f, 2).put("code", "tdp-01"),
                        "units[2].code", "Mã đơn vị \"tdp-01\" đã dùng ở units[1]"),
                bad("two people with one code", f -> person(f, 1).put("code", "chu-tich"),
                        "people[1].code", "Mã người \"chu-tich\" đã dùng ở people[0]"),
                bad("two people with one login", f -> person(f, 1).put("username", person(f, 0).get("username")),
                        "people[1].username", "đã dùng ở people[0]"),
                bad("login of another ward's person", f -> person(f, 1).put("username", "diep.tn"),
                        "people[1].username", "đã là của một người thuộc đơn vị hành chính \"thach-khoi\""),
                bad("login of an engine account that is nobody of ours", f -> person(f, 0).put("username", "admin"),
                        "people[0].username", "đã là một tài khoản Camunda"),
                bad("login in capitals with a space", f -> person(f, 1).put("username", "Hoa LT"),
                        "people[1].username", "chỉ được gồm chữ thường không dấu, số, dấu chấm"),
                bad("login without any", f -> person(f, 1).remove("username"),
                        "people[1].username", "Tên đăng nhập là bắt buộc"),
                bad("person in a unit that is not in the file", f -> person(f, 0).put("unitCode", "ubnd-cu"),
                        "people[0].unitCode", "Đơn vị \"ubnd-cu\" không có trong units"),
                bad("unit whose parent is not in the file", f -> unit(f, 1).put("parentCode", "dang-uy"),
                        "units[1].parentCode", "Đơn vị cha \"dang-uy\" không có trong units"),
                bad("units whose parents form a loop", f -> unit(f, 0).put("parentCode", "tdp-02"),
                        "units[0].parentCode", "vòng lặp: ubnd → tdp-02 → ubnd"),
                bad("head who is not in the file", f -> head(f, 0).put("personCode", "pho-chu-tich"),
                        "units[0].head.personCode", "Người đứng đầu \"pho-chu-tich\" không có trong people"),
                bad("council member who is not in the file", f -> member(f, 1).put("personCode", "ct-mttq"),
                        "councils[0].members[1].personCode", "Thành viên \"ct-mttq\" không có trong people"),
                bad("one person twice in the council", f -> member(f, 1).put("personCode", "chu-tich"),
                        "councils[0].members[1].personCode", "đã là thành viên hội đồng ở councils[0].members[0]"),
                bad("council member without a role", f -> member(f, 0).remove("councilRole"),
                        "councils[0].members[0].councilRole", "là bắt buộc"),
                bad("no ward part", f -> f.remove("ward"),
                        "ward", "thiếu phần \"ward\""),
                bad("no units list", f -> f.remove("units"),
                        "units", "thiếu danh sách \"units\""),
                bad("no people list", f -> f.remove("people"),
                        "people", "thiếu danh sách \"people\""),
                bad("ward without its short name", f -> ward(f).put("shortName", "  "),
                        "ward.shortName", "Tên ngắn (UBND ...) là bắt buộc"),
                bad("unit without a name", f -> unit(f, 1).remove("name"),
                        "units[1].name", "Tên đơn vị là bắt buộc"),
                bad("person name longer than its column", f -> person(f, 0).put("fullName", "Trần Văn " + "Bình".repeat(30)),
                        "people[0].fullName", "tối đa 120 ký tự"),
                bad("position longer than its column", f -> person(f, 0).put("position", "Chủ tịch ".repeat(40)),
                        "people[0].position", "tối đa 300 ký tự"),
                bad("markup in a unit name", f -> unit(f, 1).put("name", "<script>alert(1)</script>Tổ dân phố số 1"),
                        "units[1].name", "không được chứa thẻ HTML/XML"),
                bad("emoji in a unit name the engine cannot store", f -> unit(f, 1).put("name", "Tổ dân phố số 1 🌸"),
                        "units[1].name", "ký tự không lưu được"),
                bad("unknown numbering mode", f -> ward(f).put("numberingMode", "MOI_LOAI"),
                        "ward.numberingMode", "Cách đánh số văn bản \"MOI_LOAI\" không có"),
                bad("place name of another ward", f -> ward(f).put("name", "Phường Thạch Khôi"),
                        "ward.name", "Tên \"Thạch Khôi\" đã dùng cho đơn vị hành chính \"thach-khoi\""),
                bad("two units with one name", f -> unit(f, 2).put("name", "Tổ dân phố số 1"),
                        "units[2].name", "Tên đơn vị \"Tổ dân phố số 1\" đã dùng ở units[1]"),
                bad("unknown gender", f -> person(f, 0).put("gender", "nam giới"),
                        "people[0].gender", "Giới tính \"nam giới\" không hợp lệ"),
                bad("head whose one-word name makes no login", f -> head(f, 2).put("fullName", "Lan"),
                        "units[2].head.fullName", "Không tạo được tên đăng nhập"),
                bad("person code a made-up head needs", f -> person(f, 1).put("code", "head-tdp-01"),
                        "people[1].code", "trùng mã tự đặt cho người đứng đầu units[1]"),
                bad("roles as a text instead of a list", f -> person(f, 0).put("roles", "chu-tich-ubnd"),
                        "people[0].roles", "cần một danh sách"),
                bad("unit head as a text instead of an object", f -> unit(f, 0).put("head", "Trần Văn Bình"),
                        "units[0].head", "cần một đối tượng"));
    }

    private static Arguments bad(String name, Consumer<Map<String, Object>> change, String field, String message) {
        return Arguments.of(new Case(name, change, field, message));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedWithItsProblemAndWritesNothing(Case c) {
        Map<String, Object> file = OrganisationFiles.valid(OrganisationFiles.newWardCode());
        c.change().accept(file);
        Map<String, Long> before = OrganisationFiles.rows(jdbc);

        ResponseEntity<Map<String, Object>> response = post(file);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        // The error contract: the message is the problems' own sentences, the fields are in "problems".
        assertThat((String) response.getBody().get("message")).contains(c.message());
        assertThat(problems(response)).as("problems").anySatisfy(p -> {
            assertThat(p.get("field")).isEqualTo(c.field());
            assertThat(p.get("message")).contains(c.message());
        });
        assertThat(OrganisationFiles.rows(jdbc)).isEqualTo(before);
    }

    @Test
    void aFileWithSeveralProblemsListsEveryOne() {
        Map<String, Object> file = OrganisationFiles.valid(OrganisationFiles.newWardCode());
        ward(file).put("code", "xã mới");
        unit(file, 1).put("code", "a b/c");
        roles(file, 0).add("thu-quy");
        person(file, 1).put("unitCode", "phong-cu");
        member(file, 1).put("personCode", "ct-mttq");
        person(file, 1).put("fullName", "<b>Lê Thị Hoa</b>");
        Map<String, Long> before = OrganisationFiles.rows(jdbc);

        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("admin", "demo").exchange(
                "/api/admin/organisations?parentName=<i>UBND</i>", HttpMethod.POST, new HttpEntity<>(file),
                new ParameterizedTypeReference<>() { });

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problems(response)).extracting(p -> p.get("field")).containsExactly(
                "parentName", "ward.code", "units[1].code", "people[0].roles[2]", "people[1].fullName",
                "people[1].unitCode", "councils[0].members[1].personCode");
        assertThat(problems(response)).extracting(p -> p.get("message")).allSatisfy(m -> assertThat(m).isNotBlank());
        assertThat(OrganisationFiles.rows(jdbc)).isEqualTo(before);
    }

    @Test
    void aWardAlreadyInTheSystemIsAConflict() {
        Map<String, Object> file = OrganisationFiles.valid("thach-khoi");
        Map<String, Long> before = OrganisationFiles.rows(jdbc);

        ResponseEntity<Map<String, Object>> response = post(file);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) response.getBody().get("message")).contains("\"thach-khoi\" đã có trong hệ thống");
        assertThat(OrganisationFiles.rows(jdbc)).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotJsonIsRefusedInVietnamese() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("admin", "demo").exchange(URL, HttpMethod.POST,
                new HttpEntity<>("{\"ward\": {\"code\": \"nhap\",", headers), new ParameterizedTypeReference<>() { });

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(problems(response)).singleElement()
                .satisfies(p -> assertThat(p.get("message")).startsWith("Nội dung gửi lên không phải JSON hợp lệ"));
    }

    private ResponseEntity<Map<String, Object>> post(Map<String, Object> file) {
        return http.withBasicAuth("admin", "demo").exchange(URL, HttpMethod.POST, new HttpEntity<>(file),
                new ParameterizedTypeReference<>() { });
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, String>> problems(ResponseEntity<Map<String, Object>> response) {
        return (List<Map<String, String>>) response.getBody().get("problems");
    }
}
