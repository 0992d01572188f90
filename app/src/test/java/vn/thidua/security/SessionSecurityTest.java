package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebClient;

/** The browser session: its posts need the CSRF token whatever headers they add; its cookie is Secure over HTTPS. */
@IntegrationTest
class SessionSecurityTest {

    @LocalServerPort int port;
    @Autowired AgencyRepository agencies;

    @Test
    void aSessionPostWithABogusAuthorizationHeaderStillNeedsTheCsrfToken() {
        WebClient browser = new WebClient(port).from("198.51.100.61");
        assertThat(browser.loginToOurPages("admin", "demo").headers().firstValue("Location").orElse("")).endsWith("/app");

        for (String bogus : List.of("Bearer gia-mao", "Basic " + "Z2lhOm1hbw==", "x")) {
            HttpResponse<String> forged = browser.postJson("/api/admin/organisations", ward("csrf-test"), "Authorization", bogus);
            assertThat(forged.statusCode()).as(bogus).isEqualTo(403);
        }
        assertThat(agencies.findByCode("csrf-test")).as("nothing imported").isEmpty();

        // The same request from the page itself, with the session's token, goes through.
        HttpResponse<String> real = browser.postJson("/api/admin/organisations", ward("csrf-test"),
                "X-CSRF-TOKEN", browser.csrfTokenOfOurPages());
        assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
        assertThat(agencies.findByCode("csrf-test")).isPresent();
    }

    @Test
    void theSessionCookieIsSecureWhenTheRequestCameOverHttps() {
        assertThat(sessionCookie(new WebClient(port).from("198.51.100.62").header("X-Forwarded-Proto", "https")))
                .contains("Secure");
        assertThat(sessionCookie(new WebClient(port).from("198.51.100.63"))).doesNotContain("Secure");
    }

    private static String sessionCookie(WebClient browser) {
        return browser.get("/login").headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
    }

    private static String ward(String code) {
        return "{\"ward\":{\"code\":\"" + code + "\",\"name\":\"Phường Phiên Làm Việc\",\"agency\":\"ỦY BAN NHÂN DÂN PHƯỜNG PHIÊN LÀM VIỆC\","
                + "\"shortName\":\"UBND phường Phiên Làm Việc\",\"level\":\"phường\",\"city\":\"Hải Phòng\"},"
                + "\"people\":[{\"code\":\"cv\",\"fullName\":\"Lê Văn Tâm\",\"gender\":\"Nam\",\"position\":\"Chuyên viên\","
                + "\"unitCode\":\"ubnd\",\"username\":\"tam.lv." + code + "\",\"roles\":[\"chuyen-vien-tdkt\"]}],"
                + "\"councils\":[],\"units\":[{\"code\":\"ubnd\",\"name\":\"Ủy ban nhân dân phường Phiên Làm Việc\",\"kind\":\"cơ quan\","
                + "\"head\":{\"fullName\":\"Đinh Văn Quý\",\"title\":\"Chủ tịch\",\"gender\":\"Nam\"}}]}";
    }
}
