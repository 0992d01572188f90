package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.identity.EngineIdentitySync;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.OrganisationData;
import vn.thidua.organisation.OrganisationImporter;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.WebClient;

/**
 * Wrong passwords slow an attacker down, per account (the engine's delay) and per address (ours),
 * but never shut the owner out for good; an unknown or password-less account answers exactly like
 * a wrong password, on every way in. Time moves with the engine's clock, which both delays use.
 * Each test comes from its own address (X-Forwarded-For, trusted from 127.0.0.1 as from a proxy).
 */
@IntegrationTest
class LoginThrottlingTest {

    private static final String RIGHT = "Mat-khau-dung-2026";

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganisationImporter organisations;
    @Autowired EngineIdentitySync identitySync;

    private long offset;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    void manyWrongPasswordsDelayTheAccountButNeverLockItForGood() {
        String login = account("thu.delay.test");
        WebClient client = new WebClient(port).from("198.51.100.51");
        // More than the engine's former permanent lock (10), each after the previous delay ran out.
        for (int i = 0; i < 12; i++) {
            later(61_000);
            assertThat(engineRest(client, login, "sai-mat-khau-" + i).statusCode()).isEqualTo(401);
        }
        assertThat(jdbc.queryForObject("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?", Integer.class, login)).isEqualTo(12);
        assertThat(engineRest(client, login, RIGHT).statusCode()).as("within the delay: even the right password waits")
                .isEqualTo(401);

        later(61_000);
        assertThat(engineRest(client, login, RIGHT).statusCode()).as("after the delay: in, no administrator needed")
                .isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?", Integer.class, login)).isZero();
    }

    @Test
    void anAddressThatFailsTooOftenWaitsOnEveryWayInWhileTheAccountStaysOpenElsewhere() {
        String login = account("thu.throttle.test");
        WebClient attacker = new WebClient(port).from("198.51.100.52");
        String camundaToken = attacker.camundaCsrfToken();
        // 20 failures (the limit) spread over the four ways in, on accounts that do not exist.
        for (int i = 0; i < 5; i++) {
            assertThat(engineRest(attacker, "khong.co." + i, "x").statusCode()).isEqualTo(401);
            assertThat(ourApi(attacker, "khong.co." + i, "x").statusCode()).isEqualTo(401);
            assertThat(attacker.loginToCamunda("khong.co." + i, "x", camundaToken).statusCode()).isEqualTo(401);
            assertThat(attacker.loginToOurPages("khong.co." + i, "x").headers().firstValue("Location").orElse(""))
                    .endsWith("/login?error");
        }

        HttpResponse<String> refused = engineRest(attacker, login, RIGHT);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("Có quá nhiều lần đăng nhập sai từ địa chỉ này");
        assertThat(ourApi(attacker, login, RIGHT).statusCode()).isEqualTo(429);
        assertThat(attacker.loginToCamunda(login, RIGHT, camundaToken).statusCode()).isEqualTo(429);
        assertThat(attacker.loginToOurPages(login, RIGHT).headers().firstValue("Location").orElse("")).endsWith("/login?slow");
        assertThat(attacker.get("/login?slow").body()).contains("Có quá nhiều lần đăng nhập sai từ địa chỉ này");

        WebClient owner = new WebClient(port).from("198.51.100.53");
        assertThat(engineRest(owner, login, RIGHT).statusCode()).as("the account is not locked").isEqualTo(200);

        later(5 * 60_000 + 1_000);
        assertThat(engineRest(attacker, login, RIGHT).statusCode()).as("the address after the window").isEqualTo(200);
    }

