package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_remindReport: a few days before the report deadline, a note on the open final report task. */
@Component("remindReportDelegate")
class RemindReportDelegate implements JavaDelegate {

    private final TaskReminder reminder;

    RemindReportDelegate(TaskReminder reminder) {
        this.reminder = reminder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminder.remind(execution, UnitCampaignModel.USER_TASK_REPORT_FINAL, "gửi báo cáo kết quả",
                UnitCampaignModel.reportDue(execution));
    }
}
