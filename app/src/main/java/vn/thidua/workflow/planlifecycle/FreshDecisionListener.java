package vn.thidua.workflow.planlifecycle;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.plan.PlanService;

/**
 * Review, signature and issue tasks, on create: each step's form starts fresh. A form fills its
 * fields from the process variables of the same name, so without this the chairman's form opened
 * with the vice-chairman's "Đồng ý" already chosen, a second review with the first one's "Trả lại",
 * and the clerk's issue date with the previous document's date. The decision and comment are
 * removed (each completion sets them again, before the gateway reads them), the issue date is
 * today's, and the names and history the forms show are set: the drafter by name and title, and
 * the consolidated report's own review history.
 */
@Component("freshDecisionListener")
class FreshDecisionListener implements TaskListener {

    static final String DRAFTER_NAME = "drafterName";
    static final String REPORT_HISTORY = "reportHistory";
    private static final Set<String> REPORT_STAGES = Set.of("userTask_reviewReport", "userTask_chairmanApproveReport");

    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanRepository plans;
    private final PlanService planService;
    private final Clock clock;

    FreshDecisionListener(PlanRepository plans, PlanService planService, Clock clock) {
        this.plans = plans;
        this.planService = planService;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        task.getExecution().removeVariable(PlanLifecycleModel.DECISION);
        task.getExecution().removeVariable(PlanLifecycleModel.COMMENT);
        String key = task.getTaskDefinitionKey();
        if (key.startsWith("userTask_issue")) {
            task.getExecution().setVariable(PlanLifecycleModel.ISSUE_DATE, LocalDate.now(clock.withZone(VietnameseDates.VIETNAM)).format(DAY_MONTH_YEAR));
        }
        Object planId = task.getVariable(PlanLifecycleModel.PLAN_ID);
        if (planId instanceof Number id) {
            if (REPORT_STAGES.contains(key)) {
                task.getExecution().setVariable(REPORT_HISTORY, planService.historyText(id.longValue(), REPORT_STAGES));
            }
            if ("userTask_reviewPlan".equals(key)) {
                plans.findById(id.longValue()).map(Plan::getCreatedBy)
                        .ifPresent(login -> task.getExecution().setVariable(DRAFTER_NAME, planService.personLabel(login)));
            }
        }
    }
}
