package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.OtherWard;
import vn.thidua.support.PlanDriver;
import vn.thidua.support.PlanStages;
import vn.thidua.support.TypedValues;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * Issue 9's summary of who may do what: one table, role × action → the HTTP status the real
 * application answers (for a list, "status:number of tasks seen"), over the engine REST API,
 * Tasklist's and Cockpit's own engine API (webapp session + XSRF token), our API and our pages.
 * Every cell is run; the test fails on any cell that differs and prints the whole table with the
 * differences marked. Cells expected to succeed run after every refused cell, so that a
 * completion or a signature that is allowed cannot hide a refusal of the same record.
 */
@IntegrationTest
class AuthorizationMatrixTest {

    static final String ANONYMOUS = "anonymous";
    static final String OTHER_WARD = "other-ward";

    /** Columns: specialist, vice-chairman, chairman, clerk, auditor, Long's unit, Thắng's unit, another ward's specialist, nobody. */
    static final List<String> ROLES = List.of("diep.tn", "hang.vtt", "khang.pm", "ngoc.ntb", "nhung.cth", "long.tv", "thang.dc",
            OTHER_WARD, ANONYMOUS);

    /**
     * Expected outcomes. 401 = asked to log in (Basic challenge); 302 = sent to the login page;
     * 403 = refused (an anonymous POST to our API meets the CSRF check first); 404 = not found
     * (another ward, or somebody else's report, learns nothing); 400 = refused input (workflow.guard
     * refuses a variable outside the task's form, or any process-instance variable, before the
     * engine's authorization check: nothing is written either way).
     * Known holes, kept at the secure value so that they fail: another ward's official completing a
     * Thạch Khôi task is answered 500 (Camunda's tenant check, outside the error contract) and the
     * guard's 400 tells her the task exists; both should be the 404 the rest of the table gives her.
     */
    static final String EXPECTED = """
            action                                       | diep.tn | hang.vtt | khang.pm | ngoc.ntb | nhung.cth | long.tv | thang.dc | other-ward | anonymous
            engine: list the draft task                   | 200:1   | 200:0    | 200:0    | 200:0    | 200:1     | 200:0   | 200:0    | 200:0      | 401
            tasklist: list the draft task                 | 200:1   | 200:0    | 200:0    | 200:0    | 200:1     | 200:0   | 200:0    | 200:0      | 401
            engine: complete the draft task               | 204     | 403      | 403      | 403      | 403       | 403     | 403      | 404        | 401
            tasklist: submit tdp-01's launch form         | 403     | 403      | 403      | 403      | 403       | 403     | 403      | 404        | 401
            engine: complete Thắng's launch task          | 403     | 403      | 403      | 403      | 403       | 403     | 204      | 404        | 401
            engine: Long's launch, Thắng's campaignId     | 400     | 400      | 400      | 400      | 400       | 400     | 400      | 404        | 401
            engine: start planLifecycle in Thạch Khôi     | 200     | 403      | 403      | 403      | 403       | 403     | 403      | 400        | 401
            engine: start planLifecycle in Xuân Thủy      | 400     | 403      | 403      | 403      | 403       | 403     | 403      | 200        | 401
            engine: start unitCampaign                    | 403     | 403      | 403      | 403      | 403       | 403     | 403      | 403        | 401
            engine: set a process-instance variable       | 400     | 400      | 400      | 400      | 400       | 400     | 400      | 400        | 401
            page: /app/register                           | 200     | 200      | 200      | 200      | 200       | 403     | 403      | 404        | 302
            api: register CSV                             | 200     | 200      | 200      | 200      | 200       | 403     | 403      | 404        | 401
            api: issued plan PDF                          | 200     | 200      | 200      | 200      | 200       | 200     | 200      | 404        | 401
            api: verification of the draft under signature | 200   | 200      | 200      | 200      | 200       | 200     | 200      | 404        | 401
            api: sign the draft under signature           | 403     | 403      | 200      | 403      | 403       | 403     | 403      | 404        | 403
            api: correct Long's final report              | 404     | 404      | 404      | 404      | 403       | 200     | 404      | 404        | 403
            api: correct Thắng's final report             | 404     | 404      | 404      | 404      | 403       | 404     | 200      | 404        | 403
            api: import an organisation file              | 403     | 403      | 403      | 403      | 403       | 403     | 403      | 403        | 403
            api: enrol a signing certificate              | 403     | 403      | 403      | 403      | 403       | 403     | 403      | 403        | 403
            cockpit: read process definitions             | 403     | 403      | 403      | 403      | 200       | 403     | 403      | 403        | 401
            camunda set-up: create a user                 | 403     | 403      | 403      | 403      | 403       | 403     | 403      | 403        | 403
            """;

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired PlanStages stages;
    @Autowired Officials officials;
    @Autowired OfficialDocumentRepository documents;
    @Autowired Clock clock;
    @LocalServerPort int port;

