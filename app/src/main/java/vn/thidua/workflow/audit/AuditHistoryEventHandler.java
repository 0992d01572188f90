package vn.thidua.workflow.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.event.UserOperationLogEntryEventEntity;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import vn.thidua.common.audit.ActorResolver;
import vn.thidua.common.audit.AuditKind;
import vn.thidua.common.audit.AuditRecord;
import vn.thidua.common.audit.AuditTrail;

/**
 * Turns the engine's history events into the auditor's timeline, beside the default handler that
 * keeps writing ACT_HI_* (Cockpit and the history API still work). Events of one command are
 * collected and written in one batch just before its transaction commits, so a rolled-back step
 * leaves nothing, and a step never commits without its audit rows.
 *
 * <p>Only what an auditor reads is kept: tasks (created, claimed, assigned, delegated, completed
 * with the decision and comment given in the same call, cancelled), timers, reminders, overdue
 * marks, process start and end, and any other operation a person ran on the process (variable
 * changes over REST, suspensions, ...). Plain variable churn and activity enter/leave are not.
 */
class AuditHistoryEventHandler implements HistoryEventHandler {

    /** Variables a person sets when completing a decision task; looked for in the same command only. */
    private static final Set<String> DECISION_VARIABLES = Set.of("decision", "followUpDecision");
    private static final String COMMENT_VARIABLE = "comment";
    private static final Set<String> TIMER_TYPES = Set.of("boundaryTimer", "intermediateTimer", "startTimerEvent");

    private final AuditTrail trail;
    private final ActorResolver actors;
    private final ThreadLocal<Pending> pending = new ThreadLocal<>();

    AuditHistoryEventHandler(AuditTrail trail, ActorResolver actors) {
        this.trail = trail;
        this.actors = actors;
    }

    /** What one command produced so far. */
    private static final class Pending {
        final CommandContext context;
        final List<AuditRecord> records = new ArrayList<>();
        final Map<String, AuditRecord> operations = new LinkedHashMap<>();
        final Map<String, String> variables = new HashMap<>();
        final Map<String, String> businessKeys = new HashMap<>();

        Pending(CommandContext context) {
            this.context = context;
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        CommandContext context = Context.getCommandContext();
        if (context == null) {
            return;
        }
        Pending p = pending.get();
        if (p == null || p.context != context) {
            Pending created = new Pending(context);
            pending.set(created);
            context.getTransactionContext().addTransactionListener(TransactionState.COMMITTING, c -> flush(created));
            p = created;
        }
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            task(p, task);
        } else if (event instanceof UserOperationLogEntryEventEntity entry) {
            operation(p, entry);
        } else if (event instanceof HistoricVariableUpdateEventEntity variable) {
            if (DECISION_VARIABLES.contains(variable.getVariableName()) || COMMENT_VARIABLE.equals(variable.getVariableName())) {
                p.variables.put(variable.getVariableName(), variable.getTextValue());
            }
        } else if (event instanceof HistoricActivityInstanceEventEntity activity) {
            activity(p, activity);
        } else if (event instanceof HistoricProcessInstanceEventEntity process) {
            process(p, process);
        }
    }

    private void flush(Pending p) {
        List<AuditRecord> all = new ArrayList<>(p.records);
        all.addAll(p.operations.values());
        p.records.clear();
        p.operations.clear();
        if (pending.get() == p) {
            pending.remove();
        }
        trail.recordAsGiven(all);
    }

