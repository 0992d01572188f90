package vn.thidua.workflow.unitcampaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** serviceTask_remindLaunch: a few days before the launch deadline, a note on the open launch task. */
@Component("remindLaunchDelegate")
class RemindLaunchDelegate implements JavaDelegate {

    private final TaskReminder reminder;

    RemindLaunchDelegate(TaskReminder reminder) {
        this.reminder = reminder;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reminder.remind(execution, UnitCampaignModel.USER_TASK_REPORT_LAUNCH, "hoàn thành phát động",
                UnitCampaignModel.launchDue(execution));
    }
}