    @Test
    void aBurstOfSimultaneousAttemptsGetsNoMoreTriesThanAttemptsOneAfterAnother() throws Exception {
        WebClient attacker = new WebClient(port).from("198.51.100.55");
        ExecutorService pool = Executors.newFixedThreadPool(40);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String account = "khong.co.loat." + i;
                answers.add(pool.submit(() -> engineRest(attacker, account, "x").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses.stream().filter(s -> s == 401).count()).as("passwords actually checked").isLessThanOrEqualTo(20);
            assertThat(statuses).containsOnly(401, 429);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        String login = account("thu.ipv6.test");
        WebClient first = new WebClient(port).from("2001:db8:1:2::a");
        for (int i = 0; i < 20; i++) {
            assertThat(engineRest(first, "khong.co.v6." + i, "x").statusCode()).isEqualTo(401);
        }
        assertThat(engineRest(new WebClient(port).from("2001:db8:1:2::b"), login, RIGHT).statusCode())
                .as("another address of the same /64").isEqualTo(429);
        assertThat(engineRest(new WebClient(port).from("2001:db8:1:3::a"), login, RIGHT).statusCode())
                .as("another /64").isEqualTo(200);
    }

    @Test
    void anUnknownOrPasswordlessAccountAnswersExactlyLikeAWrongPassword() {
        String known = account("thu.same.test");
        String passwordless = importedWithoutPassword();
        assertThat(identity.createUserQuery().userId(passwordless).singleResult().getPassword()).isNull();
        String unknown = "khong.ton.tai.test";
        WebClient client = new WebClient(port).from("198.51.100.54");
        String camundaToken = client.camundaCsrfToken();

        for (String account : List.of(unknown, passwordless)) {
            assertThat(answer(engineRest(client, account, "Mot-mat-khau-1"))).as("engine REST, " + account)
                    .isEqualTo(answer(engineRest(client, known, "Mot-mat-khau-1")));
            assertThat(answer(ourApi(client, account, "Mot-mat-khau-1"))).as("our API, " + account)
                    .isEqualTo(answer(ourApi(client, known, "Mot-mat-khau-1")));
            assertThat(answer(client.loginToCamunda(account, "Mot-mat-khau-1", camundaToken))).as("Camunda login, " + account)
                    .isEqualTo(answer(client.loginToCamunda(known, "Mot-mat-khau-1", camundaToken)));
            assertThat(answer(client.loginToOurPages(account, "Mot-mat-khau-1"))).as("our login form, " + account)
                    .isEqualTo(answer(client.loginToOurPages(known, "Mot-mat-khau-1")));
        }
        assertThat(answer(engineRest(client, known, "Mot-mat-khau-1"))).startsWith("401");
    }

    private String account(String login) {
        if (identity.createUserQuery().userId(login).count() == 0) {
            User user = identity.newUser(login);
            user.setFirstName("Thu");
            user.setLastName("Trần");
            user.setPassword(RIGHT);
            identity.saveUser(user);
        }
        return login;
    }

    /** A person of a ward added from its organisation file: a login, no password yet. */
    private String importedWithoutPassword() {
        String login = "lan.nopw.test";
        if (identity.createUserQuery().userId(login).count() == 0) {
            OrganisationData ward = new OrganisationData(
                    new OrganisationData.Ward("dang-hai-test", "Phường Đằng Hải", "ỦY BAN NHÂN DÂN PHƯỜNG ĐẰNG HẢI",
                            "UBND phường Đằng Hải", "phường", "Hải Phòng"),
                    List.of(new OrganisationData.PersonData("cv", "Phạm Thị Lan", "Nữ", "Chuyên viên", "ubnd", login,
                            List.of("chuyen-vien-tdkt"))),
                    List.of(),
                    List.of(new OrganisationData.Unit("ubnd", "Ủy ban nhân dân phường Đằng Hải", "cơ quan", "Chính quyền", null,
                            new OrganisationData.Head("Vũ Văn Hùng", "Chủ tịch", "Nam", null))));
            Agency agency = organisations.importWard(ward, "UBND thành phố Hải Phòng");
            identitySync.sync(agency.getId());
        }
        return login;
    }

    private void later(long millis) {
        offset += millis;
        ClockUtil.offset(offset);
    }

    private static HttpResponse<String> engineRest(WebClient client, String user, String password) {
        return client.get("/engine-rest/task", "Authorization", WebClient.basic(user, password));
    }

    private static HttpResponse<String> ourApi(WebClient client, String user, String password) {
        return client.get("/api/register/2026.csv", "Authorization", WebClient.basic(user, password));
    }

    /** What a client learns from an answer: status, where it points, what it says (less the time stamp). */
    private static String answer(HttpResponse<String> response) {
        Map<String, List<String>> headers = response.headers().map();
        return response.statusCode() + " " + headers.getOrDefault("location", List.of()) + " "
                + headers.getOrDefault("www-authenticate", List.of()) + " "
                + response.body().replaceAll("\"timestamp\":\"[^\"]*\"", "");
    }
}