    @Test
    void everyRoleGetsExactlyTheOutcomeTheTableSays() {
        Map<String, Function<String, String>> actions = actions();
        Map<String, Map<String, String>> expected = parse(EXPECTED);
        assertThat(expected.keySet()).as("every row of the table has an action").isEqualTo(actions.keySet());

        Map<String, Map<String, String>> actual = new LinkedHashMap<>();
        expected.keySet().forEach(a -> actual.put(a, new LinkedHashMap<>()));
        for (boolean successes : new boolean[] {false, true}) {
            expected.forEach((action, row) -> row.forEach((role, outcome) -> {
                if (succeeds(outcome) == successes) {
                    String got;
                    try {
                        got = actions.get(action).apply(role);
                    } catch (RuntimeException e) {
                        got = "ERR " + e.getClass().getSimpleName();
                    }
                    actual.get(action).put(role, got);
                }
            }));
        }

        List<String> differences = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%n%-48s", "action \\ role"));
        ROLES.forEach(r -> table.append(String.format(" | %-12s", r)));
        expected.forEach((action, row) -> {
            table.append(String.format("%n%-48s", action));
            for (String role : ROLES) {
                String want = row.get(role);
                String got = actual.get(action).get(role);
                boolean same = want.equals(got);
                table.append(String.format(" | %-12s", same ? got : got + " ≠" + want));
                if (!same) {
                    differences.add(action + " / " + role + ": expected " + want + ", got " + got);
                }
            }
        });
        serverErrors.forEach(e -> table.append("\n").append(e));
        assertThat(differences).as("cells that differ (shown as 'actual ≠expected'):" + table).isEmpty();
    }

    // --- the actions ----------------------------------------------------------------------------

