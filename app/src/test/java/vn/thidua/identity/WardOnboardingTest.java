package vn.thidua.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.identity.OrganisationFiles.unit;
import static vn.thidua.identity.OrganisationFiles.ward;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.support.IntegrationTest;

/**
 * Adding a ward is atomic: a valid file imports and its people work in Tasklist; a failure in the
 * engine sync after the import rolls back our rows and the engine's together; and a ward made bad
 * in the database by hand does not stop the start-up sync of the others.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class WardOnboardingTest {

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired IdentityService identity;
    @Autowired ProcessEngine engine;
    @Autowired PlatformTransactionManager transactionManager;
    @Autowired WardOnboarding onboarding;
    @Autowired OrganisationImporter importer;
    @Autowired IdentitySyncOnStartup startUp;
    @Autowired ObjectMapper json;

    @Test
    void aValidFileImportsAndItsPeopleLogInAndSeeTheirFilters() {
        String code = OrganisationFiles.newWardCode();
        Map<String, Object> file = OrganisationFiles.valid(code);
        // Pasted from a macOS PDF: decomposed accents, stored composed.
        unit(file, 1).put("name", Normalizer.normalize("Tổ dân phố số 1", Normalizer.Form.NFD));

        ResponseEntity<Map<String, Object>> response = http.withBasicAuth("admin", "demo").exchange(
                "/api/admin/organisations?parentName=UBND thành phố Hải Phòng", HttpMethod.POST, new HttpEntity<>(file),
                new ParameterizedTypeReference<>() { });

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(response.getBody()).containsEntry("agency", code);
        assertThat(jdbc.queryForObject("SELECT name FROM org_unit WHERE code = 'tdp-01' AND agency_id = ?", String.class,
                ((Number) response.getBody().get("id")).longValue())).isEqualTo("Tổ dân phố số 1");

        String specialist = "hoa.lt." + code;
        setPassword(specialist);
        assertThat(filterNames(specialist)).contains("Việc cần làm", "Chuyên viên thi đua - khen thưởng · Nhập " + code);
        String head = identity.createUserQuery().memberOfGroup(code + ".unit.tdp-01").singleResult().getId();
        assertThat(head).startsWith("quang.nv");
        setPassword(head);
        assertThat(filterNames(head)).contains("Đơn vị: Tổ dân phố số 1 · Nhập " + code);
        assertThat(identity.createTenantQuery().userMember(head).singleResult().getId()).isEqualTo(code);
    }

    /**
     * A trigger in the database refuses the ward's first Tasklist filter, the last thing the sync
     * writes: by then the import wrote our rows and the sync the tenant, groups, users,
     * memberships and grants, all of which must be gone.
     */
    @Test
    void aFailureInTheSyncAfterTheImportLeavesNothingInOurTablesOrTheEngines() throws Exception {
        assertThat(((SpringProcessEngineConfiguration) engine.getProcessEngineConfiguration()).getTransactionManager())
                .as("the engine joins Spring's transactions").isSameAs(transactionManager);
        String code = OrganisationFiles.newWardCode();
        Map<String, Object> file = OrganisationFiles.valid(code);
        ward(file).put("name", "Phường Hong Sau Nhap");
        OrganisationData data = json.convertValue(file, OrganisationData.class);
        Map<String, Long> before = OrganisationFiles.rows(jdbc);
        jdbc.execute("CREATE TRIGGER test_refuse_filter BEFORE INSERT ON ACT_RU_FILTER FOR EACH ROW BEGIN"
                + " IF NEW.NAME_ LIKE '%Hong Sau Nhap' THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'test: sync fails late'; END IF;"
                + " END");
        try {
            assertThatThrownBy(() -> onboarding.addWard(data, "UBND thành phố Hải Phòng"))
                    .hasStackTraceContaining("test: sync fails late");
        } finally {
            jdbc.execute("DROP TRIGGER test_refuse_filter");
        }

        assertThat(OrganisationFiles.rows(jdbc)).isEqualTo(before);
        assertThat(identity.createTenantQuery().tenantId(code).count()).isZero();
        assertThat(identity.createUserQuery().userId("hoa.lt." + code).count()).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM agency WHERE code = ?", Long.class, code)).isZero();
    }

    @Test
    void aWardMadeBadInTheDatabaseDoesNotStopTheStartUpSyncOfTheOthers(CapturedOutput output) throws Exception {
        // Written by hand, past every check: a tenant id the engine refuses, and in another ward a
        // unit code it refuses only after that ward's tenant and users were written.
        long badCode = insertWard("xã mới", "Xã Mới Hỏng", "a-unit");
        long badUnit = insertWard(OrganisationFiles.newWardCode(), "Phường Đơn Vị Hỏng", "a b/c");
        String goodCode = OrganisationFiles.newWardCode();
        Agency good = importer.importWard(json.convertValue(OrganisationFiles.valid(goodCode), OrganisationData.class),
                "UBND thành phố Hải Phòng");
        String badUnitWard = jdbc.queryForObject("SELECT code FROM agency WHERE id = ?", String.class, badUnit);
        try {
            startUp.run(null);

            assertThat(identity.createTenantQuery().tenantId(good.getCode()).count()).isOne();
            assertThat(identity.createUserQuery().memberOfTenant(good.getCode()).list()).extracting(User::getId)
                    .contains("binh.tv." + goodCode, "hoa.lt." + goodCode);
            assertThat(identity.createTenantQuery().tenantId(badUnitWard).count()).as("rolled back").isZero();
            assertThat(identity.createUserQuery().userId("bad.user." + badUnit).count()).as("rolled back").isZero();
            assertThat(output.getOut()).contains("Identity sync of ward 'xã mới'", "Identity sync of ward '" + badUnitWard + "'",
                    "2 ward(s) could not be synced");
        } finally {
            for (long id : List.of(badCode, badUnit)) {
                jdbc.update("DELETE FROM person_role WHERE person_id IN (SELECT id FROM person WHERE agency_id = ?)", id);
                jdbc.update("DELETE FROM person WHERE agency_id = ?", id);
                jdbc.update("DELETE FROM org_unit WHERE agency_id = ?", id);
                jdbc.update("DELETE FROM agency WHERE id = ?", id);
            }
        }
    }

    /** A ward with one person and one unit headed by that person, inserted without any check. */
    private long insertWard(String code, String name, String unitCode) {
        jdbc.update("INSERT INTO agency (code, name, short_name, place, level) VALUES (?, ?, ?, ?, 'xã')",
                code, "ỦY BAN NHÂN DÂN " + name.toUpperCase(), "UBND " + name, name);
        long id = jdbc.queryForObject("SELECT id FROM agency WHERE code = ?", Long.class, code);
        jdbc.update("INSERT INTO org_unit (agency_id, code, name, kind, head_username) VALUES (?, ?, 'Văn phòng', 'cơ quan', ?)",
                id, unitCode, "bad.user." + id);
        jdbc.update("INSERT INTO person (agency_id, code, username, full_name) VALUES (?, 'cv', ?, 'Lê Văn Hỏng')", id, "bad.user." + id);
        return id;
    }

    private void setPassword(String login) {
        User user = identity.createUserQuery().userId(login).singleResult();
        // The password policy is on: an administrator would set a password like this one.
        user.setPassword("Nhap-Thu-2026!");
        identity.saveUser(user);
    }

    private List<String> filterNames(String login) {
        ResponseEntity<List<Map<String, Object>>> filters = http.withBasicAuth(login, "Nhap-Thu-2026!").exchange(
                "/engine-rest/filter?resourceType=Task", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(filters.getStatusCode()).isEqualTo(HttpStatus.OK);
        return filters.getBody().stream().map(f -> (String) f.get("name")).toList();
    }
}
