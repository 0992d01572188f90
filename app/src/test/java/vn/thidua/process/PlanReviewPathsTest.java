package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.thidua.support.PlanDriver.CHAIRMAN;
import static vn.thidua.support.PlanDriver.SPECIALIST;
import static vn.thidua.support.PlanDriver.VICE_CHAIRMAN;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanReviewRepository;
import vn.thidua.plan.PlanStatus;
import vn.thidua.support.IntegrationTest;
import vn.thidua.support.Officials;
import vn.thidua.support.PlanDriver;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;

/** One test per path through the review part of planLifecycle. */
@IntegrationTest
class PlanReviewPathsTest {

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired RuntimeService runtime;
    @Autowired PlanRepository plans;
    @Autowired PlanReviewRepository reviews;
    @Autowired org.camunda.bpm.engine.FormService forms;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.RepositoryService repository;

    @Test
    void approvedDraftGoesToTheChairmanThenToTheClerk() {
        PlanDriver.Started s = driver.draft("tdp-01");
        ProcessInstance pi = instance(s);
        assertThat(pi).isWaitingAt(PlanLifecycleModel.USER_TASK_DRAFT_PLAN);
        officials.complete(SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());
        assertThat(pi).isWaitingAt(PlanLifecycleModel.USER_TASK_REVIEW_PLAN);
        officials.complete(VICE_CHAIRMAN, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "approve"));
        assertThat(pi).isWaitingAt(PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN);
        assertThat(plans.findById(s.planId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.AWAITING_SIGNATURE);
        officials.sign(CHAIRMAN, s.processInstanceId());
        assertThat(pi).isWaitingAt(PlanLifecycleModel.USER_TASK_ISSUE_PLAN);
        assertThat(plans.findById(s.planId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.AWAITING_ISSUE);
    }

    @Test
    void returnedDraftComesBackWithTheCommentAndCanBeResubmitted() {
        PlanDriver.Started s = driver.draft("tdp-01");
        ProcessInstance pi = instance(s);
        officials.complete(SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of());
        officials.complete(VICE_CHAIRMAN, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PLAN,
                Map.of(PlanLifecycleModel.DECISION, "return", PlanLifecycleModel.COMMENT, "Sửa lại hạn báo cáo"));
        assertThat(pi).isWaitingAt(PlanLifecycleModel.USER_TASK_DRAFT_PLAN);
        assertThat((String) runtime.getVariable(s.processInstanceId(), "reviewHistory")).contains("Sửa lại hạn báo cáo");
        assertThat(reviews.findByPlanIdOrderByIdAsc(s.planId())).singleElement()
                .satisfies(r -> {
                    assertThat(r.getReviewer()).isEqualTo(VICE_CHAIRMAN);
                    assertThat(r.getDecision()).isEqualTo("return");
                });

        officials.complete(SPECIALIST, s.processInstanceId(), PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of(PlanLifecycleModel.REPORT_DEADLINE,
                plans.findById(s.planId()).orElseThrow().getReportDeadline().plusDays(1).toString()));
        officials.complete(VICE_CHAIRMAN, s.processInstanceId(), PlanLifecycleModel.USER_TASK_REVIEW_PLAN, Map.of(PlanLifecycleModel.DECISION, "approve"));
        officials.complete(CHAIRMAN, s.processInstanceId(), PlanLifecycleModel.USER_TASK_CHAIRMAN_APPROVE_PLAN,
                Map.of(PlanLifecycleModel.DECISION, "return", PlanLifecycleModel.COMMENT, "Bổ sung nơi nhận"));
        assertThat(pi).isWaitingAt(PlanLifecycleModel.USER_TASK_DRAFT_PLAN);
        assertThat(plans.findById(s.planId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(reviews.findByPlanIdOrderByIdAsc(s.planId())).hasSize(3);
    }

    @Test
    void invalidDraftIsRefusedWithAClearMessageAndTheTaskStays() {
        PlanDriver.Started s = driver.draft("tdp-01");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> officials.complete(SPECIALIST, s.processInstanceId(),
                        PlanLifecycleModel.USER_TASK_DRAFT_PLAN, Map.of(PlanLifecycleModel.TITLE, "<b>Kế hoạch</b>", PlanLifecycleModel.REPORT_DEADLINE, "2000-01-01")))
                .hasMessageContaining("không được chứa thẻ HTML")
                .hasMessageContaining("Hạn báo cáo kết quả phải sau hạn phát động");
        assertThat(instance(s)).isWaitingAt(PlanLifecycleModel.USER_TASK_DRAFT_PLAN);
        assertThat(plans.findById(s.planId()).orElseThrow().getTitle()).doesNotContain("<b>");
    }

    @Test
    void aSpecialistStartsANewPlanFromTasklistsStartForm() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(PlanLifecycleModel.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        ProcessInstance started = officials.as(SPECIALIST, () -> forms.submitStartForm(definitionId, Map.of(
                PlanLifecycleModel.TITLE, "Phát động thi đua chào mừng Ngày Quốc khánh 2/9",
                PlanLifecycleModel.THEME, "Thi đua lập thành tích",
                PlanLifecycleModel.LAUNCH_DEADLINE, "2099-08-10", PlanLifecycleModel.REPORT_DEADLINE, "2099-09-10")));
        assertThat(started.getTenantId()).isEqualTo("thach-khoi");
        assertThat(started).isWaitingAt(PlanLifecycleModel.USER_TASK_DRAFT_PLAN);
        long planId = PlanLifecycleModel.planIdOfBusinessKey(started.getBusinessKey());
        assertThat(plans.findById(planId).orElseThrow()).satisfies(p -> {
            assertThat(p.getCreatedBy()).isEqualTo(SPECIALIST);
            assertThat(p.getTitle()).isEqualTo("Phát động thi đua chào mừng Ngày Quốc khánh 2/9");
        });
        assertThat(officials.visibleTasks(SPECIALIST, started.getId())).hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM plan_addressee WHERE plan_id = ?", Integer.class, planId)).isEqualTo(28);
        // Only the specialist may start a plan.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> officials.as("loi.dv", () -> forms.submitStartForm(definitionId,
                Map.of(PlanLifecycleModel.TITLE, "x", PlanLifecycleModel.LAUNCH_DEADLINE, "2099-08-10", PlanLifecycleModel.REPORT_DEADLINE, "2099-09-10"))))
                .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    }

    private ProcessInstance instance(PlanDriver.Started s) {
        return runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId()).singleResult();
    }
}
