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

/** One test per path through the review part of planLifecycle. */
@IntegrationTest
class PlanReviewPathsTest {

    @Autowired PlanDriver driver;
    @Autowired Officials officials;
    @Autowired RuntimeService runtime;
    @Autowired PlanRepository plans;
    @Autowired PlanReviewRepository reviews;

    @Test
    void approvedDraftGoesToTheChairmanThenToTheClerk() {
        PlanDriver.Started s = driver.draft("tdp-01");
        ProcessInstance pi = instance(s);
        assertThat(pi).isWaitingAt("userTask_draftPlan");
        officials.complete(SPECIALIST, s.processInstanceId(), "userTask_draftPlan", Map.of());
        assertThat(pi).isWaitingAt("userTask_reviewPlan");
        officials.complete(VICE_CHAIRMAN, s.processInstanceId(), "userTask_reviewPlan", Map.of("decision", "approve"));
        assertThat(pi).isWaitingAt("userTask_chairmanApprovePlan");
        assertThat(plans.findById(s.planId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.AWAITING_SIGNATURE);
        officials.sign(CHAIRMAN, s.processInstanceId());
        assertThat(pi).isWaitingAt("userTask_issuePlan");
        assertThat(plans.findById(s.planId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.AWAITING_ISSUE);
    }

    @Test
    void returnedDraftComesBackWithTheCommentAndCanBeResubmitted() {
        PlanDriver.Started s = driver.draft("tdp-01");
        ProcessInstance pi = instance(s);
        officials.complete(SPECIALIST, s.processInstanceId(), "userTask_draftPlan", Map.of());
        officials.complete(VICE_CHAIRMAN, s.processInstanceId(), "userTask_reviewPlan",
                Map.of("decision", "return", "comment", "Sửa lại hạn báo cáo"));
        assertThat(pi).isWaitingAt("userTask_draftPlan");
        assertThat((String) runtime.getVariable(s.processInstanceId(), "reviewHistory")).contains("Sửa lại hạn báo cáo");
        assertThat(reviews.findByPlanIdOrderByIdAsc(s.planId())).singleElement()
                .satisfies(r -> {
                    assertThat(r.getReviewer()).isEqualTo(VICE_CHAIRMAN);
                    assertThat(r.getDecision()).isEqualTo("return");
                });

        officials.complete(SPECIALIST, s.processInstanceId(), "userTask_draftPlan", Map.of("reportDeadline",
                plans.findById(s.planId()).orElseThrow().getReportDeadline().plusDays(1).toString()));
        officials.complete(VICE_CHAIRMAN, s.processInstanceId(), "userTask_reviewPlan", Map.of("decision", "approve"));
        officials.complete(CHAIRMAN, s.processInstanceId(), "userTask_chairmanApprovePlan",
                Map.of("decision", "return", "comment", "Bổ sung nơi nhận"));
        assertThat(pi).isWaitingAt("userTask_draftPlan");
        assertThat(plans.findById(s.planId()).orElseThrow().getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(reviews.findByPlanIdOrderByIdAsc(s.planId())).hasSize(3);
    }

    @Test
    void invalidDraftIsRefusedWithAClearMessageAndTheTaskStays() {
        PlanDriver.Started s = driver.draft("tdp-01");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> officials.complete(SPECIALIST, s.processInstanceId(),
                        "userTask_draftPlan", Map.of("title", "<b>Kế hoạch</b>", "reportDeadline", "2000-01-01")))
                .hasMessageContaining("không được chứa thẻ HTML")
                .hasMessageContaining("Hạn báo cáo kết quả phải sau hạn phát động");
        assertThat(instance(s)).isWaitingAt("userTask_draftPlan");
        assertThat(plans.findById(s.planId()).orElseThrow().getTitle()).doesNotContain("<b>");
    }

    private ProcessInstance instance(PlanDriver.Started s) {
        return runtime.createProcessInstanceQuery().processInstanceId(s.processInstanceId()).singleResult();
    }
}