    private void task(Pending p, HistoricTaskInstanceEventEntity e) {
        String type = e.getEventType();
        AuditRecord base;
        if (HistoryEventTypes.TASK_INSTANCE_CREATE.getEventName().equals(type)) {
            base = scoped(p, AuditKind.TASK_CREATED, e.getProcessInstanceId(), e.getTenantId(), e.getStartTime())
                    .detail(e.getAssignee() == null ? null : "Giao cho " + e.getAssignee());
            p.records.add(withCurrentActor(base).process(e.getProcessInstanceId(), e.getTaskId(), e.getName()));
        } else if (HistoryEventTypes.TASK_INSTANCE_COMPLETE.getEventName().equals(type)) {
            String decision = p.variables.entrySet().stream()
                    .filter(v -> DECISION_VARIABLES.contains(v.getKey()) && v.getValue() != null)
                    .map(Map.Entry::getValue).findFirst().orElse(null);
            String comment = p.variables.get(COMMENT_VARIABLE);
            AuditKind kind = "return".equals(decision) ? AuditKind.TASK_RETURNED : AuditKind.TASK_COMPLETED;
            base = scoped(p, kind, e.getProcessInstanceId(), e.getTenantId(), e.getEndTime())
                    .process(e.getProcessInstanceId(), e.getTaskId(), e.getName())
                    .decision(decisionLabel(decision), comment == null || comment.isBlank() ? null : comment);
            AuditRecord withActor = withCurrentActor(base);
            if (withActor.actor() == null && e.getAssignee() != null) {
                withActor = withActor.actor(e.getAssignee());
            }
            p.records.add(withActor);
            p.variables.clear();
        } else if (HistoryEventTypes.TASK_INSTANCE_DELETE.getEventName().equals(type)) {
            base = scoped(p, AuditKind.TASK_CANCELLED, e.getProcessInstanceId(), e.getTenantId(), e.getEndTime())
                    .process(e.getProcessInstanceId(), e.getTaskId(), e.getName()).detail(e.getDeleteReason());
            p.records.add(withCurrentActor(base));
        }
    }

    /** One row per operation (the engine logs one entry per changed property under one operation id). */
    private void operation(Pending p, UserOperationLogEntryEventEntity e) {
        String type = e.getOperationType();
        if (e.getProcessInstanceId() == null || UserOperationLogEntry.OPERATION_TYPE_COMPLETE.equals(type)
                || UserOperationLogEntry.OPERATION_TYPE_CREATE.equals(type)) {
            return; // completion and start have their own, richer rows
        }
        AuditKind kind = switch (type) {
            case UserOperationLogEntry.OPERATION_TYPE_CLAIM -> AuditKind.TASK_CLAIMED;
            case UserOperationLogEntry.OPERATION_TYPE_ASSIGN -> AuditKind.TASK_ASSIGNED;
            case UserOperationLogEntry.OPERATION_TYPE_DELEGATE -> AuditKind.TASK_DELEGATED;
            case UserOperationLogEntry.OPERATION_TYPE_RESOLVE -> AuditKind.TASK_RESOLVED;
            case UserOperationLogEntry.OPERATION_TYPE_SET_VARIABLE, UserOperationLogEntry.OPERATION_TYPE_MODIFY_VARIABLE,
                    UserOperationLogEntry.OPERATION_TYPE_REMOVE_VARIABLE, "SetVariables" -> AuditKind.VARIABLE_CHANGED;
            default -> AuditKind.ENGINE_OPERATION;
        };
        String key = e.getOperationId() == null ? e.getId() : e.getOperationId();
        AuditRecord known = p.operations.get(key);
        String change = change(e);
        if (known == null) {
            AuditRecord r = scoped(p, kind, e.getProcessInstanceId(), e.getTenantId(), e.getTimestamp())
                    .process(e.getProcessInstanceId(), e.getTaskId(), taskName(e))
                    .actor(e.getUserId())
                    .detail(kind == AuditKind.ENGINE_OPERATION ? type + " " + e.getEntityType() + (change == null ? "" : ": " + change)
                            : change);
            p.operations.put(key, r);
        } else if (change != null && ("assignee".equals(e.getProperty()) || known.detail() == null)) {
            // For a delegation the new assignee says the most; other properties only fill a blank.
            p.operations.put(key, known.detail(kind == AuditKind.ENGINE_OPERATION ? type + " " + e.getEntityType() + ": " + change
                    : change));
        }
    }

    private static String change(UserOperationLogEntryEventEntity e) {
        if (e.getProperty() == null) {
            return null;
        }
        return e.getProperty() + ": " + (e.getOrgValue() == null ? "—" : e.getOrgValue()) + " → "
                + (e.getNewValue() == null ? "—" : e.getNewValue());
    }

    private static String taskName(UserOperationLogEntryEventEntity e) {
        if (e.getTaskId() == null) {
            return null;
        }
        CommandContext context = Context.getCommandContext();
        var task = context.getTaskManager().findTaskById(e.getTaskId());
        return task == null ? null : task.getName();
    }

