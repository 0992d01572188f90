package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.organisation.GroupIds;
import vn.thidua.organisation.Role;
import vn.thidua.support.AuditorLogins;
import vn.thidua.support.IntegrationTest;

/**
 * Cockpit for auditors, read-only, through the real webapp login: the ward's auditor sees the
 * ward's running state, the city's auditor every ward under the city, another ward's auditor none
 * of it; and their engine grants are read grants only.
 */
@IntegrationTest
class AuditorCockpitTest {

    private static final String WARD = "thach-khoi";
    private static final String ENGINE = "/camunda/api/engine/engine/default";
    /** What an auditor's grants may hold: reading, and opening Cockpit. */
    private static final Set<Permission> READ_ONLY = Set.of(Permissions.ACCESS, Permissions.READ, Permissions.READ_INSTANCE,
            Permissions.READ_HISTORY, Permissions.READ_TASK);

    @LocalServerPort int port;
    @Autowired AuditorLogins logins;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired AuthorizationService authorizations;

    @Test
    void auditorLogsInToCockpitAndSeesDefinitionsAndInstances() throws Exception {
        Session auditor = new Session(port);
        assertThat(auditor.login("nhung.cth", "demo", "cockpit").statusCode()).isEqualTo(200);
        String definitions = auditor.get("/camunda/api/engine/engine/default/process-definition").body();
        assertThat(definitions).contains("\"key\":\"planLifecycle\"").contains("\"key\":\"unitCampaign\"");
        String count = auditor.get("/camunda/api/engine/engine/default/process-instance/count").body();
        assertThat(Integer.parseInt(count.replaceAll("\\D", ""))).isPositive();
    }

    @Test
    void aCityAuditorSeesEveryWardUnderTheCityInCockpitAndChangesNothing() throws Exception {
        String city = logins.city();
        logins.otherWard();
        ProcessInstance running = wardInstance();
        Session auditor = new Session(port);
        assertThat(auditor.login(city, "demo", "cockpit").statusCode()).isEqualTo(200);
        assertThat(count(auditor, "/process-instance/count?tenantIdIn=" + WARD))
                .isEqualTo(runtime.createProcessInstanceQuery().tenantIdIn(WARD).count()).isPositive();
        assertThat(auditor.get(ENGINE + "/process-instance/" + running.getId()).body()).contains("\"tenantId\":\"" + WARD + "\"");
        assertThat(auditor.get(ENGINE + "/task?processInstanceId=" + running.getId()).statusCode()).isEqualTo(200);
        // Read-only: suspending the instance and deleting it are refused, and nothing changed.
        assertThat(auditor.send("PUT", ENGINE + "/process-instance/" + running.getId() + "/suspended", "{\"suspended\":true}")
                .statusCode()).isEqualTo(403);
        assertThat(auditor.send("DELETE", ENGINE + "/process-instance/" + running.getId(), null).statusCode()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(running.getId()).active().count()).isOne();

        // The engine side of it: the city's auditor group is in the tenant of every ward under the
        // city; the ward's own auditors in their ward's tenant only.
        String cityGroup = GroupIds.role(AuditorLogins.CITY_AGENCY, Role.CITY_AUDITOR);
        assertThat(identity.createTenantQuery().groupMember(cityGroup).list()).extracting(Tenant::getId)
                .contains(AuditorLogins.CITY_AGENCY, WARD, AuditorLogins.OTHER_WARD_AGENCY);
        assertThat(identity.createTenantQuery().groupMember(GroupIds.role(WARD, Role.AUDITOR)).list()).extracting(Tenant::getId)
                .containsExactly(WARD);
    }

    @Test
    void anotherWardsAuditorSeesNothingOfThisWardInCockpit() throws Exception {
        String other = logins.otherWard();
        ProcessInstance running = wardInstance();
        Session auditor = new Session(port);
        assertThat(auditor.login(other, "demo", "cockpit").statusCode()).isEqualTo(200);
        assertThat(count(auditor, "/process-instance/count?tenantIdIn=" + WARD)).isZero();
        assertThat(count(auditor, "/process-instance/count")).isZero();
        assertThat(count(auditor, "/task/count?tenantIdIn=" + WARD)).isZero();
        assertThat(auditor.get(ENGINE + "/process-instance/" + running.getId()).statusCode()).isEqualTo(404);
    }

    /** Every grant of every auditor group (the ward's, the city's) is a read grant: no write of any kind. */
    @Test
    void auditorsHoldReadGrantsOnly() {
        logins.city();
        List<String> groups = List.of(GroupIds.role(WARD, Role.AUDITOR), GroupIds.role(WARD, Role.CITY_AUDITOR),
                GroupIds.role(AuditorLogins.CITY_AGENCY, Role.CITY_AUDITOR));
        List<Authorization> grants = authorizations.createAuthorizationQuery().groupIdIn(groups.toArray(String[]::new)).list();
        assertThat(grants).extracting(Authorization::getGroupId).containsAll(groups);
        for (Authorization grant : grants) {
            assertThat(grant.getAuthorizationType()).as("%s on %s", grant.getGroupId(), grant.getResourceType())
                    .isEqualTo(Authorization.AUTH_TYPE_GRANT);
            // The stored bit mask: a write permission of any resource-specific kind (suspend, update
            // a variable, …) is a bit outside the read ones.
            int held = ((AuthorizationEntity) grant).getPermissions();
            assertThat(held).as("%s on resource %s/%s", grant.getGroupId(), grant.getResourceType(), grant.getResourceId())
                    .isNotZero().matches(bits -> (bits & ~readOnlyBits()) == 0, "read permissions only");
        }
        assertThat(grants).anySatisfy(g -> {
            assertThat(g.getResourceType()).isEqualTo(Resources.APPLICATION.resourceType());
            assertThat(g.getResourceId()).isEqualTo("cockpit");
        });
    }

    private static int readOnlyBits() {
        return READ_ONLY.stream().mapToInt(Permission::getValue).reduce(0, (a, b) -> a | b);
    }

    private ProcessInstance wardInstance() {
        return runtime.createProcessInstanceQuery().tenantIdIn(WARD).active().listPage(0, 1).get(0);
    }

    private static long count(Session session, String path) throws Exception {
        String body = session.get(ENGINE + path).body();
        return Long.parseLong(body.replaceAll("\\D", ""));
    }

    @Test
    void aUnitHeadCannotOpenCockpit() throws Exception {
        assertThat(new Session(port).login("loi.dv", "demo", "cockpit").statusCode()).isEqualTo(403);
    }

    /** A browser-like session: cookies kept, Camunda's XSRF token echoed as the webapp does. */
    private static final class Session {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client;
        private final String base;

        Session(int port) {
            this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
            this.base = "http://localhost:" + port;
        }

        HttpResponse<String> login(String user, String password, String app) throws IOException, InterruptedException {
            get("/camunda/app/" + app + "/default/");
            return client.send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", xsrf())
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + password)).build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
            String token = xsrf();
            if (!token.isEmpty()) {
                request.header("X-XSRF-TOKEN", token);
            }
            return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> send(String method, String path, String json) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf())
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                    .build(), HttpResponse.BodyHandlers.ofString());
        }

        private String xsrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse("");
        }
    }
}
