package vn.thidua.workflow.unitcampaign;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseDates;

/**
 * The reminder timers: a note on the unit's open task ("Nhắc việc"), which Tasklist shows under the
 * task, dated, with the deadline it is about.
 */
@Component("remindUnitDelegate")
class RemindUnitDelegate implements JavaDelegate {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VietnameseDates.VIETNAM);

    private final TaskService tasks;

    RemindUnitDelegate(TaskService tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean launch = "serviceTask_remindLaunch".equals(execution.getCurrentActivityId());
        String taskKey = launch ? "userTask_reportLaunch" : "userTask_reportFinal";
        Date due = (Date) execution.getVariable(launch ? CampaignVariables.LAUNCH_DUE : CampaignVariables.REPORT_DUE);
        Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).singleResult();
        if (task != null) {
            tasks.createComment(task.getId(), execution.getProcessInstanceId(), "Nhắc việc: hạn "
                    + (launch ? "hoàn thành phát động" : "gửi báo cáo kết quả") + " là ngày " + DAY.format(due.toInstant()) + ".");
        }
    }
}
