package vn.thidua.workflow.audit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.thidua.common.audit.ActorResolver;

/**
 * Who the running engine call acts for. A person's call (Tasklist, REST, our pages through ActingAs)
 * carries that person's authentication. A job has none: a timer acts for nobody ("hệ thống"), but an
 * asynchronous continuation or a fan-out chunk only finishes what a person decided a moment before
 * (the clerk's issue starts every unit's process), so it is attributed to the last person who
 * completed a task of the job's process instance, marked "on behalf".
 */
@Component
class EngineActors implements ActorResolver {

    // Lazily: this plugin's helper is made before the engine whose identity service it reads.
    private final ObjectProvider<IdentityService> identity;
    private final JdbcTemplate jdbc;
    /** Job id → the person it acts for; a job runs its command once per attempt, few at a time. */
    private final Map<String, Optional<String>> byJob = new ConcurrentHashMap<>();

    EngineActors(ObjectProvider<IdentityService> identity, JdbcTemplate jdbc) {
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Actor> current() {
        CommandContext context = Context.getCommandContext();
        String user = context != null ? context.getAuthenticatedUserId() : null;
        if (user == null && context == null) {
            IdentityService engineIdentity = identity.getIfAvailable();
            if (engineIdentity != null && engineIdentity.getCurrentAuthentication() != null) {
                user = engineIdentity.getCurrentAuthentication().getUserId();
            }
        }
        if (user == null && context == null) {
            // Our pages outside an engine call (a draft re-rendered for a delegation): the logged-in person.
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof vn.thidua.security.Official official) {
                user = official.userId();
            }
        }
        if (user != null) {
            return Optional.of(new Actor(user, false));
        }
        JobEntity job = context == null ? null : context.getCurrentJob();
        if (job == null || job instanceof TimerEntity || job.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        if (byJob.size() > 10_000) {
            byJob.clear();
        }
        return byJob.computeIfAbsent(job.getId(), id -> lastDecisionIn(job.getProcessInstanceId()))
                .map(u -> new Actor(u, true));
    }

    private Optional<String> lastDecisionIn(String processInstanceId) {
        return jdbc.query("SELECT actor_username FROM audit_event WHERE process_instance_id = ? AND actor_username IS NOT NULL"
                + " AND kind IN ('TASK_COMPLETED', 'TASK_RETURNED', 'PROCESS_STARTED') ORDER BY id DESC LIMIT 1",
                (rs, n) -> rs.getString(1), processInstanceId).stream().findFirst();
    }
}
