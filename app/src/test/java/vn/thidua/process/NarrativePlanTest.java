package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.campaign.Consolidation;
import vn.thidua.campaign.ConsolidationService;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.workflow.JsonVariables;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.PlanData;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.unitcampaign.UnitCampaignModel;

/** The Hà Đông plan has no numeric targets: it still runs, its reports are narrative only. */
@IntegrationTest
class NarrativePlanTest {

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired RuntimeService runtime;
    @Autowired UnitCampaignRepository campaigns;
    @Autowired OrgUnitRepository units;
    @Autowired ConsolidationService consolidation;
    @Autowired OfficialDocumentRepository documents;
    @Autowired Clock clock;

    @Test
    void aPlanWithoutNumericTargetsRunsOnNarrativeReports() throws IOException {
        LocalDate today = LocalDate.now(clock);
        PlanData haDong;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("demo/plan-ha-dong-2025.json")) {
            PlanData raw = JsonVariables.mapper().readValue(in, PlanData.class);
            haDong = new PlanData(raw.document(), raw.basis(), raw.theme(), raw.sections(), raw.targets(), raw.deadlines(),
                    raw.recipients(), raw.units(), today.plusDays(10), today.plusDays(40), null);
        }
        assertThat(haDong.targets()).isEmpty();
        PlanDriver.Started s = driver.issued(haDong, "tdp-01", "tdp-02");
        for (UnitCampaign c : campaigns.findByPlanId(s.planId())) {
            String head = units.findById(c.getUnitId()).orElseThrow().getHeadUsername();
            assertThat(runtime.getVariable(c.getProcessInstanceId(), "reportTargets").toString()).isEqualTo("[]");
            officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_LAUNCH,
                    Map.of(UnitCampaignModel.LAUNCHED_ON, today.toString(), UnitCampaignModel.LAUNCH_FORM, "Lồng ghép trong sinh hoạt tổ dân phố"));
            officials.complete(head, c.getProcessInstanceId(), UnitCampaignModel.USER_TASK_REPORT_FINAL, Map.of(
                    UnitCampaignModel.TARGET_VALUES, JsonVariables.json(List.of()), UnitCampaignModel.EXAMPLES, "Gia đình ông Nguyễn Văn A tiêu biểu",
                    UnitCampaignModel.DIFFICULTIES, "Kinh phí hạn chế"));
        }
        officials.awaitJobs(Duration.ofSeconds(30));
        Consolidation table = consolidation.compute(s.planId());
        assertThat(table.targets()).isEmpty();
        assertThat(table.reportedCount()).isEqualTo(2);

        officials.complete(PlanDriver.SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_CONSOLIDATE, Map.of(
                PlanLifecycleModel.CONSOLIDATION_NOTE, "Các đơn vị triển khai nghiêm túc.", PlanLifecycleModel.PROPOSAL_DEADLINE, today.plusDays(5).toString()));
        officials.complete(PlanDriver.VICE_CHAIRMAN, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_REPORT, Map.of(PlanLifecycleModel.DECISION, "approve"));
        officials.sign(PlanDriver.CHAIRMAN, s.processInstanceId());
        officials.complete(PlanDriver.CLERK, s.processInstanceId(), PlanLifecycleModel.USER_TASK_ISSUE_REPORT, Map.of(PlanLifecycleModel.ISSUE_DATE, today.toString()));

        OfficialDocument report = documents.findByPlanIdAndKindOrderByIdAsc(s.planId(), "BC").get(0);
        assertThat(report.getStatus()).isEqualTo(OfficialDocument.Status.ISSUED);
        try (PDDocument pdf = Loader.loadPDF(report.getPdf())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("không giao chỉ tiêu định lượng").contains("Các đơn vị triển khai nghiêm túc.")
                    .contains("đã báo cáo: 2");
        }
        // Opening the proposals is an async step: wait for the job executor before looking.
        officials.awaitJobs(Duration.ofSeconds(30));
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId()).singleResult())
                .isWaitingAt(PlanLifecycleModel.GATEWAY_WAIT_FOR_PROPOSALS);
    }
}
