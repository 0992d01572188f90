package vn.thidua.workflow.guard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.batch.RestartProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceAsyncCmd;
import org.camunda.bpm.engine.impl.cmd.ModifyProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.ProcessInstanceModificationBatchCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RestartProcessInstancesCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.batch.CorrelateAllMessageBatchCmd;
import org.camunda.bpm.engine.impl.cmd.batch.variables.SetVariablesToProcessInstancesBatchCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thidua.workflow.RefusedVariableException;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;

/**
 * Checks every engine call a logged-in person makes, wherever it comes from (Tasklist, the engine
 * REST API, our own pages acting as the person), before the engine runs it:
 * <ul>
 * <li>task variables (complete, submit form, set, remove): only what the task's form defines (TaskForms);
 * <li>a process start: a plan only by the ward's specialist, for their own ward (PlanStartRules);
 *     a unit's campaign never (only the plan's fan-out starts one);
 * <li>variables on a process instance or execution, and what only the system does (messages,
 *     signals, modification, restart, BPMN errors): refused.
 * </ul>
 * A refusal throws before the command's transaction writes anything. Calls without a logged-in
 * person (the job executor, the application's own start-up work) and the engine's own nested calls
 * from within a running command are not checked; neither are Camunda administrators, who may
 * already do anything through Cockpit and Admin.
 */
@Component
class UserCallGuard extends AbstractProcessEnginePlugin {

    /** Commands by which a person would change a process in ways no form offers. */
    private static final Set<Class<?>> SYSTEM_ONLY = Set.of(CorrelateMessageCmd.class, CorrelateAllMessageCmd.class,
            CorrelateAllMessageBatchCmd.class, MessageEventReceivedCmd.class, SignalEventReceivedCmd.class, SignalCmd.class,
            ModifyProcessInstanceCmd.class, ModifyProcessInstanceAsyncCmd.class, ProcessInstanceModificationBatchCmd.class,
            RestartProcessInstancesCmd.class, RestartProcessInstancesBatchCmd.class, SetVariablesToProcessInstancesBatchCmd.class,
            StartProcessInstanceAtActivitiesCmd.class, EvaluateStartConditionCmd.class, HandleTaskBpmnErrorCmd.class,
            HandleTaskEscalationCmd.class, CompleteExternalTaskCmd.class);

    private final ObjectProvider<PlanStartRules> planStartRules;

    UserCallGuard(ObjectProvider<PlanStartRules> planStartRules) {
        this.planStartRules = planStartRules;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        // After the command context opens: the check reads the task in the command's own transaction.
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new Interceptor());
    }

    /** Checks only the outermost command of a call; what runs inside it is the engine's own doing. */
    private final class Interceptor extends CommandInterceptor {

        private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

        @Override
        public <T> T execute(Command<T> command) {
            int[] level = depth.get();
            level[0]++;
            try {
                if (level[0] == 1) {
                    check(command, Context.getCommandContext());
                }
                return next.execute(command);
            } finally {
                level[0]--;
            }
        }
    }

    private void check(Command<?> command, CommandContext context) {
        Authentication person = context == null ? null : context.getAuthentication();
        if (person == null || person.getUserId() == null || context.getAuthorizationManager().isCamundaAdmin(person)) {
            return;
        }
        if (command instanceof CompleteTaskCmd) {
            TaskVariableRules.check(context, CommandFields.text(command, "taskId"), CommandFields.variables(command, "variables"), List.of());
        } else if (command instanceof SubmitTaskFormCmd) {
            TaskVariableRules.check(context, CommandFields.text(command, "taskId"), CommandFields.variables(command, "properties"), List.of());
        } else if (command instanceof SetTaskVariablesCmd) {
            TaskVariableRules.check(context, CommandFields.text(command, "entityId"), CommandFields.variables(command, "variables"), List.of());
        } else if (command instanceof RemoveTaskVariablesCmd) {
            TaskVariableRules.check(context, CommandFields.text(command, "entityId"), Map.of(), CommandFields.names(command, "variableNames"));
        } else if (command instanceof PatchTaskVariablesCmd) {
            TaskVariableRules.check(context, CommandFields.text(command, "entityId"), CommandFields.variables(command, "variables"),
                    CommandFields.names(command, "deletions"));
        } else if (command instanceof AbstractSetVariableCmd || command instanceof AbstractRemoveVariableCmd
                || command instanceof AbstractPatchVariablesCmd) {
            refuseInstanceVariables(command);
        } else if (command instanceof StartProcessInstanceCmd) {
            ProcessInstantiationBuilderImpl start = (ProcessInstantiationBuilderImpl) CommandFields.read(command, "instantiationBuilder");
            checkStart(context, person, start.getProcessDefinitionKey(), start.getProcessDefinitionId(), start.getBusinessKey(),
                    start.getVariables());
        } else if (command instanceof SubmitStartFormCmd) {
            checkStart(context, person, null, CommandFields.text(command, "processDefinitionId"),
                    CommandFields.text(command, "businessKey"), CommandFields.variables(command, "variables"));
        } else if (SYSTEM_ONLY.contains(command.getClass())) {
            throw new AuthorizationException("Thao tác này do hệ thống thực hiện; hãy làm việc qua biểu mẫu của công việc.");
        }
    }

    /** A process instance's (or execution's) variables: set by the server and through task forms only. */
    private static void refuseInstanceVariables(Command<?> command) {
        Map<String, ?> set = command instanceof AbstractRemoveVariableCmd ? Map.of() : CommandFields.variables(command, "variables");
        String name = !set.isEmpty() ? set.keySet().iterator().next()
                : command instanceof AbstractRemoveVariableCmd ? first(CommandFields.names(command, "variableNames"))
                : first(CommandFields.names(command, "deletions"));
        throw new RefusedVariableException(name, "Biến của quy trình chỉ được ghi qua biểu mẫu của công việc, không ghi trực tiếp.");
    }

    private void checkStart(CommandContext context, Authentication person, String key, String definitionId, String businessKey,
            Map<String, ?> variables) {
        String processKey = key != null ? key
                : context.getProcessEngineConfiguration().getDeploymentCache().findDeployedProcessDefinitionById(definitionId).getKey();
        if (PlanLifecycleModel.PROCESS_KEY.equals(processKey)) {
            planStartRules.getObject().check(person.getUserId(), businessKey, variables == null ? Map.of() : variables);
        } else {
            throw new AuthorizationException("Quy trình \"" + processKey + "\" không khởi tạo trực tiếp được: quy trình của"
                    + " từng đơn vị do kế hoạch đã ban hành khởi tạo.");
        }
    }

    private static String first(Collection<String> names) {
        return names.isEmpty() ? null : names.iterator().next();
    }
}
