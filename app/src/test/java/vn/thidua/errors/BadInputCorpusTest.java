package vn.thidua.errors;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.support.Http;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.support.PlanStages;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * Issue 9's corpus of bad input: each row is something a person (or a script with a valid login)
 * could send, and each must be refused with a clear 4xx of the error contract, a Vietnamese
 * message and nothing internal, writing nothing (checksums of our tables unchanged) and leaving
 * the task open. Cases of one step share that step's task: a case that is wrongly accepted
 * completes it, and the cases after it in that group then fail too (read the first failure).
 * Known failure, kept at the contract's value: sending a completed task again (a double click, a
 * retry) is answered 500 with Camunda's English "Cannot complete task …: task is null" instead of
 * a 404/409 with a Vietnamese sentence.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    /** Every table a refused input must leave as it was. */
    private static final String TABLES = "unit_report, unit_report_value, unit_campaign, award_proposal, official_document, "
            + "plan_review, plan, prepared_signature, signer_certificate, agency, org_unit, person";
    private static final Set<Integer> CONTRACT = Set.of(400, 403, 404, 409, 413, 422);

    @Autowired PlanStages stages;
    @Autowired Officials officials;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @LocalServerPort int port;

    private Ctx ctx;

    /** The records the cases act on, built once. */
    record Ctx(Http http, String today, String launchTask, String launchHead, UnitCampaign finalCampaign, String finalTask,
            String finalHead, String finalCode, String completedTask, UnitCampaign corrected, String correctedHead,
            String correctedCode, UnitCampaign afterIssue, String afterIssueHead, String proposeTask, String proposeHead,
            String councilTask, List<Long> proposalIds, long signatureDocument, String chairmanTask) {
    }

    /** One bad input: what is sent, the statuses the contract allows for it, the task that must stay open. */
    record Case(String name, Function<Ctx, HttpResponse<String>> send, Set<Integer> statuses, Function<Ctx, String> openTask) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeEach
    void stepsReached() {
        if (ctx != null) {
            return;
        }
        PlanDriver.Started launching = stages.launching();
        PlanDriver.Started reported = stages.reported();
        PlanDriver.Started proposing = stages.proposing();
        PlanDriver.Started council = stages.councilMeeting();
        PlanDriver.Started signing = stages.refusedSignatures();
        UnitCampaign launch = stages.campaign(launching, "tdp-01");
        UnitCampaign fin = stages.campaign(reported, "tdp-02");
        UnitCampaign corrected = stages.campaign(reported, "tdp-03");
        UnitCampaign afterIssue = stages.campaign(proposing, "tdp-07");
        String completedLaunch = jdbc.queryForObject("SELECT ID_ FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ? AND TASK_DEF_KEY_ = ?",
                String.class, fin.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH);
        ctx = new Ctx(new Http(port), LocalDate.now(clock).toString(),
                stages.openTask(launch.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH).getId(), stages.head("tdp-01"),
                fin, stages.openTask(fin.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL).getId(), stages.head("tdp-02"),
                stages.targetCodes(fin).contains("T03") ? "T03" : stages.targetCodes(fin).get(0), completedLaunch,
                corrected, stages.head("tdp-03"), stages.targetCodes(corrected).get(0), afterIssue, stages.head("tdp-07"),
                stages.openTask(afterIssue.getProcessInstanceId(), UnitCampaignModel.USER_TASK_PROPOSE_AWARDS).getId(), stages.head("tdp-07"),
                stages.openTask(council.processInstanceId(), PlanLifecycleModel.USER_TASK_OPEN_COUNCIL_MEETING).getId(), stages.proposalIds(council),
                officials.documentUnderApproval(signing.processInstanceId()),
                stages.openTask(signing.processInstanceId(), PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN).getId());
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("corpus")
    void isRefusedClearlyAndWritesNothing(Case c) {
        Map<String, Long> before = checksums();
        HttpResponse<String> answer = c.send().apply(ctx);

        assertThat(answer.statusCode()).as(c.name() + ": " + answer.body()).isIn(c.statuses());
        assertThat(answer.body()).as("message of " + c.name()).doesNotContain("ENGINE-", "Exception", "SQL", "java.", "org.camunda")
                .containsPattern("[À-ỹĐđ]");
        assertThat(checksums()).as("nothing written by " + c.name()).isEqualTo(before);
        if (c.openTask() != null) {
            assertThat(tasks.createTaskQuery().taskId(c.openTask().apply(ctx)).count()).as("task still open after " + c.name()).isOne();
        }
    }

    @Test
    void decomposedVietnameseIsAcceptedAndStoredComposed() {
        String nfd = Normalizer.normalize("Gương điển hình: Tổ dân phố số 3 dẫn đầu phong trào", Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
        HttpResponse<String> ok = ctx.http().basic(ctx.correctedHead(), "PUT", "/api/campaigns/" + ctx.corrected().getId()
                + "/final-report", "{\"values\": {\"" + ctx.correctedCode() + "\": \"95\"}, \"examples\": \"" + nfd + "\"}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        String stored = jdbc.queryForObject("SELECT examples FROM unit_report WHERE campaign_id = ? AND kind = 'FINAL'"
                + " ORDER BY version DESC LIMIT 1", String.class, ctx.corrected().getId());
        assertThat(stored).isEqualTo(Normalizer.normalize(nfd, Normalizer.Form.NFC));
    }

    private Map<String, Long> checksums() {
        Map<String, Long> sums = new LinkedHashMap<>();
        jdbc.query("CHECKSUM TABLE " + TABLES, rs -> {
            sums.put(rs.getString(1), rs.getLong(2));
        });
        return sums;
    }

    // --- the corpus -----------------------------------------------------------------------------

    static Stream<Arguments> corpus() {
        List<Case> cases = new ArrayList<>();
        Set<Integer> invalid = Set.of(400);

        // Launch report (tdp-01) through the engine REST API.
        launch(cases, "launch: date missing", "\"launchForm\": {\"value\": \"Họp\"}");
        launch(cases, "launch: date \"abc\"", "\"launchedOn\": {\"value\": \"abc\"}, \"launchForm\": {\"value\": \"Họp\"}");
        launch(cases, "launch: date 2025-13-45", "\"launchedOn\": {\"value\": \"2025-13-45\"}, \"launchForm\": {\"value\": \"Họp\"}");
        launch(cases, "launch: form <script>", "\"launchedOn\": {\"value\": \"TODAY\"}, \"launchForm\": {\"value\": \"<script>alert(1)</script>\"}");
        launch(cases, "launch: form unclosed <img onerror", "\"launchedOn\": {\"value\": \"TODAY\"}, \"launchForm\": {\"value\": \"Họp <img src=x onerror=alert(1)\"}");
        launch(cases, "launch: participants negative", "\"launchedOn\": {\"value\": \"TODAY\"}, \"launchForm\": {\"value\": \"Họp\"}, \"participants\": {\"value\": \"-5\"}");
        launch(cases, "launch: participants \"mười\" declared Integer", "\"launchedOn\": {\"value\": \"TODAY\"}, \"launchForm\": {\"value\": \"Họp\"}, \"participants\": {\"value\": \"mười\", \"type\": \"Integer\"}");
        launch(cases, "launch: theme oversized (20 000 characters)", "\"launchedOn\": {\"value\": \"TODAY\"}, \"launchForm\": {\"value\": \"Họp\"}, \"unitTheme\": {\"value\": \"" + "Thi đua. ".repeat(2500) + "\"}");
        launch(cases, "launch: a variable outside the form (planId)", "\"launchedOn\": {\"value\": \"TODAY\"}, \"launchForm\": {\"value\": \"Họp\"}, \"planId\": {\"value\": 1}");
        launch(cases, "launch: a date typed as Boolean", "\"launchedOn\": {\"value\": true, \"type\": \"Boolean\"}, \"launchForm\": {\"value\": \"Họp\"}");

        // Final report (tdp-02).
        finalValue(cases, "final: \"12,3,4\"", "12,3,4");
        finalValue(cases, "final: \"abc\" for a percentage", "abc");
        finalValue(cases, "final: 120%", "120%");
        finalValue(cases, "final: negative level -5", "-5");
        finalValue(cases, "final: value <script>", "<script>alert(1)</script>");
        finalValue(cases, "final: value unclosed <img onerror", "95 <img src=x onerror=alert(1)");
        finalReport(cases, "final: unknown target T99", "\"targetValues\": {\"value\": \"[{\\\"code\\\":\\\"T99\\\",\\\"value\\\":\\\"5\\\"}]\", \"type\": \"Json\"}");
        finalReport(cases, "final: targetValues not a list", "\"targetValues\": {\"value\": \"{\\\"T03\\\": 95}\", \"type\": \"Json\"}");
        finalReport(cases, "final: targetValues malformed JSON", "\"targetValues\": {\"value\": \"[{\", \"type\": \"String\"}");
        finalReport(cases, "final: targetValues typed Integer", "\"targetValues\": {\"value\": 5, \"type\": \"Integer\"}");
        finalReport(cases, "final: examples <script>", "VALUES, \"examples\": {\"value\": \"<script>alert(1)</script>\"}");
        finalReport(cases, "final: examples unclosed <img onerror", "VALUES, \"examples\": {\"value\": \"Tốt <img src=x onerror=alert(1)\"}");
        finalReport(cases, "final: examples 4 600 characters (engine column)", "VALUES, \"examples\": {\"value\": \"" + "Điển hình tiên tiến. ".repeat(230) + "\"}");
        finalReport(cases, "final: examples 12 000 characters", "VALUES, \"examples\": {\"value\": \"" + "Điển hình. ".repeat(1100) + "\"}");
        finalReport(cases, "final: campaignId of another unit", "VALUES, \"campaignId\": {\"value\": CORRECTED}");
        cases.add(new Case("final: body over 1 MB", c -> c.http().basic(c.finalHead(), "POST", "/engine-rest/task/" + c.finalTask()
                + "/complete", "{\"variables\": {\"examples\": {\"value\": \"" + "x".repeat(1_200_000) + "\"}}}"), Set.of(413), Ctx::finalTask));
        finalReport(cases, "final: required value missing (empty list)", "\"targetValues\": {\"value\": \"[]\", \"type\": \"Json\"}");
        cases.add(new Case("launch: duplicate submission of a completed task", c -> c.http().basic(c.finalHead(), "POST",
                "/engine-rest/task/" + c.completedTask() + "/complete", "{\"variables\": {\"launchedOn\": {\"value\": \"" + c.today()
                        + "\"}, \"launchForm\": {\"value\": \"Họp\"}}}"), Set.of(404, 409), null));

        // Corrections of a sent report (tdp-03), PUT /api/campaigns/{id}/final-report.
        correction(cases, "correction: unknown target T99", c -> "{\"values\": {\"T99\": \"5\"}}", invalid);
        correction(cases, "correction: \"abc\"", c -> "{\"values\": {\"" + c.correctedCode() + "\": \"abc\"}}", invalid);
        correction(cases, "correction: \"12,3,4\"", c -> "{\"values\": {\"" + c.correctedCode() + "\": \"12,3,4\"}}", invalid);
        correction(cases, "correction: examples 12 000 characters", c -> "{\"values\": {}, \"examples\": \"" + "Điển hình. ".repeat(1100) + "\"}", invalid);
        correction(cases, "correction: examples <script>", c -> "{\"values\": {}, \"examples\": \"<script>alert(1)</script>\"}", invalid);
        correction(cases, "correction: values as text", c -> "{\"values\": \"95\"}", invalid);
        correction(cases, "correction: not JSON", c -> "{\"values\": ", invalid);
        cases.add(new Case("correction: another unit's campaign", c -> c.http().basic(c.finalHead(), "PUT", "/api/campaigns/"
                + c.corrected().getId() + "/final-report", "{\"values\": {}}"), Set.of(403, 404), null));
        cases.add(new Case("correction: unknown campaign", c -> c.http().basic(c.correctedHead(), "PUT",
                "/api/campaigns/999999/final-report", "{\"values\": {}}"), Set.of(404), null));
        cases.add(new Case("correction: before the final report was sent", c -> c.http().basic(c.finalHead(), "PUT", "/api/campaigns/"
                + c.finalCampaign().getId() + "/final-report", "{\"values\": {}}"), Set.of(409), Ctx::finalTask));
        cases.add(new Case("correction: after the ward issued its report", c -> c.http().basic(c.afterIssueHead(), "PUT", "/api/campaigns/"
                + c.afterIssue().getId() + "/final-report", "{\"values\": {}}"), Set.of(409), null));

        // Proposals (tdp-07's unit head through the proposal API; the propose-awards task itself takes no variable).
        propose(cases, "proposal: unknown award title", "{\"kind\":\"INDIVIDUAL\",\"name\":\"Nguyễn Văn A\",\"awardType\":\"HUAN_CHUONG_VU_TRU\",\"completionLevel\":\"TOT\",\"unitVoteAgree\":9,\"unitVoteTotal\":10}");
        propose(cases, "proposal: collective with an individual title", "{\"kind\":\"COLLECTIVE\",\"name\":\"Tổ dân phố số 7\",\"awardType\":\"CHIEN_SI_THI_DUA_CO_SO\",\"completionLevel\":\"TOT\",\"unitVoteAgree\":9,\"unitVoteTotal\":10}");
        propose(cases, "proposal: empty name", "{\"kind\":\"INDIVIDUAL\",\"name\":\"  \",\"awardType\":\"GIAY_KHEN\",\"unitVoteAgree\":9,\"unitVoteTotal\":10}");
        propose(cases, "proposal: unknown kind", "{\"kind\":\"ALIEN\",\"name\":\"Nguyễn Văn A\",\"awardType\":\"GIAY_KHEN\",\"unitVoteAgree\":9,\"unitVoteTotal\":10}");
        propose(cases, "proposal: name <script>", "{\"kind\":\"INDIVIDUAL\",\"name\":\"<script>alert(1)</script>\",\"awardType\":\"GIAY_KHEN\",\"unitVoteAgree\":9,\"unitVoteTotal\":10}");
        propose(cases, "proposal: unit vote above its total", "{\"kind\":\"INDIVIDUAL\",\"name\":\"Nguyễn Văn A\",\"awardType\":\"GIAY_KHEN\",\"unitVoteAgree\":11,\"unitVoteTotal\":10}");
        propose(cases, "proposal: a list instead of one proposal", "[{\"name\":\"Nguyễn Văn A\"}]");
        cases.add(new Case("proposal: the old candidate list sent with the task", c -> c.http().basic(c.proposeHead(), "POST",
                "/engine-rest/task/" + c.proposeTask() + "/complete", "{\"variables\": {\"awardCandidates\": {\"value\": \"[]\", \"type\": \"Json\"}}}"),
                Set.of(400), Ctx::proposeTask));

        // The council's meeting (tdp-08's plan, the specialist as the council's secretary).
        meeting(cases, "meeting: nobody present (quorum)", "TODAY", "[]", "[]");
        meeting(cases, "meeting: three of five present (quorum)", "TODAY", "[\"khang.pm\",\"hang.vtt\",\"diep.tn\"]", "[]");
        meeting(cases, "meeting: date missing", null, "[\"khang.pm\",\"hang.vtt\",\"anh.ltm\",\"diep.tn\"]", "[]");
        meeting(cases, "meeting: someone not on the council present", "TODAY", "[\"khang.pm\",\"hang.vtt\",\"anh.ltm\",\"hai.nv\"]", "[]");
        meeting(cases, "meeting: a present member's written opinion", "TODAY", "[\"khang.pm\",\"hang.vtt\",\"anh.ltm\",\"diep.tn\"]",
                "[{\"login\":\"khang.pm\",\"opinion\":\"Đồng ý\",\"votes\":{}}]");
        meeting(cases, "meeting: opinion on an unknown proposal", "TODAY", "[\"khang.pm\",\"hang.vtt\",\"anh.ltm\",\"diep.tn\"]",
                "[{\"login\":\"tung.bv\",\"opinion\":\"Đồng ý\",\"votes\":{\"999999\":true}}]");

        // Organisation imports, as the administrator.
        importing(cases, "import: not JSON", "{\"ward\": ", Set.of(400));
        importing(cases, "import: empty object", "{}", Set.of(400));
        importing(cases, "import: upper-case ward code", ward("Phuong-Moi", "Phường Mới", "[]"), Set.of(400));
        importing(cases, "import: ward code already in the system", ward("thach-khoi", "Phường Thạch Khôi 2", "[]"), Set.of(409));
        importing(cases, "import: name with <script>", ward("phuong-moi", "<script>alert(1)</script>", "[]"), Set.of(400));
        importing(cases, "import: login held by another ward", ward("phuong-moi", "Phường Mới", "[{\"code\":\"cv\",\"fullName\":\"Trịnh Ngọc Diệp\","
                + "\"gender\":\"Nữ\",\"position\":\"Chuyên viên\",\"unitCode\":\"ubnd\",\"username\":\"diep.tn\",\"roles\":[\"chuyen-vien-tdkt\"]}]"), Set.of(400, 409));

        // Signing (tdp-04's plan waiting for the chairman).
        cases.add(new Case("signing: return without comment", c -> c.http().basic(PlanDriver.CHAIRMAN, "POST", "/engine-rest/task/"
                + c.chairmanTask() + "/complete", "{\"variables\": {\"decision\": {\"value\": \"return\"}, \"comment\": {\"value\": \"  \"}}}"),
                invalid, Ctx::chairmanTask));
        cases.add(new Case("signing: prepare with a garbage certificate", c -> c.http().basic(PlanDriver.CHAIRMAN, "POST", "/api/documents/"
                + c.signatureDocument() + "/signature/prepare", "{\"certificate\": \"AAAA\"}"), invalid, Ctx::chairmanTask));
        cases.add(new Case("signing: prepare with a garbage PEM", c -> c.http().basic(PlanDriver.CHAIRMAN, "POST", "/api/documents/"
                + c.signatureDocument() + "/signature/prepare", "{\"certificate\": \"-----BEGIN CERTIFICATE-----\\nrác\\n-----END CERTIFICATE-----\"}"),
                invalid, Ctx::chairmanTask));
        cases.add(new Case("signing: complete with a garbage CMS", c -> c.http().basic(PlanDriver.CHAIRMAN, "POST", "/api/documents/"
                + c.signatureDocument() + "/signature/complete", "{\"preparedId\": \"x\", \"cms\": \"AAAAAAAA\"}"),
                Set.of(400, 404, 409, 422), Ctx::chairmanTask));
        cases.add(new Case("signing: complete with a CMS that is not base64", c -> c.http().basic(PlanDriver.CHAIRMAN, "POST", "/api/documents/"
                + c.signatureDocument() + "/signature/complete", "{\"preparedId\": \"x\", \"cms\": \"%%%\"}"), invalid, Ctx::chairmanTask));
        cases.add(new Case("signing: foreign preparedId", c -> c.http().basic(PlanDriver.CHAIRMAN, "POST", "/api/documents/"
                + c.signatureDocument() + "/signature/complete", "{\"preparedId\": \"00000000-0000-0000-0000-000000000000\", \"cms\": \"MIIBAA==\"}"),
                Set.of(400, 403, 404, 409, 422), Ctx::chairmanTask));
        cases.add(new Case("signing: the vice-chairman signs the chairman's document", c -> c.http().basic(PlanDriver.VICE_CHAIRMAN, "POST",
                "/api/documents/" + c.signatureDocument() + "/signature", null), Set.of(403), Ctx::chairmanTask));

        cases.forEach(c -> assertThat(CONTRACT).containsAll(c.statuses()));
        return cases.stream().map(c -> Arguments.of(c));
    }

    private static void launch(List<Case> cases, String name, String variables) {
        cases.add(new Case(name, c -> c.http().basic(c.launchHead(), "POST", "/engine-rest/task/" + c.launchTask() + "/complete",
                "{\"variables\": {" + variables.replace("TODAY", c.today()) + "}}"), Set.of(400), Ctx::launchTask));
    }

    private static void finalValue(List<Case> cases, String name, String value) {
        cases.add(new Case(name, c -> c.http().basic(c.finalHead(), "POST", "/engine-rest/task/" + c.finalTask() + "/complete",
                "{\"variables\": {\"targetValues\": {\"value\": \"[{\\\"code\\\":\\\"" + c.finalCode() + "\\\",\\\"value\\\":\\\""
                        + value + "\\\"}]\", \"type\": \"Json\"}}}"), Set.of(400), Ctx::finalTask));
    }

    private static void finalReport(List<Case> cases, String name, String variables) {
        cases.add(new Case(name, c -> c.http().basic(c.finalHead(), "POST", "/engine-rest/task/" + c.finalTask() + "/complete",
                "{\"variables\": {" + variables.replace("VALUES", "\"targetValues\": {\"value\": \"[{\\\"code\\\":\\\"" + c.finalCode()
                        + "\\\",\\\"value\\\":\\\"95\\\"}]\", \"type\": \"Json\"}").replace("CORRECTED", c.corrected().getId().toString())
                        + "}}"), Set.of(400), Ctx::finalTask));
    }

    private static void correction(List<Case> cases, String name, Function<Ctx, String> body, Set<Integer> statuses) {
        cases.add(new Case(name, c -> c.http().basic(c.correctedHead(), "PUT", "/api/campaigns/" + c.corrected().getId() + "/final-report",
                body.apply(c)), statuses, null));
    }

    private static void propose(List<Case> cases, String name, String proposal) {
        cases.add(new Case(name, c -> c.http().basic(c.proposeHead(), "POST", "/api/award-rounds/" + c.afterIssue().getPlanId()
                + "/proposals", proposal), Set.of(400), Ctx::proposeTask));
    }

    private static void meeting(List<Case> cases, String name, String date, String present, String opinions) {
        cases.add(new Case(name, c -> c.http().basic(PlanStages.COUNCIL_SECRETARY, "POST", "/engine-rest/task/" + c.councilTask() + "/complete",
                "{\"variables\": {" + (date == null ? "" : "\"meetingDate\": {\"value\": \"" + date.replace("TODAY", c.today()) + "\"}, ")
                        + "\"meetingPlace\": {\"value\": \"Hội trường\"}, "
                        + "\"presentMembers\": {\"value\": " + quoted(present) + ", \"type\": \"Json\"}, "
                        + "\"writtenOpinions\": {\"value\": " + quoted(opinions) + ", \"type\": \"Json\"}}}"),
                Set.of(400), Ctx::councilTask));
    }

    private static void importing(List<Case> cases, String name, String file, Set<Integer> statuses) {
        cases.add(new Case(name, c -> c.http().basic("admin", "POST", "/api/admin/organisations", file), statuses, null));
    }

    private static String ward(String code, String name, String people) {
        return "{\"ward\": {\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"agency\": \"ỦY BAN NHÂN DÂN PHƯỜNG MỚI\","
                + " \"shortName\": \"UBND phường Mới\", \"level\": \"phường\", \"city\": \"Hải Phòng\"}, \"people\": " + people + ","
                + " \"councils\": [], \"units\": [{\"code\": \"ubnd\", \"name\": \"Ủy ban nhân dân phường Mới\", \"kind\": \"cơ quan\","
                + " \"head\": {\"fullName\": \"Phan Văn Mới\", \"title\": \"Chủ tịch\", \"gender\": \"Nam\"}}]}";
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