    private void activity(Pending p, HistoricActivityInstanceEventEntity e) {
        if (!HistoryEventTypes.ACTIVITY_INSTANCE_END.getEventName().equals(e.getEventType()) || e.isCanceled()) {
            return;
        }
        String id = e.getActivityId() == null ? "" : e.getActivityId();
        AuditKind kind;
        if (TIMER_TYPES.contains(e.getActivityType())) {
            kind = AuditKind.TIMER_FIRED;
        } else if (id.startsWith("serviceTask_remind")) {
            kind = AuditKind.REMINDER_SENT;
        } else if (id.startsWith("serviceTask_mark") && id.endsWith("Overdue")) {
            kind = AuditKind.UNIT_OVERDUE;
        } else {
            return;
        }
        // Timers act for nobody; a reminder or overdue mark follows its timer in the same job.
        p.records.add(scoped(p, kind, e.getProcessInstanceId(), e.getTenantId(), e.getEndTime())
                .process(e.getProcessInstanceId(), null, e.getActivityName()));
    }

    private void process(Pending p, HistoricProcessInstanceEventEntity e) {
        if (e.getBusinessKey() != null) {
            p.businessKeys.put(e.getProcessInstanceId(), e.getBusinessKey());
        }
        if (HistoryEventTypes.PROCESS_INSTANCE_START.getEventName().equals(e.getEventType())) {
            AuditRecord r = scoped(p, AuditKind.PROCESS_STARTED, e.getProcessInstanceId(), e.getTenantId(), e.getStartTime())
                    .process(e.getProcessInstanceId(), null, e.getProcessDefinitionName());
            p.records.add(e.getStartUserId() != null ? r.actor(e.getStartUserId()) : withCurrentActor(r));
        } else if (HistoryEventTypes.PROCESS_INSTANCE_END.getEventName().equals(e.getEventType())) {
            p.records.add(scoped(p, AuditKind.PROCESS_ENDED, e.getProcessInstanceId(), e.getTenantId(), e.getEndTime())
                    .process(e.getProcessInstanceId(), null, e.getProcessDefinitionName())
                    .detail(e.getDeleteReason()));
        }
    }

    private AuditRecord withCurrentActor(AuditRecord r) {
        Optional<ActorResolver.Actor> actor = actors.current();
        return actor.map(a -> r.actor(a.username(), a.viaJob())).orElse(r);
    }

    /** Plan id and unit code from the business key: "12" is plan 12, "12:tdp-03" is unit tdp-03 of plan 12. */
    private AuditRecord scoped(Pending p, AuditKind kind, String processInstanceId, String tenant, Date at) {
        AuditRecord r = AuditRecord.of(kind, null).agency(tenant).at(at == null ? null : Instant.ofEpochMilli(at.getTime()));
        String key = processInstanceId == null ? null : p.businessKeys.computeIfAbsent(processInstanceId, this::businessKey);
        if (key == null || key.isEmpty()) {
            return r;
        }
        int colon = key.indexOf(':');
        try {
            Long planId = Long.valueOf(colon < 0 ? key : key.substring(0, colon));
            AuditRecord scoped = new AuditRecord(r.at(), kind, tenant, planId, null, null, null, null, null, false, null, null,
                    null, null, false);
            return colon < 0 ? scoped : scoped.unit(key.substring(colon + 1));
        } catch (NumberFormatException notOurs) {
            return r;
        }
    }

    private String businessKey(String processInstanceId) {
        CommandContext context = Context.getCommandContext();
        ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
        if (instance != null && instance.getBusinessKey() != null) {
            return instance.getBusinessKey();
        }
        HistoricProcessInstanceEntity historic = context.getHistoricProcessInstanceManager().findHistoricProcessInstance(processInstanceId);
        return historic == null ? "" : Optional.ofNullable(historic.getBusinessKey()).orElse("");
    }

    static String decisionLabel(String decision) {
        if (decision == null) {
            return null;
        }
        return switch (decision) {
            case "approve" -> "Đồng ý";
            case "return" -> "Trả lại";
            case "wait" -> "Chờ thêm";
            case "consolidate" -> "Tổng hợp";
            default -> decision;
        };
    }
}
