package vn.thidua.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small valid organisation file as the JSON tree an administrator posts (mutable, so a test
 * can break one thing in it), and the row counts that show whether an import left anything.
 */
final class OrganisationFiles {

    private static final AtomicInteger WARDS = new AtomicInteger();

    private OrganisationFiles() {
    }

    /** A fresh ward code, so every file of a test run is new to the database. */
    static String newWardCode() {
        return "nhap-" + WARDS.incrementAndGet();
    }

    /**
     * Ward "code" (place "Nhập code"): a chairman and a specialist with logins, three units (the
     * committee headed by the chairman, two residential groups whose heads get made-up logins),
     * a council of two.
     */
    static Map<String, Object> valid(String code) {
        return map(
                "ward", map("code", code, "name", "Phường Nhập " + code, "agency", "ỦY BAN NHÂN DÂN PHƯỜNG NHẬP",
                        "shortName", "UBND phường Nhập", "level", "phường", "city", "Hải Phòng", "numberingMode", "SINGLE"),
                "people", list(
                        map("code", "chu-tich", "fullName", "Trần Văn Bình", "gender", "Nam", "position", "Chủ tịch UBND phường",
                                "unitCode", "ubnd", "username", "binh.tv." + code, "roles", list("chu-tich-ubnd", "hd-tdkt-chu-tich")),
                        map("code", "cv-tdkt", "fullName", "Lê Thị Hoa", "gender", "Nữ", "position", "Chuyên viên",
                                "unitCode", "ubnd", "username", "hoa.lt." + code, "roles", list("chuyen-vien-tdkt", "hd-tdkt-thu-ky"))),
                "councils", list(map("code", "hd-tdkt", "name", "Hội đồng Thi đua - Khen thưởng", "members", list(
                        map("personCode", "chu-tich", "fullName", "Trần Văn Bình", "councilRole", "Chủ tịch Hội đồng"),
                        map("personCode", "cv-tdkt", "fullName", "Lê Thị Hoa", "councilRole", "Ủy viên, Thư ký Hội đồng")))),
                "units", list(
                        map("code", "ubnd", "name", "Ủy ban nhân dân phường Nhập", "kind", "cơ quan", "group", "Chính quyền",
                                "head", map("fullName", "Trần Văn Bình", "title", "Chủ tịch", "gender", "Nam", "personCode", "chu-tich")),
                        map("code", "tdp-01", "name", "Tổ dân phố số 1", "kind", "tổ dân phố", "group", "Tổ dân phố", "parentCode", "ubnd",
                                "head", map("fullName", "Nguyễn Văn Quang", "title", "Tổ trưởng", "gender", "Nam")),
                        map("code", "tdp-02", "name", "Tổ dân phố số 2", "kind", "tổ dân phố", "group", "Tổ dân phố", "parentCode", "ubnd",
                                "head", map("fullName", "Phạm Thị Lan", "title", "Tổ trưởng", "gender", "Nữ"))));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> ward(Map<String, Object> file) {
        return (Map<String, Object>) file.get("ward");
    }

    static Map<String, Object> unit(Map<String, Object> file, int i) {
        return item(file, "units", i);
    }

    static Map<String, Object> person(Map<String, Object> file, int i) {
        return item(file, "people", i);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> head(Map<String, Object> file, int unit) {
        return (Map<String, Object>) unit(file, unit).get("head");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> member(Map<String, Object> file, int i) {
        Map<String, Object> council = item(file, "councils", 0);
        return ((List<Map<String, Object>>) council.get("members")).get(i);
    }

    @SuppressWarnings("unchecked")
    static List<Object> roles(Map<String, Object> file, int person) {
        return (List<Object>) person(file, person).get("roles");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> item(Map<String, Object> file, String list, int i) {
        return ((List<Map<String, Object>>) file.get(list)).get(i);
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    static List<Object> list(Object... items) {
        return new ArrayList<>(List.of(items));
    }

    /**
     * Rows of every table an import writes: ours, and the engine's identity tables, filters and
     * the grants the sync and identity service make (not the per-task grants running processes
     * add meanwhile).
     */
    static Map<String, Long> rows(JdbcTemplate jdbc) {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : List.of("agency", "org_unit", "person", "person_role", "council_member", "ACT_ID_USER", "ACT_ID_GROUP",
                "ACT_ID_TENANT", "ACT_ID_MEMBERSHIP", "ACT_ID_TENANT_MEMBER", "ACT_RU_FILTER")) {
            rows.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        String identityResources = List.of(Resources.APPLICATION, Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP,
                Resources.FILTER, Resources.PROCESS_DEFINITION, Resources.DEPLOYMENT, Resources.DECISION_DEFINITION,
                Resources.TENANT, Resources.TENANT_MEMBERSHIP).stream().map(r -> String.valueOf(r.resourceType()))
                .reduce((a, b) -> a + "," + b).orElseThrow();
        rows.put("ACT_RU_AUTHORIZATION", jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ IN ("
                + identityResources + ") OR RESOURCE_ID_ = '*'", Long.class));
        return rows;
    }
}
