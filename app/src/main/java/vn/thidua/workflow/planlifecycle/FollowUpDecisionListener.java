package vn.thidua.workflow.planlifecycle;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.thidua.workflow.FormValues;
import vn.thidua.common.validation.InvalidInputException;

/** userTask_followUpLateUnits, on complete: wait N more days for late units, or consolidate now. */
@Component("followUpDecisionListener")
class FollowUpDecisionListener implements TaskListener {

    private final Clock clock;

    FollowUpDecisionListener(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = PlanFormVariables.text(task, PlanLifecycleModel.FOLLOW_UP_DECISION);
        if ("wait".equals(decision)) {
            Integer n = FormValues.integer(task, PlanLifecycleModel.WAIT_DAYS, "Số ngày chờ thêm");
            if (n == null || n < 1 || n > 60) {
                throw new InvalidInputException(PlanLifecycleModel.WAIT_DAYS, "Số ngày chờ thêm phải từ 1 đến 60.");
            }
            task.getExecution().setVariable(PlanLifecycleModel.REPORT_WAIT_UNTIL, PlanFormVariables.endOfDay(LocalDate.now(clock).plusDays(n)));
        } else if (!"consolidate".equals(decision)) {
            throw new InvalidInputException(PlanLifecycleModel.FOLLOW_UP_DECISION, "Hãy chọn \"Chờ thêm\" hoặc \"Tổng hợp ngay\".");
        }
    }
}
