package vn.thidua.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.campaign.UnitReport;
import vn.thidua.campaign.UnitReportRepository;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.support.Http;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.JsonVariables;

/**
 * Two corrections of one report sent at the same moment (two tabs, two people of the unit): one is
 * stored, the other answers 409 in Vietnamese and writes nothing, instead of a 500 duplicate key.
 */
@IntegrationTest
class ReportCorrectionRaceTest {

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired UnitReportRepository reports;
    @Autowired OrgUnitRepository units;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;
    @LocalServerPort int port;

    @Test
    void oneOfTwoConcurrentCorrectionsWinsTheOtherIsA409() throws Exception {
        UnitCampaign c = campaigns.findByPlanId(driver.issued("tdp-10").planId()).get(0);
        String head = units.findById(c.getUnitId()).orElseThrow().getHeadUsername();
        officials.complete(head, c.getProcessInstanceId(), "userTask_reportLaunch",
                Map.of("launchedOn", LocalDate.now(clock).toString(), "launchForm", "Họp tổ dân phố"));
        officials.complete(head, c.getProcessInstanceId(), "userTask_reportFinal",
                Map.of("targetValues", JsonVariables.json(List.of(Map.of("code", "T03", "value", "91")))));
        String url = "/api/campaigns/" + c.getId() + "/final-report";

        List<HttpResponse<String>> answers;
        try (Connection holder = dataSource.getConnection()) {
            // Hold the campaign's row: both corrections read version 1, then wait at their first write,
            // so they truly overlap (without it the second could simply start after the first).
            holder.setAutoCommit(false);
            try (PreparedStatement lock = holder.prepareStatement("SELECT id FROM unit_campaign WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, c.getId());
                lock.executeQuery().close();
            }
            CompletableFuture<HttpResponse<String>> first = correct(url, head, "95,5");
            CompletableFuture<HttpResponse<String>> second = correct(url, head, "96");
            awaitWaitingWrites(2);
            holder.commit();
            answers = List.of(first.get(), second.get());
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        ErrorBodies.nothingInternal(lost.body());
        assertThat(ErrorBodies.refused(lost, 409).get("message").asText()).contains("cùng lúc");
        assertThat(reports.findByCampaignIdAndKindOrderByVersionDesc(c.getId(), UnitReport.Kind.FINAL))
                .extracting(UnitReport::getVersion).containsExactly(2, 1);
    }

    private CompletableFuture<HttpResponse<String>> correct(String url, String head, String value) {
        // A thread of its own each: the common pool has a single worker on two cores.
        CompletableFuture<HttpResponse<String>> answer = new CompletableFuture<>();
        new Thread(() -> {
            try {
                answer.complete(new Http(port).basic(head, "PUT", url, "{\"values\": {\"T03\": \"" + value + "\"}}"));
            } catch (RuntimeException e) {
                answer.completeExceptionally(e);
            }
        }, "correction-" + value).start();
        return answer;
    }

    /**
     * Until that many other sessions of this database are stuck in a statement on the reports.
     * Read from PROCESSLIST, which every account sees for its own sessions: InnoDB's lock tables
     * need the PROCESS privilege, which a production-like account (CI's on Debian's server) lacks.
     * A statement counts only when it is still there on the next look: the two corrections wait
     * on the held row, anything else passes by.
     */
    private void awaitWaitingWrites(int count) throws Exception {
        Instant end = Instant.now().plus(Duration.ofSeconds(30));
        int seenInARow = 0;
        try (Connection probe = dataSource.getConnection(); PreparedStatement waiting = probe.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE() AND ID <> CONNECTION_ID()"
                        + " AND COMMAND = 'Query' AND INFO LIKE '%unit\\_report%'")) {
            while (true) {
                try (ResultSet rs = waiting.executeQuery()) {
                    rs.next();
                    seenInARow = rs.getInt(1) >= count ? seenInARow + 1 : 0;
                }
                if (seenInARow >= 2) {
                    return;
                }
                if (Instant.now().isAfter(end)) {
                    throw new AssertionError("The two corrections never both reached their write");
                }
                Thread.sleep(300);
            }
        }
    }
}
