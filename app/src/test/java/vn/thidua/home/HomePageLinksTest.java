package vn.thidua.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.support.Http;
import vn.thidua.support.IntegrationTest;

/** The start page shows a person only the links they may use, and greets them by name. */
@IntegrationTest
class HomePageLinksTest {

    @LocalServerPort int port;

    @Test
    void aUnitHeadSeesTasklistButNotTheRegisterOrTheSigningInbox() {
        HttpResponse<String> home = new Http(port).page("long.tv", "/app");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("id=\"tasklist\"")
                .doesNotContain("/app/register").doesNotContain("/app/ky-so").doesNotContain("/camunda/app/cockpit/")
                .doesNotContain(">long.tv<");
    }

    @Test
    void theChairmanSeesHisInboxAndTheRegister() {
        HttpResponse<String> home = new Http(port).page("khang.pm", "/app");
        assertThat(home.body()).contains("Phạm Minh Khang").contains("/app/ky-so").contains("/app/register")
                .doesNotContain("/camunda/app/cockpit/");
        assertThat(new Http(port).page("nhung.cth", "/app").body()).contains("/camunda/app/cockpit/").contains("/app/register");
    }

    @Test
    void theCouncilsSecretaryReachesTheSigningDeskAndTheAwardHistoryAUnitHeadTheHistory() {
        // diep.tn is the ward's specialist and the council's secretary, who signs its Biên bản first.
        assertThat(new Http(port).page("diep.tn", "/app").body()).contains("/app/ky-so").contains("/app/khen-thuong");
        assertThat(new Http(port).page("long.tv", "/app").body()).contains("/app/khen-thuong");
        assertThat(new Http(port).page("nhung.cth", "/app").body()).contains("/app/khen-thuong");
    }
}
