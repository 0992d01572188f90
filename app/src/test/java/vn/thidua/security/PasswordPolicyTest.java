package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebClient;

/** An administrator creating a login over the engine REST API (as Camunda Admin does) meets the password policy. */
@IntegrationTest
class PasswordPolicyTest {

    @LocalServerPort int port;
    @Autowired IdentityService identity;

    @Test
    void aWeakPasswordIsRefusedAndNoUserIsCreated() {
        WebClient admin = new WebClient(port).from("198.51.100.41").header("Authorization", WebClient.basic("admin", "demo"));
        // What Camunda Admin's form asks before it submits: the rules the password breaks.
        HttpResponse<String> check = admin.postJson("/engine-rest/identity/password-policy", "{\"password\":\"hacked1\"}");
        assertThat(check.statusCode()).isEqualTo(200);
        assertThat(check.body()).contains("\"valid\":false", "PASSWORD_POLICY_LENGTH", "PASSWORD_POLICY_UPPERCASE",
                "PASSWORD_POLICY_SPECIAL");
        // Submitted anyway: refused by the engine, answered as refused input in Vietnamese (not Camunda's 500).
        HttpResponse<String> weak = admin.postJson("/engine-rest/user/create", user("hoa.policy", "hacked1"));
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(weak.body()).contains("Mật khẩu chưa đủ mạnh").doesNotContain("ProcessEngineException");
        assertThat(identity.createUserQuery().userId("hoa.policy").count()).isZero();

        HttpResponse<String> strong = admin.postJson("/engine-rest/user/create", user("hoa.policy", "Thach-Khoi-2026"));
        assertThat(strong.statusCode()).isEqualTo(204);
        assertThat(identity.checkPassword("hoa.policy", "Thach-Khoi-2026")).isTrue();
        identity.deleteUser("hoa.policy");
    }

    @Test
    void theDemoLoginsKeepTheirDocumentedPassword() {
        WebClient specialist = new WebClient(port).from("198.51.100.42").header("Authorization", WebClient.basic("diep.tn", "demo"));
        assertThat(specialist.get("/engine-rest/task").statusCode()).isEqualTo(200);
    }

    private static String user(String id, String password) {
        return "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Hoa\",\"lastName\":\"Nguyễn\"},"
                + "\"credentials\":{\"password\":\"" + password + "\"}}";
    }
}
