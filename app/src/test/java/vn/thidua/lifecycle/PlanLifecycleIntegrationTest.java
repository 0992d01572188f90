package vn.thidua.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.campaign.Consolidation;
import vn.thidua.campaign.ConsolidationService;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.campaign.UnitReport;
import vn.thidua.campaign.UnitReportRepository;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.demo.DemoPlans;
import vn.thidua.document.DocumentSignatures;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanImporter;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanStatus;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.planlifecycle.PlanProcess;
import vn.thidua.support.TypedValues;
import vn.thidua.support.AwardSteps;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/**
 * The Thạch Khôi plan through its whole life with its 28 units, each step done by the official
 * whose task it is, on the real database, engine and FOP.
 */
@IntegrationTest
class PlanLifecycleIntegrationTest {

    private static final String SPECIALIST = "diep.tn";
    private static final String VICE_CHAIRMAN = "hang.vtt";
    private static final String CHAIRMAN = "khang.pm";
    private static final String CLERK = "ngoc.ntb";
    private static final String COUNCIL_SECRETARY = "diep.tn";

    @Autowired Officials officials;
    @Autowired AwardSteps awards;
    @Autowired PlanImporter importer;
    @Autowired PlanProcess planProcess;
    @Autowired PlanRepository plans;
    @Autowired AgencyRepository agencies;
    @Autowired OrgUnitRepository units;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired UnitReportRepository reports;
    @Autowired AwardProposalRepository proposals;
    @Autowired OfficialDocumentRepository documents;
    @Autowired ConsolidationService consolidation;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired Clock clock;
    @Autowired DocumentSignatures signatures;

