package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebClient;

/**
 * Camunda Admin's set-up API is refused to everybody, logged in or not, with Camunda's CSRF token
 * as its own page would send it; no user is created. (ProductionStartTest shows the same on a
 * production start without any administrator, where Camunda itself would have accepted it.)
 */
@IntegrationTest
class EngineSetUpClosedTest {

    private static final String CREATE = "/camunda/api/admin/setup/default/user/create";
    private static final String NEW_ADMIN = "{\"profile\":{\"id\":\"ke-gian\",\"firstName\":\"Kẻ\",\"lastName\":\"Gian\","
            + "\"email\":\"k@example.org\"},\"credentials\":{\"password\":\"Mat-khau-ke-gian-1\"}}";

    @LocalServerPort int port;
    @Autowired IdentityService identity;

    @Test
    void anAnonymousVisitorIsRefused() {
        WebClient browser = new WebClient(port).from("198.51.100.31");
        HttpResponse<String> create = browser.postJson(CREATE, NEW_ADMIN, "X-XSRF-TOKEN", browser.camundaCsrfToken());
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.body()).contains("Trang khởi tạo quản trị viên đã bị đóng");
        assertThat(identity.createUserQuery().userId("ke-gian").count()).isZero();
    }

    @Test
    void aLoggedInAdministratorIsRefusedToo() {
        WebClient browser = new WebClient(port).from("198.51.100.32");
        assertThat(browser.loginToCamunda("admin", "demo", browser.camundaCsrfToken()).statusCode()).isEqualTo(200);
        HttpResponse<String> create = browser.postJson(CREATE, NEW_ADMIN, "X-XSRF-TOKEN", browser.camundaCsrfToken());
        assertThat(create.statusCode()).isEqualTo(403);
        assertThat(create.body()).contains("Trang khởi tạo quản trị viên đã bị đóng");
        HttpResponse<String> basic = browser.postJson(CREATE, NEW_ADMIN, "Authorization", WebClient.basic("admin", "demo"));
        assertThat(basic.statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("ke-gian").count()).isZero();
    }
}
