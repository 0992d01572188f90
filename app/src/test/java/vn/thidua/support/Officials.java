package vn.thidua.support;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.thidua.document.OfficialDocument;
import vn.thidua.workflow.planlifecycle.PlanLifecycleModel;
import vn.thidua.workflow.signingdesk.SignatureDesk;
import vn.thidua.security.Official;

/** Acts in the engine as a named official, with that person's groups and tenants, as Tasklist does. */
@Component
public class Officials {

    private final IdentityService identity;
    private final TaskService tasks;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final SignatureDesk desk;

    Officials(IdentityService identity, TaskService tasks, ManagementService management, RuntimeService runtime,
            SignatureDesk desk) {
        this.identity = identity;
        this.tasks = tasks;
        this.management = management;
        this.runtime = runtime;
        this.desk = desk;
    }

    /** The person as our pages see them after login: user id, groups, tenants. */
    public Official official(String user) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        return new Official(user, groups, tenants);
    }

    /**
     * The chairman's (or the deputy's) signature step as the signing page does it: signs the
     * document under approval with the person's key and completes the task as "approve".
     */
    public OfficialDocument sign(String user, String processInstanceId) {
        long documentId = documentUnderApproval(processInstanceId);
        return desk.sign(official(user), documentId);
    }

    /** The document the signing page offers for this plan (what its task shows). */
    public long documentUnderApproval(String processInstanceId) {
        return PlanLifecycleModel.documentId(runtime.getVariables(processInstanceId, List.of(PlanLifecycleModel.DOCUMENT_ID)));
    }

    public <T> T as(String user, Supplier<T> work) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
                .map(Tenant::getId).toList();
        identity.setAuthentication(user, groups, tenants);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The tasks this official sees for one process instance, as Tasklist's group filter shows them. */
    public List<Task> visibleTasks(String user, String processInstanceId) {
        return as(user, () -> tasks.createTaskQuery().processInstanceId(processInstanceId).list());
    }

    /** Claims and completes the only task of that activity visible to the user. */
    public void complete(String user, String processInstanceId, String activityId, Map<String, Object> variables) {
        as(user, () -> {
            Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).singleResult();
            if (task == null) {
                throw new AssertionError(user + " sees no task " + activityId + " in " + processInstanceId);
            }
            tasks.claim(task.getId(), user);
            tasks.complete(task.getId(), variables);
            return null;
        });
    }

    /** Waits until no job is due (async steps run on the job executor, as in production). */
    public void awaitJobs(Duration timeout) {
        Instant end = Instant.now().plus(timeout);
        while (management.createJobQuery().executable().count() > 0) {
            if (Instant.now().isAfter(end)) {
                throw new AssertionError("Jobs still pending after " + timeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