    @Test
    void thachKhoiPlanGoesFromDraftToSignedAwardDecisionWithAll28Units() {
        Agency agency = agencies.findByCode("thach-khoi").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        Plan plan = importer.createDraft(agency.getId(), DemoPlans.thachKhoi(today), SPECIALIST);
        String pi = officials.as(SPECIALIST, () -> planProcess.start(plan.getId()));

        // Draft → returned with a comment the specialist sees → resubmitted → approved → signed.
        officials.complete(SPECIALIST, pi, PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());
        officials.complete(VICE_CHAIRMAN, pi, PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "return", PlanLifecycleModel.COMMENT, "Bổ sung chỉ tiêu BHXH"));
        assertThat(officials.visibleTasks(SPECIALIST, pi)).extracting(Task::getTaskDefinitionKey).containsExactly(PlanLifecycleModel.USER_TASK_DRAFT_PLAN);
        assertThat((String) runtime.getVariable(pi, "reviewHistory")).contains("trả lại").contains("Bổ sung chỉ tiêu BHXH");
        officials.complete(SPECIALIST, pi, PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of(PlanLifecycleModel.THEME, "Đoàn kết - kỷ cương - đổi mới - sáng tạo"));
        officials.complete(VICE_CHAIRMAN, pi, PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "approve"));
        officials.sign(CHAIRMAN, pi);
        officials.complete(CLERK, pi, PlanLifecycleModel.USER_TASK_ISSUE_PLAN, Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));

        Plan issued = plans.findById(plan.getId()).orElseThrow();
        OfficialDocument planDoc = documents.findById(issued.getDocumentId()).orElseThrow();
        assertThat(planDoc.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        assertThat(planDoc.getNotation()).isEqualTo("KH-UBND");
        assertThat(planDoc.getNumber()).isPositive();
        assertThat(planDoc.getSha256()).hasSize(64);
        assertThat(new String(planDoc.getPdf(), 0, 5)).isEqualTo("%PDF-");
        assertThat(issued.getStatus()).isEqualTo(PlanStatus.REPORTING);

        // One unitCampaign instance and one launch task per unit, due at the plan's launch deadline.
        officials.awaitJobs(Duration.ofSeconds(60));
        List<UnitCampaign> unitCampaigns = campaigns.findByPlanId(plan.getId());
        assertThat(unitCampaigns).hasSize(28);
        Map<Long, OrgUnit> unitById = new HashMap<>();
        units.findByAgencyId(agency.getId()).forEach(u -> unitById.put(u.getId(), u));

        for (UnitCampaign c : unitCampaigns) {
            OrgUnit unit = unitById.get(c.getUnitId());
            ProcessInstance unitInstance = runtime.createProcessInstanceQuery().processInstanceId(c.getProcessInstanceId()).singleResult();
            assertThat(unitInstance.getBusinessKey()).isEqualTo(plan.getId() + ":" + unit.getCode());
            officials.complete(unit.getHeadUsername(), c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH, Map.of(
                    UnitCampaignModel.LAUNCHED_ON, today.toString(), UnitCampaignModel.LAUNCH_FORM, "Hội nghị phát động", UnitCampaignModel.PARTICIPANTS, "35",
                    UnitCampaignModel.UNIT_THEME, "Thi đua lập thành tích"));
        }
        for (UnitCampaign c : unitCampaigns) {
            OrgUnit unit = unitById.get(c.getUnitId());
            JsonNode targets = JsonVariables.read(runtime.getVariable(c.getProcessInstanceId(), "reportTargets"),
                    new com.fasterxml.jackson.core.type.TypeReference<JsonNode>() { }, "reportTargets");
            List<Map<String, String>> values = new ArrayList<>();
            targets.forEach(t -> values.add(Map.of("code", t.get("code").asText(), "value", TypedValues.thachKhoi(t.get("code").asText()))));
            officials.complete(unit.getHeadUsername(), c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL, Map.of(
                    UnitCampaignModel.TARGET_VALUES, JsonVariables.json(values), UnitCampaignModel.EXAMPLES, "Gương điển hình " + unit.getName()));
        }
        assertThat(reports.findCurrentOfPlan(plan.getId(), UnitReport.Kind.FINAL)).hasSize(28);

        // The last report wakes the plan; the specialist consolidates from computed results.
        officials.awaitJobs(Duration.ofSeconds(60));
        assertThat(officials.visibleTasks(SPECIALIST, pi)).extracting(Task::getTaskDefinitionKey).containsExactly(PlanLifecycleModel.USER_TASK_CONSOLIDATE);
        Consolidation table = consolidation.compute(plan.getId());
        assertThat(table.reportedCount()).isEqualTo(28);
        assertThat(table.targets()).hasSize(14).allSatisfy(t -> assertThat(t.achieved()).isNotNull());
        Consolidation.TargetResult bhxh = table.targets().stream().filter(t -> t.code().equals("T08")).findFirst().orElseThrow();
        assertThat(bhxh.resultText()).isEqualTo("56,1%");
        assertThat(bhxh.achieved()).isTrue();
        Consolidation.TargetResult families = table.targets().stream().filter(t -> t.code().equals("T03")).findFirst().orElseThrow();
        assertThat(families.reportedUnits()).isEqualTo(10);
        officials.complete(SPECIALIST, pi, PlanLifecycleModel.USER_TASK_CONSOLIDATE, Map.of(
                PlanLifecycleModel.CONSOLIDATION_NOTE, "Các đơn vị hoàn thành tốt các chỉ tiêu.", PlanLifecycleModel.PROPOSAL_DEADLINE, today.plusDays(20).toString()));

        // The consolidated report goes through review, the chairman's signature and issue like the plan.
        officials.complete(VICE_CHAIRMAN, pi, PlanLifecycleModel.USER_TASK_REVIEW_REPORT, Map.of(PlanLifecycleModel.DECISION, "approve"));
        officials.sign(CHAIRMAN, pi);
        officials.complete(CLERK, pi, PlanLifecycleModel.USER_TASK_ISSUE_REPORT, Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));

        // Two units propose through the proposal API, every unit completes its task, the specialist sends
        // the Tờ trình, the council meets (one member absent with a written opinion) and each member
        // present votes on their own login; the chairman signs, the clerk issues.
        officials.awaitJobs(Duration.ofSeconds(60));
        for (UnitCampaign c : unitCampaigns) {
            OrgUnit unit = unitById.get(c.getUnitId());
            switch (unit.getCode()) {
                case "tdp-03" -> awards.propose(unit.getHeadUsername(), plan.getId(), AwardSteps.collective("Tổ dân phố số 3",
                        "GIAY_KHEN", "Dẫn đầu phong trào gia đình văn hóa."));
                case "th-thach-khoi" -> awards.propose(unit.getHeadUsername(), plan.getId(), AwardSteps.individual(
                        "Hoàng Thị Minh Phương", "Nữ", "Hiệu trưởng", "LAO_DONG_TIEN_TIEN", "XUAT_SAC", false));
                default -> { }
            }
            officials.complete(unit.getHeadUsername(), c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_PROPOSE_AWARDS, Map.of());
        }
        List<AwardProposal> proposed = proposals.findByPlanIdOrderByIdAsc(plan.getId());
        assertThat(proposed).hasSize(2);
        officials.awaitJobs(Duration.ofSeconds(30));
        officials.complete(SPECIALIST, pi, PlanLifecycleModel.USER_TASK_REVIEW_PROPOSALS, Map.of());
        List<String> present = List.of("khang.pm", "hang.vtt", "tung.bv", COUNCIL_SECRETARY);
        awards.openMeeting(COUNCIL_SECRETARY, pi, today, present, List.of(Map.of("login", "anh.ltm",
                "opinion", "Nhất trí với danh sách đề nghị.", "votes", Map.of(proposed.get(0).getId(), true, proposed.get(1).getId(), true))));
        awards.everyoneVotes(pi, present, proposed.stream().map(AwardProposal::getId).toList(), true);
        awards.signAndIssueMinutes(pi, today);
        officials.sign(CHAIRMAN, pi);
        officials.complete(CLERK, pi, PlanLifecycleModel.USER_TASK_ISSUE_AWARD_DECISION, Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));

        // End state: plan closed, decision issued with the next number, history complete and attributed.
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(pi).count()).isZero();
        assertThat(plans.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.CLOSED);
        List<OfficialDocument> planDocs = documents.findByPlanIdOrderByIdAsc(plan.getId());
        assertThat(planDocs).extracting(OfficialDocument::getKind).containsExactly("KH", "BC", "TTR", "BB", "QD", "GK", "GK");
        OfficialDocument report = planDocs.get(1);
        OfficialDocument decision = planDocs.get(4);
        // The council's Biên bản, in the council's own sequence, issued before the decision it accompanies.
        assertThat(planDocs.get(3).getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        assertThat(report.getNotation()).isEqualTo("BC-UBND");
        assertThat(decision.getNotation()).isEqualTo("QĐ-UBND");
        // One sequence for the agency (its numbering mode): issued in order, no gaps; the Tờ trình is
        // numbered when the specialist sends the candidates to the council, before the decision that cites it.
        OfficialDocument submission = planDocs.get(2);
        assertThat(List.of(planDoc.getNumber(), report.getNumber(), submission.getNumber(), decision.getNumber()))
                .containsExactly(planDoc.getNumber(), planDoc.getNumber() + 1, planDoc.getNumber() + 2, planDoc.getNumber() + 3);
        assertThat(submission.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        assertThat(submission.getNotation()).isEqualTo("TTr-VHXH");
        // The Giấy khen are registered under the decision, by their số sổ vàng.
        assertThat(planDocs.subList(5, 7)).allSatisfy(gk -> {
            assertThat(gk.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
            assertThat(gk.getNotation()).isEqualTo(decision.numberAndNotation());
        }).extracting(OfficialDocument::getNumber).containsExactly(1, 2);
        // Each issued document carries two valid signatures, the chairman's then the agency's, and
        // its stored bytes are the ones whose SHA-256 was recorded at issue.
        for (OfficialDocument issuedDoc : List.of(planDoc, report, decision)) {
            DocumentSignatures.Verification check = signatures.verify(issuedDoc.getId());
            assertThat(check.problems()).isEmpty();
            assertThat(check.valid()).isTrue();
            assertThat(check.sha256MatchesStored()).isTrue();
            assertThat(check.signatures()).extracting(DocumentSignatures.SignatureInfo::signer)
                    .containsExactly("Phạm Minh Khang", "ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI");
            assertThat(check.signatures()).allSatisfy(sig -> {
                assertThat(sig.valid()).isTrue();
                assertThat(sig.chainTrusted()).isTrue();
            });
            assertThat(check.signatures().get(1).coversWholeFile()).isTrue();
            assertThat(issuedDoc.getSignedBy()).isEqualTo(CHAIRMAN);
        }
        assertThat(proposals.findByPlanIdOrderByIdAsc(plan.getId())).allSatisfy(
                p -> assertThat(p.getCouncilResult()).isEqualTo(AwardProposal.CouncilResult.APPROVED));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).finished().count()).isOne();
        List<HistoricTaskInstance> done = history.createHistoricTaskInstanceQuery().processInstanceId(pi).finished().list();
        // Every completed task names who did it (the secretary's "Kết thúc bỏ phiếu", never claimed,
        // ends cancelled when everyone has voted).
        assertThat(done).filteredOn(t -> "completed".equals(t.getDeleteReason()))
                .extracting(HistoricTaskInstance::getAssignee).doesNotContainNull();
        assertThat(done).filteredOn(t -> !"completed".equals(t.getDeleteReason()))
                .extracting(HistoricTaskInstance::getTaskDefinitionKey).containsOnly(PlanLifecycleModel.USER_TASK_END_VOTING);
        assertThat(history.createUserOperationLogQuery().processInstanceId(pi)
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list())
                .extracting(UserOperationLogEntry::getUserId)
                .contains(SPECIALIST, VICE_CHAIRMAN, CHAIRMAN, CLERK);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(UnitCampaignModel.PROCESS_KEY)
                .processInstanceBusinessKeyLike(plan.getId() + ":%").finished().count()).isEqualTo(28);
    }

    @Test
    void aReturnWithoutCommentIsRefusedAndChangesNothing() {
        Agency agency = agencies.findByCode("thach-khoi").orElseThrow();
        Plan plan = importer.createDraft(agency.getId(), DemoPlans.thachKhoi(LocalDate.now(clock)), SPECIALIST);
        String pi = officials.as(SPECIALIST, () -> planProcess.start(plan.getId()));
        officials.complete(SPECIALIST, pi, PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());

        assertThatThrownBy(() -> officials.complete(VICE_CHAIRMAN, pi, PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "return", PlanLifecycleModel.COMMENT, "  ")))
                .hasMessageContaining("Ý kiến là bắt buộc");
        assertThat(officials.visibleTasks(VICE_CHAIRMAN, pi)).extracting(Task::getTaskDefinitionKey).containsExactly(PlanLifecycleModel.USER_TASK_REVIEW_PLAN);
        assertThat(plans.findById(plan.getId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.IN_REVIEW);
    }
}
