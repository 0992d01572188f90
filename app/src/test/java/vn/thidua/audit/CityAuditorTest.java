package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.organisation.WardAccess;
import vn.thidua.plan.Plan;
import vn.thidua.security.Official;
import vn.thidua.support.AuditorLogins;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.OtherWard;
import vn.thidua.support.PlanDriver;

/**
 * A city auditor's login is in the tenant of every ward under the city, but works for the city:
 * what they attempt is filed under their own name (and, when it names no plan, under the city, not
 * under whichever ward's tenant came first), and their pages cover every ward under the city.
 */
@IntegrationTest
class CityAuditorTest {

    /** As the organisation file names her (AuditorLogins): "Đinh Thị Thanh Tâm", Thanh tra viên of the city. */
    private static final String NAME = "Đinh Thị Thanh Tâm";

    @Autowired AuditorLogins logins;
    @Autowired PlanDriver driver;
    @Autowired OtherWard otherWard;
    @Autowired TaskService tasks;
    @Autowired IdentityService identity;
    @Autowired Timeline timeline;
    @Autowired WardAccess wards;
    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCityAuditorsRefusedWriteToAWardsTaskIsInThatPlansTimelineUnderTheirName() {
        String city = logins.city();
        logins.otherWard(); // a ward whose code sorts before the city's: tenants alone would pick it
        PlanDriver.Started plan = driver.draft("tdp-01");
        Task open = tasks.createTaskQuery().processInstanceId(plan.processInstanceId()).singleResult();

        ResponseEntity<String> refused = post(city, "/engine-rest/task/" + open.getId() + "/complete");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(open.getId()).count()).as("the task is still open").isOne();

        List<Timeline.Entry> entries = new ArrayList<>();
        timeline.each(plan.planId(), new Timeline.Filter(null, city, "REFUSED", 0), entries::add);
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.detail()).startsWith("POST /engine-rest/task/" + open.getId() + "/complete → 403");
            assertThat(e.person()).isEqualTo(NAME + " (Thanh tra viên)");
            assertThat(e.where()).isEqualTo("Kế hoạch");
        });
        assertThat(jdbc.queryForObject("SELECT agency_code FROM audit_event WHERE plan_id = ? AND actor_username = ? AND kind = 'REFUSED'",
                String.class, plan.planId(), city)).as("filed under the plan's ward").isEqualTo("thach-khoi");
        // The auditor's page shows it too, by name.
        assertThat(http.withBasicAuth(city, "demo").getForEntity("/app/kiem-tra/ke-hoach/" + plan.planId() + "?kind=REFUSED",
                String.class).getBody()).contains(NAME).contains("/engine-rest/task/");
    }

    @Test
    void aRefusalThatNamesNoPlanIsFiledUnderTheCityItself() {
        String city = logins.city();
        logins.otherWard();
        ResponseEntity<String> refused = post(city, "/engine-rest/process-definition/key/planLifecycle/start");
        assertThat(refused.getStatusCode().is4xxClientError()).as("HTTP %s", refused.getStatusCode()).isTrue();
        assertThat(jdbc.queryForList("SELECT agency_code FROM audit_event WHERE actor_username = ? AND kind = 'REFUSED'"
                + " AND detail LIKE 'POST /engine-rest/process-definition/%' AND plan_id IS NULL", String.class, city))
                .isNotEmpty().containsOnly(AuditorLogins.CITY_AGENCY);
    }

    @Test
    void aCityAuditorsPagesCoverEveryWardUnderTheCityAndDefaultToTheCity() {
        String city = logins.city();
        logins.otherWard();
        PlanDriver.Started thachKhoi = driver.draft("tdp-02");
        Plan xuanThuy = otherWard.draftPlan();
        TestRestTemplate auditor = http.withBasicAuth(city, "demo");

        String plans = auditor.getForEntity("/app/kiem-tra", String.class).getBody();
        assertThat(plans).contains("data-plan-id=\"" + thachKhoi.planId() + "\"").contains("data-plan-id=\"" + xuanThuy.getId() + "\"")
                .contains("UBND phường Thạch Khôi").contains("UBND xã Xuân Thủy");
        assertThat(auditor.getForEntity("/app/kiem-tra/ke-hoach/" + xuanThuy.getId(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(auditor.getForEntity("/app", String.class).getBody()).as("the start page links the auditor pages")
                .contains("id=\"audit-link\"");

        // The login as the engine makes it: in the tenant of the city and of every ward under it ...
        Official official = new Official(city, identity.createGroupQuery().groupMember(city).list().stream().map(Group::getId).toList(),
                identity.createTenantQuery().userMember(city).includingGroupsOfUser(true).list().stream().map(Tenant::getId).toList());
        assertThat(official.tenantIds()).contains(AuditorLogins.CITY_AGENCY, AuditorLogins.OTHER_WARD_AGENCY, "thach-khoi",
                OtherWard.CODE);
        // ... whose own agency, and default wherever a page picks one, is the city.
        assertThat(wards.ownAgency(official)).map(a -> a.getCode()).contains(AuditorLogins.CITY_AGENCY);
        assertThat(wards.defaultWard(official, List.of())).contains(AuditorLogins.CITY_AGENCY);
    }

    private ResponseEntity<String> post(String user, String path) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").exchange(path, HttpMethod.POST, new HttpEntity<>("{}", json), String.class);
    }
}
