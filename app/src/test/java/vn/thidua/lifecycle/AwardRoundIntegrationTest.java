package vn.thidua.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.council.CouncilResults;
import vn.thidua.award.council.CouncilService;
import vn.thidua.award.history.AwardHistoryService;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanStatus;
import vn.thidua.support.AwardSteps;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.support.PlanStages;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * A whole award round of three units of the demo ward, as the officials do it: each unit head
 * proposes through the proposal API (one with an uploaded PDF) and completes the unit's task; the
 * specialist checks the round, returns one proposal, the unit corrects and resubmits, the specialist
 * sends the Tờ trình; the secretary opens the meeting (quorum refused first); each member present
 * votes on their own login, the absent member cannot; the chairman signs, the clerk issues, and the
 * award history has the recipients.
 */
@IntegrationTest
class AwardRoundIntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired PlanStages stages;
    @Autowired AwardSteps awards;
    @Autowired Officials officials;
    @Autowired AwardProposalRepository proposals;
    @Autowired CouncilService council;
    @Autowired CouncilResults councilResults;
    @Autowired AwardHistoryService history;
    @Autowired OfficialDocumentRepository documents;
    @Autowired PersonRepository people;
    @Autowired AgencyRepository agencies;
    @Autowired PlanRepository plans;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void threeUnitsProposeTheSpecialistReturnsOneTheCouncilVotesAndTheDecisionGoesIntoTheHistory() {
        LocalDate today = LocalDate.now(clock);
        PlanDriver.Started s = stages.reportIssued("tdp-01", "tdp-02", "p-vhxh");
        long planId = s.planId();
        String pi = s.processInstanceId();
        String tdp01 = stages.head("tdp-01");
        String tdp02 = stages.head("tdp-02");
        String vhxh = stages.head("p-vhxh");

        // The unit heads propose from their task forms (the proposal API); one uploads the report as a PDF.
        long lan = awards.propose(tdp01, planId, AwardSteps.individual("Phạm Thị Lan", "Nữ", "Tổ viên", "LAO_DONG_TIEN_TIEN",
                "TOT", false));
        ResponseEntity<String> uploaded = awards.upload(tdp01, lan, "bao-cao-thanh-tich.pdf", PDF);
        assertThat(uploaded.getStatusCode()).as(uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(uploaded.getBody()).contains("application/pdf", "\"sha256\"");
        long group = awards.propose(tdp02, planId, AwardSteps.collective("Tổ dân phố số 2", "GIAY_KHEN",
                "Tổ dẫn đầu phong trào dù còn chỉ tiêu chưa đạt."));
        long diepId = people.findByUsername("diep.tn").orElseThrow().getId();
        long diep = awards.propose(vhxh, planId, AwardSteps.member(diepId, "LAO_DONG_TIEN_TIEN", "XUAT_SAC", false));
        for (String unit : List.of("tdp-01", "tdp-02", "p-vhxh")) {
            officials.complete(stages.head(unit), stages.campaign(s, unit).getProcessInstanceId(),
                    UnitCampaignModel.USER_TASK_PROPOSE_AWARDS, Map.of());
        }
        officials.awaitJobs(java.time.Duration.ofSeconds(60));
        assertThat(officials.visibleTasks(PlanDriver.SPECIALIST, pi)).extracting(Task::getTaskDefinitionKey)
                .containsExactly(PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS);

        // The specialist checks the round and returns the collective's proposal; the unit's correction task opens.
        assertThat(awards.check(PlanDriver.SPECIALIST, planId).getBody()).contains("\"proposals\":3");
        assertThat(awards.returnToUnit(PlanDriver.SPECIALIST, group, "Bổ sung số thành viên đạt Lao động tiên tiến.").getBody())
                .contains("\"status\":\"RETURNED\"");
        String tdp02Instance = stages.campaign(s, "tdp-02").getProcessInstanceId();
        assertThat(officials.visibleTasks(tdp02, tdp02Instance)).extracting(Task::getTaskDefinitionKey)
                .containsExactly(UnitCampaignModel.USER_TASK_CORRECT_PROPOSALS);
        assertThatThrownBy(() -> officials.complete(PlanDriver.SPECIALIST, pi, PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of()))
                .hasMessageContaining("Còn đề nghị đã trả lại đơn vị");
        assertThatThrownBy(() -> officials.complete(tdp02, tdp02Instance, UnitCampaignModel.USER_TASK_CORRECT_PROPOSALS, Map.of()))
                .hasMessageContaining("chưa được sửa và gửi lại");
        assertThat(awards.correct(tdp02, group, AwardSteps.collective("Tổ dân phố số 2", "GIAY_KHEN",
                "Tổ dẫn đầu phong trào; 20/25 thành viên đạt Lao động tiên tiến.")).getBody()).contains("\"status\":\"SUBMITTED\"");
        officials.complete(tdp02, tdp02Instance, UnitCampaignModel.USER_TASK_CORRECT_PROPOSALS, Map.of());

        // Sent to the council: the Tờ trình is issued with the candidates; every unit's part ends.
        officials.complete(PlanDriver.SPECIALIST, pi, PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of());
        OfficialDocument submission = documents.findByPlanIdOrderByIdAsc(planId).stream()
                .filter(d -> d.getKind().equals("TTR")).findFirst().orElseThrow();
        assertThat(submission.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(UnitCampaignModel.PROCESS_KEY)
                .processInstanceBusinessKeyLike(planId + ":%").count()).isZero();
        // The list the Tờ trình sent is frozen: no late proposal, no return.
        ResponseEntity<String> late = awards.tryPropose(tdp01, planId, AwardSteps.individual("Nguyễn Văn Muộn", "Nam", "Tổ viên",
                "GIAY_KHEN", "TOT", false));
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(late.getBody()).contains("đã được trình Hội đồng");
        assertThat(awards.returnToUnit(PlanDriver.SPECIALIST, lan, "Trả lại muộn.").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        // The secretary opens the meeting: two of five present is refused at the attendance field, four are enough.
        assertThatThrownBy(() -> awards.openMeeting(AwardSteps.SECRETARY, pi, today, List.of("khang.pm", "diep.tn"), List.of()))
                .hasMessageContaining("Cuộc họp không đủ số thành viên: có mặt 2/5");
        assertThat(council.latestMeetingOf(planId)).isEmpty();
        List<String> present = List.of("khang.pm", "hang.vtt", "tung.bv", "diep.tn");
        awards.openMeeting(AwardSteps.SECRETARY, pi, today, present, List.of(Map.of("login", "anh.ltm",
                "opinion", "Nhất trí đề nghị khen thưởng đồng chí Phạm Thị Lan.", "votes", Map.of(lan, true))));
        List<Task> voteTasks = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(PlanLifecycleModel.USER_TASK_COUNCIL_VOTE).list();
        assertThat(voteTasks).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(present);

        // The absent member has no ballot and cannot use another's; a ballot that the engine would keep is refused.
        assertThat(officials.visibleTasks("anh.ltm", pi)).isEmpty();
        String khangsTask = voteTasks.stream().filter(t -> t.getAssignee().equals("khang.pm")).findFirst().orElseThrow().getId();
        Map<Long, Boolean> all = Map.of(lan, true, group, true, diep, true);
        assertThatThrownBy(() -> officials.as("anh.ltm", () -> {
            tasks.complete(khangsTask, Variables.createVariables().putValueTyped(PlanLifecycleModel.BALLOTS,
                    Variables.stringValue("{}", true)));
            return null;
        })).isNotNull();
        assertThatThrownBy(() -> officials.as("khang.pm", () -> {
            tasks.complete(khangsTask, Map.of(PlanLifecycleModel.BALLOTS, "{\"" + lan + "\":true}"));
            return null;
        })).hasMessageContaining("transient");

        // Each member present votes on their own login: the collective gets a tie (2 of 4), the others all agree.
        CouncilService.Meeting meeting = council.latestMeetingOf(planId).orElseThrow();
        awards.vote("khang.pm", pi, all);
        assertThatThrownBy(() -> council.castBallot(meeting.id(), "khang.pm", lan, true)).hasMessageContaining("đã bỏ phiếu");
        awards.vote("hang.vtt", pi, all);
        Map<Long, Boolean> againstGroup = new HashMap<>(all);
        againstGroup.put(group, false);
        awards.vote("tung.bv", pi, againstGroup);
        awards.vote("diep.tn", pi, againstGroup);
        officials.awaitJobs(java.time.Duration.ofSeconds(60));

        // Closed: results per candidate, kept for the Biên bản; no ballot stored by the engine.
        CouncilResults.Minutes minutes = councilResults.minutes(council.latestMeetingOf(planId).orElseThrow().id());
        assertThat(minutes.meeting().closed()).isTrue();
        assertThat(minutes.attendance().present()).isEqualTo(4);
        assertThat(minutes.absentees()).extracting(CouncilResults.MemberLine::writtenOpinion)
                .containsExactly("Nhất trí đề nghị khen thưởng đồng chí Phạm Thị Lan.");
        Map<Long, CouncilResults.CandidateResult> byId = new HashMap<>();
        minutes.candidates().forEach(c -> byId.put(c.proposalId(), c));
        assertThat(byId.get(lan).agree()).isEqualTo(4);
        assertThat(byId.get(lan).approved()).isTrue();
        assertThat(byId.get(diep).approved()).isTrue();
        assertThat(byId.get(group).agree()).isEqualTo(2);
        assertThat(byId.get(group).approved()).isFalse();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE NAME_ = ?", Integer.class,
                PlanLifecycleModel.BALLOTS)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE NAME_ = ?", Integer.class,
                PlanLifecycleModel.BALLOTS)).isZero();

        // The chairman signs the decision drafted from the approved results; the clerk issues it.
        officials.sign(PlanDriver.CHAIRMAN, pi);
        officials.complete(PlanDriver.CLERK, pi, PlanLifecycleModel.USER_TASK_ISSUE_AWARD_DECISION,
                Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));
        assertThat(plans.findById(planId).orElseThrow().getStatus()).isEqualTo(PlanStatus.CLOSED);
        OfficialDocument decision = documents.findByPlanIdOrderByIdAsc(planId).stream()
                .filter(d -> d.getKind().equals("QD")).findFirst().orElseThrow();
        assertThat(documents.findByPlanIdOrderByIdAsc(planId)).filteredOn(d -> d.getKind().equals("GK")).hasSize(2);
        long agencyId = agencies.findByCode("thach-khoi").orElseThrow().getId();
        int year = plans.findById(planId).orElseThrow().getYear();
        assertThat(history.search(agencyId, "pham thi lan", year, 0, 50).items())
                .anySatisfy(e -> {
                    assertThat(e.recipientName()).isEqualTo("Phạm Thị Lan");
                    assertThat(e.awardType()).isEqualTo("LAO_DONG_TIEN_TIEN");
                    assertThat(e.decisionNumber()).isEqualTo(decision.numberAndNotation());
                });
        assertThat(history.search(agencyId, "trinh ngoc diep", year, 0, 50).items()).isNotEmpty();
        assertThat(history.search(agencyId, "to dan pho so 2", year, 0, 50).items())
                .noneMatch(e -> e.decisionNumber().equals(decision.numberAndNotation()));
        assertThat(proposals.findById(group).orElseThrow().getCouncilResult()).isEqualTo(AwardProposal.CouncilResult.REJECTED);
    }
}