    private Map<String, Function<String, String>> actions() {
        String otherWardLogin = stages.otherWardOfficial();
        PlanDriver.Started draft = stages.draft();
        PlanDriver.Started launching = stages.launching();
        PlanDriver.Started reported = stages.reported();
        PlanDriver.Started signing = stages.awaitingSignature();
        String draftTask = stages.openTask(draft.processInstanceId(), PlanLifecycleModel.USER_TASK_DRAFT_PLAN).getId();
        UnitCampaign longs = stages.campaign(launching, "vp-hdnd-ubnd");
        UnitCampaign thangs = stages.campaign(launching, "ca-phuong");
        String longsLaunch = stages.openTask(longs.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH).getId();
        String thangsLaunch = stages.openTask(thangs.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH).getId();
        String tdp01Launch = stages.openTask(stages.campaign(launching, "tdp-01").getProcessInstanceId(),
                UnitCampaignModel.USER_TASK_REPORT_LAUNCH).getId();
        long issuedPlanDocument = documents.findByPlanIdAndKindOrderByIdAsc(launching.planId(), "KH").get(0).getId();
        long underSignature = officials.documentUnderApproval(signing.processInstanceId());
        int year = LocalDate.now(clock).getYear();
        String today = LocalDate.now(clock).toString();
        String launchForm = "{\"variables\": {\"launchedOn\": {\"value\": \"" + today + "\"}, \"launchForm\": {\"value\": \"Họp\"}}}";

        Map<String, Function<String, String>> a = new LinkedHashMap<>();
        a.put("engine: list the draft task", r -> listed(basic(login(r, otherWardLogin), "GET",
                "/engine-rest/task?processInstanceId=" + draft.processInstanceId(), null)));
        a.put("tasklist: list the draft task", r -> {
            Webapp tasklist = new Webapp(login(r, otherWardLogin), "tasklist");
            return tasklist.refused != null ? tasklist.refused
                    : listed(tasklist.call("GET", "/camunda/api/engine/engine/default/task?processInstanceId=" + draft.processInstanceId(), null));
        });
        a.put("engine: complete the draft task", r -> status(basic(login(r, otherWardLogin), "POST",
                "/engine-rest/task/" + draftTask + "/complete", "{\"variables\": {}}")));
        a.put("tasklist: submit tdp-01's launch form", r -> {
            Webapp tasklist = new Webapp(login(r, otherWardLogin), "tasklist");
            return tasklist.refused != null ? tasklist.refused
                    : status(tasklist.call("POST", "/camunda/api/engine/engine/default/task/" + tdp01Launch + "/submit-form", launchForm));
        });
        a.put("engine: complete Thắng's launch task", r -> status(basic(login(r, otherWardLogin), "POST",
                "/engine-rest/task/" + thangsLaunch + "/complete", launchForm)));
        a.put("engine: Long's launch, Thắng's campaignId", r -> status(basic(login(r, otherWardLogin), "POST",
                "/engine-rest/task/" + longsLaunch + "/complete", "{\"variables\": {\"launchedOn\": {\"value\": \"" + today
                        + "\"}, \"launchForm\": {\"value\": \"Họp\"}, \"campaignId\": {\"value\": " + thangs.getId() + "}}}")));
        a.put("engine: start planLifecycle in Thạch Khôi", r -> status(basic(login(r, otherWardLogin), "POST",
                "/engine-rest/process-definition/key/planLifecycle/start", startForm("thach-khoi"))));
        a.put("engine: start planLifecycle in Xuân Thủy", r -> status(basic(login(r, otherWardLogin), "POST",
                "/engine-rest/process-definition/key/planLifecycle/start", startForm(OtherWard.CODE))));
        a.put("engine: start unitCampaign", r -> status(basic(login(r, otherWardLogin), "POST",
                "/engine-rest/process-definition/key/unitCampaign/start", "{\"businessKey\": \""
                        + UnitCampaignModel.businessKey(draft.planId(), "tdp-06") + "\", \"variables\": {\"agencyCode\": {\"value\": "
                        + "\"thach-khoi\"}, \"unitCode\": {\"value\": \"tdp-06\"}}}")));
        a.put("engine: set a process-instance variable", r -> status(basic(login(r, otherWardLogin), "POST",
                "/engine-rest/process-instance/" + draft.processInstanceId() + "/variables",
                "{\"modifications\": {\"agencyCode\": {\"value\": \"" + OtherWard.CODE + "\"}}}")));
        a.put("page: /app/register", r -> status(page(login(r, otherWardLogin), "/app/register?year=" + year + "&agency=thach-khoi")));
        a.put("api: register CSV", r -> status(basic(login(r, otherWardLogin), "GET", "/api/register/" + year + ".csv?agency=thach-khoi", null)));
        a.put("api: issued plan PDF", r -> status(basic(login(r, otherWardLogin), "GET", "/api/documents/" + issuedPlanDocument + "/pdf", null)));
        a.put("api: verification of the draft under signature", r -> status(basic(login(r, otherWardLogin), "GET",
                "/api/documents/" + underSignature + "/verification", null)));
        a.put("api: sign the draft under signature", r -> status(basic(login(r, otherWardLogin), "POST",
                "/api/documents/" + underSignature + "/signature", null)));
        a.put("api: correct Long's final report", r -> status(basic(login(r, otherWardLogin), "PUT",
                "/api/campaigns/" + stages.campaign(reported, "vp-hdnd-ubnd").getId() + "/final-report",
                correction(stages.campaign(reported, "vp-hdnd-ubnd")))));
        a.put("api: correct Thắng's final report", r -> status(basic(login(r, otherWardLogin), "PUT",
                "/api/campaigns/" + stages.campaign(reported, "ca-phuong").getId() + "/final-report",
                correction(stages.campaign(reported, "ca-phuong")))));
        a.put("api: import an organisation file", r -> status(basic(login(r, otherWardLogin), "POST",
                "/api/admin/organisations", newWard())));
        a.put("api: enrol a signing certificate", r -> status(basic(login(r, otherWardLogin), "POST",
                "/api/admin/signers/khang.pm/certificates", "\"AAAA\"")));
        a.put("cockpit: read process definitions", r -> {
            Webapp cockpit = new Webapp(login(r, otherWardLogin), "cockpit");
            return cockpit.refused != null ? cockpit.refused
                    : status(cockpit.call("GET", "/camunda/api/engine/engine/default/process-definition", null));
        });
        a.put("camunda set-up: create a user", r -> {
            Webapp admin = new Webapp(login(r, otherWardLogin), "admin");
            return status(admin.call("POST", "/camunda/api/admin/setup/default/user/create",
                    "{\"profile\":{\"id\":\"ke-gian-matrix\",\"firstName\":\"Kẻ\",\"lastName\":\"Gian\",\"email\":\"k@example.org\"},"
                            + "\"credentials\":{\"password\":\"Mat-khau-ke-gian-1\"}}"));
        });
        return a;
    }

