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
import vn.thidua.document.DocumentSignatures;
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
import vn.thidua.workflow.signingdesk.SignatureDesk;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * A whole award round of three units of the demo ward, as the officials do it: each unit head
 * proposes through the proposal API (one with an uploaded PDF) and completes the unit's task; the
 * specialist checks the round, returns one proposal, the unit corrects and resubmits, the specialist
 * sends the Tờ trình; the secretary opens the meeting (quorum refused first); each member present
 * votes on their own login, the absent member cannot; the Biên bản is signed by the secretary then
 * the chair on the signing desk and issued with its number, its tallies the ballot box's; the
 * chairman signs, the clerk issues, and the award history has the recipients. Also: a member present
 * who never votes (the secretary ends the voting once enough have voted; a returned Biên bản makes
 * the council meet again, with a new one), and a round without proposals (no meeting, no decision).
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
    @Autowired org.camunda.bpm.engine.HistoryService historyService;
    @Autowired TaskService tasks;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired SignatureDesk desk;
    @Autowired DocumentSignatures signatures;

    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Up to the proposals' stage for the three units, each proposing what is given (nothing when empty). */
    private PlanDriver.Started proposalsSent(boolean propose, List<Long> ids) {
        PlanDriver.Started s = stages.reportIssued("tdp-01", "tdp-02", "p-vhxh");
        if (propose) {
            ids.add(awards.propose(stages.head("tdp-01"), s.planId(), AwardSteps.individual("Phạm Thị Lan", "Nữ", "Tổ viên",
                    "LAO_DONG_TIEN_TIEN", "TOT", false)));
            ids.add(awards.propose(stages.head("tdp-02"), s.planId(), AwardSteps.individual("Nguyễn Văn Bình", "Nam", "Tổ viên",
                    "GIAY_KHEN", "TOT", false)));
        }
        for (String unit : List.of("tdp-01", "tdp-02", "p-vhxh")) {
            officials.complete(stages.head(unit), stages.campaign(s, unit).getProcessInstanceId(),
                    UnitCampaignModel.USER_TASK_PROPOSE_AWARDS, Map.of());
        }
        officials.awaitJobs(java.time.Duration.ofSeconds(60));
        officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of());
        return s;
    }

    @Test
    void aMemberPresentWhoDoesNotVoteTheSecretaryEndsTheVotingOnceEnoughHaveVoted() {
        LocalDate today = LocalDate.now(clock);
        List<Long> ids = new java.util.ArrayList<>();
        PlanDriver.Started s = proposalsSent(true, ids);
        String pi = s.processInstanceId();
        awards.openMeeting(AwardSteps.SECRETARY, pi, today, AwardSteps.COUNCIL, List.of());
        Map<Long, Boolean> all = Map.of(ids.get(0), true, ids.get(1), true);
        awards.vote("khang.pm", pi, all);
        awards.vote("hang.vtt", pi, all);
        awards.vote("anh.ltm", pi, Map.of(ids.get(0), true, ids.get(1), false));
        // Three of five have voted: a valid meeting needs four, so the secretary cannot end it yet.
        assertThatThrownBy(() -> officials.complete(AwardSteps.SECRETARY, pi, PlanLifecycleModel.USER_TASK_END_VOTING, Map.of()))
                .hasMessageContaining("mới có 3/5 thành viên có mặt bỏ phiếu, cần ít nhất 4");
        // Nobody but the secretary may end it.
        assertThatThrownBy(() -> officials.complete("tung.bv", pi, PlanLifecycleModel.USER_TASK_END_VOTING, Map.of()))
                .isNotNull();
        awards.vote("diep.tn", pi, all);
        // tung.bv never votes: the secretary ends the voting; the vote task left open ends with it.
        officials.complete(AwardSteps.SECRETARY, pi, PlanLifecycleModel.USER_TASK_END_VOTING,
                Map.of(PlanLifecycleModel.COMMENT, "Đồng chí Tùng không bỏ phiếu."));
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(PlanLifecycleModel.USER_TASK_COUNCIL_VOTE).count())
                .isZero();
        officials.awaitJobs(java.time.Duration.ofSeconds(60));

        CouncilResults.Minutes minutes = councilResults.minutes(council.latestMeetingOf(s.planId()).orElseThrow().id());
        assertThat(minutes.meeting().closed()).isTrue();
        assertThat(minutes.attendance().present()).isEqualTo(5);
        Map<Long, CouncilResults.CandidateResult> byId = new HashMap<>();
        minutes.candidates().forEach(c -> byId.put(c.proposalId(), c));
        assertThat(byId.get(ids.get(0)).agree()).isEqualTo(4);
        assertThat(byId.get(ids.get(0)).disagree()).isZero();
        assertThat(byId.get(ids.get(1)).agree()).isEqualTo(3);
        assertThat(byId.get(ids.get(1)).disagree()).isEqualTo(1);
        // Majority of the five present: 4 and 3 pass.
        assertThat(byId.get(ids.get(0)).approved()).isTrue();
        assertThat(byId.get(ids.get(1)).approved()).isTrue();
        OfficialDocument bb = documents.findByPlanIdOrderByIdAsc(s.planId()).stream()
                .filter(d -> d.getKind().equals("BB")).findFirst().orElseThrow();
        assertThat(pdfText(bb.getPdf())).contains("Số thành viên có mặt không bỏ phiếu: 01");
        assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
                .isEqualTo(PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES);

        // The secretary signs; the chair returns the minutes: the council meets again, and that
        // meeting's Biên bản is a new draft (the first one keeps the secretary's signature).
        officials.sign(AwardSteps.SECRETARY, pi);
        desk.returnWithComment(officials.official(AwardSteps.COUNCIL_CHAIR), bb.getId(), "Họp lại để tất cả thành viên bỏ phiếu.");
        assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
                .isEqualTo(PlanLifecycleModel.USER_TASK_OPEN_COUNCIL_MEETING);
        awards.openMeeting(AwardSteps.SECRETARY, pi, today, AwardSteps.COUNCIL, List.of());
        awards.everyoneVotes(pi, AwardSteps.COUNCIL, ids, true);
        // The meeting is closed and its Biên bản drafted in the background after the last ballot.
        officials.awaitJobs(java.time.Duration.ofSeconds(60));
        List<OfficialDocument> minutesDocs = documents.findByPlanIdOrderByIdAsc(s.planId()).stream()
                .filter(d -> d.getKind().equals("BB")).toList();
        assertThat(minutesDocs).hasSize(2);
        assertThat(minutesDocs.get(0).getFirstSignedBy()).isEqualTo(AwardSteps.SECRETARY);
        assertThat(minutesDocs.get(1).getFirstSignedBy()).isNull();
        assertThat(officials.documentUnderApproval(pi)).isEqualTo(minutesDocs.get(1).getId());
        assertThat(pdfText(minutesDocs.get(1).getPdf())).doesNotContain("không bỏ phiếu:");
        awards.signAndIssueMinutes(pi, today);
        assertThat(documents.findById(minutesDocs.get(1).getId()).orElseThrow().getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        assertThat(tasks.createTaskQuery().processInstanceId(pi).singleResult().getTaskDefinitionKey())
                .isEqualTo(PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_AWARDS);
    }

    @Test
    void aRoundWithoutProposalsEndsWithoutACouncilMeetingOrADecision() {
        PlanDriver.Started s = proposalsSent(false, new java.util.ArrayList<>());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId()).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(s.processInstanceId())
                .activityId(PlanLifecycleModel.END_EVENT_NO_PROPOSALS).count()).isEqualTo(1);
        assertThat(plans.findById(s.planId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.CLOSED_NO_AWARDS);
        assertThat(council.latestMeetingOf(s.planId())).isEmpty();
        assertThat(documents.findByPlanIdOrderByIdAsc(s.planId())).extracting(OfficialDocument::getKind)
                .containsExactly("KH", "BC");
    }

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
        // Saved, not sent: drafts nobody but their unit sees. Completing tdp-01's task sends tdp-01's only
        // (the unit is the task's own campaign's; the task takes no variable that could name another).
        assertThat(awards.check(PlanDriver.SPECIALIST, planId).getBody()).contains("\"proposals\":0");
        officials.complete(tdp01, stages.campaign(s, "tdp-01").getProcessInstanceId(), UnitCampaignModel.USER_TASK_PROPOSE_AWARDS,
                Map.of());
        assertThat(awards.check(PlanDriver.SPECIALIST, planId).getBody()).contains("\"proposals\":1");
        assertThat(proposals.findById(group).orElseThrow().getStatus()).isEqualTo(AwardProposal.Status.DRAFT);
        for (String unit : List.of("tdp-02", "p-vhxh")) {
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
                "Tổ dẫn đầu phong trào; 20/25 thành viên đạt Lao động tiên tiến.")).getBody()).contains("\"status\":\"DRAFT\"");
        // Corrected but not sent again: still with its unit for the specialist.
        assertThatThrownBy(() -> officials.complete(PlanDriver.SPECIALIST, pi, PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of()))
                .hasMessageContaining("Còn đề nghị đã trả lại đơn vị");
        officials.complete(tdp02, tdp02Instance, UnitCampaignModel.USER_TASK_CORRECT_PROPOSALS, Map.of());
        assertThat(proposals.findById(group).orElseThrow().getStatus()).isEqualTo(AwardProposal.Status.SUBMITTED);

        // tdp-01, its task done, tries one more through the API: refused, it would be a draft nobody sends.
        int proposalsBefore = proposals.findByPlanIdOrderByIdAsc(planId).size();
        ResponseEntity<String> afterSending = awards.tryPropose(tdp01, planId, AwardSteps.individual("Nguyễn Văn Nháp", "Nam",
                "Tổ viên", "GIAY_KHEN", "TOT", false));
        assertThat(afterSending.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(afterSending.getBody()).contains("đã gửi đề nghị khen thưởng ngày");
        assertThat(proposals.findByPlanIdOrderByIdAsc(planId)).hasSize(proposalsBefore);

        // Sent to the council: the Tờ trình is issued with the candidates (not the draft); every unit's part ends.
        officials.complete(PlanDriver.SPECIALIST, pi, PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of());
        OfficialDocument submission = documents.findByPlanIdOrderByIdAsc(planId).stream()
                .filter(d -> d.getKind().equals("TTR")).findFirst().orElseThrow();
        assertThat(submission.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        assertThat(pdfText(submission.getPdf())).contains("Phạm Thị Lan").doesNotContain("Nháp");
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

        // Everyone voted: the secretary's "Kết thúc bỏ phiếu" ended with the voting.
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(PlanLifecycleModel.USER_TASK_END_VOTING).count())
                .isZero();

        // The Biên bản, drafted at the close: the secretary's signature first, on the signing desk.
        OfficialDocument minutesDoc = documents.findByPlanIdOrderByIdAsc(planId).stream()
                .filter(d -> d.getKind().equals("BB")).findFirst().orElseThrow();
        assertThat(documents.findByPlanIdOrderByIdAsc(planId)).noneMatch(d -> d.getKind().equals("QD"));
        assertThat(officials.documentUnderApproval(pi)).isEqualTo(minutesDoc.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES)
                .singleResult().getAssignee()).isEqualTo(AwardSteps.SECRETARY);
        assertThat(desk.inbox(officials.official(AwardSteps.SECRETARY))).extracting(SignatureDesk.InboxItem::documentId)
                .containsExactly(minutesDoc.getId());
        assertThatThrownBy(() -> officials.sign(AwardSteps.COUNCIL_CHAIR, pi)).hasMessageContaining("không chờ chữ ký của bạn");
        assertThatThrownBy(() -> officials.complete(AwardSteps.SECRETARY, pi, PlanLifecycleModel.USER_TASK_SECRETARY_SIGN_MINUTES,
                Map.of(PlanLifecycleModel.DECISION, "approve"))).hasMessageContaining("chưa được bạn ký số");
        officials.sign(AwardSteps.SECRETARY, pi);
        // Then the chair's (no "ký thay" for the council's minutes); then the clerk issues it with its number.
        assertThat(tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(PlanLifecycleModel.USER_TASK_CHAIR_SIGN_MINUTES)
                .singleResult().getAssignee()).isEqualTo(AwardSteps.COUNCIL_CHAIR);
        assertThat(desk.open(officials.official(AwardSteps.COUNCIL_CHAIR), minutesDoc.getId()).mayDelegate()).isFalse();
        officials.sign(AwardSteps.COUNCIL_CHAIR, pi);
        officials.complete(PlanDriver.CLERK, pi, PlanLifecycleModel.USER_TASK_ISSUE_MINUTES,
                Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));
        OfficialDocument issuedMinutes = documents.findById(minutesDoc.getId()).orElseThrow();
        assertThat(issuedMinutes.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        assertThat(issuedMinutes.getNumber()).isNotNull();
        assertThat(issuedMinutes.numberAndNotation()).contains("BB");
        assertThat(issuedMinutes.getFirstSignedBy()).isEqualTo(AwardSteps.SECRETARY);
        assertThat(issuedMinutes.getSignedBy()).isEqualTo(AwardSteps.COUNCIL_CHAIR);
        DocumentSignatures.Verification verified = signatures.verify(issuedMinutes.getId());
        assertThat(verified.valid()).as(verified.problems().toString()).isTrue();
        assertThat(verified.signatures()).hasSize(3);
        // Its tallies are the ballot box's counters.
        String minutesText = pdfText(issuedMinutes.getPdf());
        long meetingId = council.latestMeetingOf(planId).orElseThrow().id();
        jdbc.query("SELECT proposal_id, agree_count, disagree_count FROM ballot_box WHERE meeting_id = ?", rs -> {
            CouncilResults.CandidateResult c = byId.get(rs.getLong(1));
            try {
                assertThat(c.agree()).isEqualTo(rs.getInt(2));
                assertThat(c.disagree()).isEqualTo(rs.getInt(3));
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        }, meetingId);
        assertThat(minutesText).contains("Phạm Thị Lan", "Tổ dân phố số 2").doesNotContain("không bỏ phiếu:");

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
                    // Her certificate is reachable from her award history.
                    OfficialDocument certificate = documents.findByPlanIdOrderByIdAsc(planId).stream()
                            .filter(d -> d.getKind().equals("GK") && d.getNumber().equals(e.goldBookNo())).findFirst().orElseThrow();
                    assertThat(e.certificateUrl()).isEqualTo("/api/documents/" + certificate.getId() + "/pdf");
                    assertThat(certificate.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
                });
        assertThat(history.search(agencyId, "trinh ngoc diep", year, 0, 50).items()).isNotEmpty();
        assertThat(history.search(agencyId, "to dan pho so 2", year, 0, 50).items())
                .noneMatch(e -> e.decisionNumber().equals(decision.numberAndNotation()));
        assertThat(proposals.findById(group).orElseThrow().getCouncilResult()).isEqualTo(AwardProposal.CouncilResult.REJECTED);
    }
}
