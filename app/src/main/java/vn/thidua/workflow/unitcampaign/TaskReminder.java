package vn.thidua.workflow.unitcampaign;

import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseDates;

/**
 * What both reminder timers write: a note on the unit's open task ("Nhắc việc"), which Tasklist
 * shows under the task, dated, with the deadline it is about.
 */
@Component
class TaskReminder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(VietnameseDates.VIETNAM);

    private final TaskService tasks;

    TaskReminder(TaskService tasks) {
        this.tasks = tasks;
    }

    void remind(DelegateExecution execution, String taskKey, String what, Date due) {
        Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey).singleResult();
        if (task != null) {
            tasks.createComment(task.getId(), execution.getProcessInstanceId(),
                    "Nhắc việc: hạn " + what + " là ngày " + DAY.format(due.toInstant()) + ".");
        }
    }
}
