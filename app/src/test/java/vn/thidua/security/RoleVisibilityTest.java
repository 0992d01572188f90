package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.identity.EngineIdentitySync;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/** Each role and unit sees and does only its own work; another ward sees nothing of this one. */
@IntegrationTest
class RoleVisibilityTest {

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired TaskService tasks;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired OrgUnitRepository units;
    @Autowired OrganisationImporter organisations;
    @Autowired EngineIdentitySync identitySync;
    @Autowired TestRestTemplate http;
    @Autowired org.camunda.bpm.engine.IdentityService identity;

    @Test
    void draftIsVisibleToTheSpecialistOnly() {
        PlanDriver.Started s = driver.draft("tdp-06");
        assertThat(officials.visibleTasks(PlanDriver.SPECIALIST, s.processInstanceId())).hasSize(1);
        for (String other : List.of(PlanDriver.VICE_CHAIRMAN, PlanDriver.CHAIRMAN, PlanDriver.CLERK, "tung.bv")) {
            assertThat(officials.visibleTasks(other, s.processInstanceId())).as(other).isEmpty();
        }
        // The auditor reads everything of the ward but can act on nothing.
        Task draft = officials.visibleTasks("nhung.cth", s.processInstanceId()).get(0);
        assertThatThrownBy(() -> officials.as("nhung.cth", () -> {
            tasks.claim(draft.getId(), "nhung.cth");
            return null;
        })).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aUnitHeadSeesAndCompletesOnlyTheirOwnUnitsTask() {
        PlanDriver.Started s = driver.issued("tdp-07", "tdp-08");
        List<UnitCampaign> list = campaigns.findByPlanId(s.planId());
        UnitCampaign first = list.get(0);
        UnitCampaign second = list.get(1);
        String firstHead = units.findById(first.getUnitId()).orElseThrow().getHeadUsername();
        assertThat(officials.visibleTasks(firstHead, first.getProcessInstanceId())).hasSize(1);
        assertThat(officials.visibleTasks(firstHead, second.getProcessInstanceId())).isEmpty();
        assertThat(officials.visibleTasks(PlanDriver.SPECIALIST, first.getProcessInstanceId())).isEmpty();

        Task othersTask = tasks.createTaskQuery().processInstanceId(second.getProcessInstanceId()).singleResult();
        assertThatThrownBy(() -> officials.as(firstHead, () -> {
            tasks.complete(othersTask.getId(), Map.of(UnitCampaignModel.LAUNCHED_ON, "2025-01-01", UnitCampaignModel.LAUNCH_FORM, "x"));
            return null;
        })).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void anotherWardsOfficialsSeeNothingOfThisWard() {
        OrganisationData otherWard = new OrganisationData(
                new OrganisationData.Ward("ha-dong-test", "Xã Hà Đông", "ỦY BAN NHÂN DÂN XÃ HÀ ĐÔNG", "UBND xã Hà Đông", "xã", "Hải Phòng"),
                List.of(new OrganisationData.PersonData("cv", "Nguyễn Thị Hoa", "Nữ", "Chuyên viên", "ubnd", "hoa.nt.test",
                        List.of("chuyen-vien-tdkt", "kiem-tra-giam-sat"))),
                List.of(),
                List.of(new OrganisationData.Unit("ubnd", "Ủy ban nhân dân xã Hà Đông", "cơ quan", "Chính quyền", null,
                        new OrganisationData.Head("Hoàng Văn Đại", "Chủ tịch", "Nam", null))));
        Agency agency = organisations.importWard(otherWard, "UBND thành phố Hải Phòng");
        identitySync.sync(agency.getId());
        PlanDriver.Started s = driver.draft("tdp-09");
        assertThat(officials.visibleTasks("hoa.nt.test", s.processInstanceId())).isEmpty();
        assertThat(officials.as("hoa.nt.test", () -> tasks.createTaskQuery().taskCandidateGroup("thach-khoi.chuyen-vien-tdkt").count())).isZero();
    }

    @Test
    void anAdministratorAddsAWardFromItsOrganisationFileAndNobodyElseCan() {
        Map<String, Object> ward = Map.of(
                "ward", Map.of("code", "an-lu-test", "name", "Phường An Lư", "agency", "ỦY BAN NHÂN DÂN PHƯỜNG AN LƯ",
                        "shortName", "UBND phường An Lư", "level", "phường", "city", "Hải Phòng"),
                "people", List.of(Map.of("code", "cv", "fullName", "Lê Thị Hạnh", "gender", "Nữ", "position", "Chuyên viên",
                        "unitCode", "ubnd", "username", "hanh.lt.test", "roles", List.of("chuyen-vien-tdkt"))),
                "councils", List.of(),
                "units", List.of(Map.of("code", "ubnd", "name", "Ủy ban nhân dân phường An Lư", "kind", "cơ quan",
                        "head", Map.of("fullName", "Phan Văn Đức", "title", "Chủ tịch", "gender", "Nam"))));
        assertThat(http.withBasicAuth("diep.tn", "demo").postForEntity("/api/admin/organisations", ward, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/api/admin/organisations", ward, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(identity.createUserQuery().userId("hanh.lt.test").count()).isOne();
        assertThat(identity.createUserQuery().memberOfGroup("an-lu-test.unit.ubnd").singleResult().getId()).isEqualTo("duc.pv");
        assertThat(identity.createTenantQuery().userMember("hanh.lt.test").singleResult().getId()).isEqualTo("an-lu-test");
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/api/admin/organisations", ward, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void everyEndpointNeedsALogin() {
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // A browser without a session is sent to the login page, never to the document or form.
        ResponseEntity<String> anonymous = http.getForEntity("/api/documents/1/pdf", String.class);
        assertThat(anonymous.getBody()).contains("Đăng nhập").doesNotContain("%PDF");
        assertThat(http.getForEntity("/forms/draft-plan.html", String.class).getBody()).contains("Đăng nhập");
        assertThat(http.getForEntity("/login", String.class).getBody()).contains("Đăng nhập");
        assertThat(http.withBasicAuth("diep.tn", "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        // Last: a wrong password also makes the engine delay this user's next logins (brute-force guard).
        assertThat(http.withBasicAuth("khai.tv", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