    private String correction(UnitCampaign c) {
        List<String> codes = stages.targetCodes(c);
        String values = codes.isEmpty() ? "" : "\"" + codes.get(0) + "\": \"" + TypedValues.thachKhoi(codes.get(0)) + "\"";
        return "{\"values\": {" + values + "}, \"examples\": \"Bổ sung gương điển hình\"}";
    }

    private static String startForm(String agencyCode) {
        return "{\"variables\": {\"title\": {\"value\": \"Kế hoạch của bảng phân quyền\"}, \"theme\": {\"value\": \"Thi đua\"},"
                + " \"launchDeadline\": {\"value\": \"2099-08-10\"}, \"reportDeadline\": {\"value\": \"2099-09-10\"},"
                + " \"agencyCode\": {\"value\": \"" + agencyCode + "\"}}}";
    }

    private static String newWard() {
        return "{\"ward\": {\"code\": \"matrix-test\", \"name\": \"Phường Ma Trận\", \"agency\": \"ỦY BAN NHÂN DÂN PHƯỜNG MA TRẬN\","
                + " \"shortName\": \"UBND phường Ma Trận\", \"level\": \"phường\", \"city\": \"Hải Phòng\"},"
                + " \"people\": [], \"councils\": [], \"units\": [{\"code\": \"ubnd\", \"name\": \"Ủy ban nhân dân phường Ma Trận\","
                + " \"kind\": \"cơ quan\", \"head\": {\"fullName\": \"Phan Văn Trận\", \"title\": \"Chủ tịch\", \"gender\": \"Nam\"}}]}";
    }

    private static String login(String role, String otherWardLogin) {
        return OTHER_WARD.equals(role) ? otherWardLogin : role;
    }

    /** The text table → action → role → outcome, in the table's order. */
    static Map<String, Map<String, String>> parse(String table) {
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        List<String> lines = table.lines().filter(l -> !l.isBlank()).toList();
        List<String> header = List.of(lines.get(0).split("\\|")).stream().map(String::trim).toList();
        assertThat(header.subList(1, header.size())).as("table columns").isEqualTo(ROLES);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\\|");
            assertThat(cells).as(line).hasSize(ROLES.size() + 1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < ROLES.size(); i++) {
                row.put(ROLES.get(i), cells[i + 1].trim());
            }
            rows.put(cells[0].trim(), row);
        }
        return rows;
    }

    private static boolean succeeds(String outcome) {
        return outcome.startsWith("2");
    }

    // --- HTTP -----------------------------------------------------------------------------------

    /** Bodies of unexpected server errors, printed with the table. */
    private final List<String> serverErrors = new ArrayList<>();

    private String status(HttpResponse<String> response) {
        if (response.statusCode() >= 500) {
            String body = response.body();
            serverErrors.add(response.request().method() + " " + response.request().uri().getPath() + " → " + response.statusCode() + " "
                    + body.substring(0, Math.min(body.length(), 300)));
        }
        return Integer.toString(response.statusCode());
    }

    private String listed(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            return status(response);
        }
        try {
            JsonNode list = JSON.readTree(response.body());
            return "200:" + list.size();
        } catch (IOException e) {
            return "200:not-json";
        }
    }

    /** A script with HTTP Basic and no cookies (anonymous: no header at all). */
    private HttpResponse<String> basic(String user, String method, String path, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (!ANONYMOUS.equals(user)) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return send(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), request);
    }

    /** A browser opening one of our pages (Basic for a login, none for anonymous); redirects not followed. */
    private HttpResponse<String> page(String user, String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET();
        if (!ANONYMOUS.equals(user)) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return send(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build(), request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A Camunda webapp session (Tasklist, Cockpit, Admin): its login, cookie and XSRF token; anonymous skips the login. */
    private final class Webapp {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        /** The login's status when the login itself was refused. */
        final String refused;

        Webapp(String user, String app) {
            call("GET", "/camunda/app/" + (app.equals("admin") ? "tasklist" : app) + "/default/", null);
            if (ANONYMOUS.equals(user)) {
                refused = null;
                return;
            }
            HttpResponse<String> login = send(client, HttpRequest.newBuilder(URI.create(base() + "/camunda/api/admin/auth/user/default/login/"
                    + app)).header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf())
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo")));
            refused = login.statusCode() == 200 ? null : status(login);
            call("GET", "/camunda/api/admin/auth/user/default", null);
        }

        HttpResponse<String> call(String method, String path, String json) {
            return send(client, HttpRequest.newBuilder(URI.create(base() + path)).header("Accept", "application/json, text/plain, */*")
                    .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf())
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
        }

        private String xsrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).reduce((first, second) -> second).orElse("");
        }

        private String base() {
            return "http://localhost:" + port;
        }
    }
}
