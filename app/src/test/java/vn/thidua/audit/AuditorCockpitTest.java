package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.IntegrationTest;

/** The auditor logs in to Cockpit (the real webapp login) and sees the processes and running instances. */
@IntegrationTest
class AuditorCockpitTest {

    @LocalServerPort int port;

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

        private String xsrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse("");
        }
    }
}
