package vn.thidua.workflow.guard;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import vn.thidua.workflow.RefusedVariableException;

/**
 * A person may write to a task only what its form defines (TaskForms): its fields, and the values
 * it shows sent back unchanged. Completing, submitting the form, setting or removing task
 * variables all pass here before anything is written.
 */
final class TaskVariableRules {

    private static final TaskForms.Form NO_FORM = new TaskForms.Form(null, Set.of(), Set.of());

    private TaskVariableRules() {
    }

    static void check(CommandContext context, String taskId, Map<String, ?> written, Collection<String> removed) {
        if (taskId == null || written.isEmpty() && removed.isEmpty()) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null || ofAnotherWard(context, task)) {
            // The command itself reports the task as unknown (404): another ward's official must not
            // even learn from our refusal that the task exists.
            return;
        }
        TaskForms.Form form = TaskForms.of(task.getTaskDefinitionKey()).orElse(NO_FORM);
        for (String name : written.keySet()) {
            if (form.accepts(name)) {
                continue;
            }
            if (!form.shows(name)) {
                throw new RefusedVariableException(name, "Công việc \"" + task.getName() + "\" không nhận giá trị \"" + name
                        + "\": biểu mẫu của công việc không có trường này.");
            }
            Object sent = written instanceof VariableMap typed ? typed.getValueTyped(name) : written.get(name);
            if (!SameValue.as(task.getVariableTyped(name, false), sent)) {
                throw new RefusedVariableException(name, "\"" + name + "\" chỉ để hiển thị trên biểu mẫu của công việc \""
                        + task.getName() + "\", không được thay đổi.");
            }
        }
        for (String name : removed) {
            if (!form.accepts(name)) {
                throw new RefusedVariableException(name, "Công việc \"" + task.getName() + "\" không cho xóa giá trị \""
                        + name + "\".");
            }
        }
    }

    private static boolean ofAnotherWard(CommandContext context, TaskEntity task) {
        if (task.getTenantId() == null || !context.getTenantManager().isTenantCheckEnabled()) {
            return false;
        }
        List<String> tenants = context.getAuthentication().getTenantIds();
        return tenants == null || !tenants.contains(task.getTenantId());
    }
}
