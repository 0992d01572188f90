package vn.thidua.common.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One event for the audit trail. Build with {@link #of(AuditKind, Long)} and the {@code with…}
 * methods; a null actor means "the person the engine call runs as, if any" ({@link ActorResolver}).
 */
public record AuditRecord(Instant at, AuditKind kind, String agencyCode, Long planId, String unitCode,
        String processInstanceId, String taskId, String activity, String actor, boolean onBehalf, String decision,
        String comment, String detail, Long documentId, boolean permanent) {

    public AuditRecord {
        Objects.requireNonNull(kind, "kind");
    }

    public static AuditRecord of(AuditKind kind, Long planId) {
        return new AuditRecord(null, kind, null, planId, null, null, null, null, null, false, null, null, null, null, false);
    }

    public AuditRecord at(Instant value) {
        return new AuditRecord(value, kind, agencyCode, planId, unitCode, processInstanceId, taskId, activity, actor, onBehalf,
                decision, comment, detail, documentId, permanent);
    }

    public AuditRecord agency(String value) {
        return new AuditRecord(at, kind, value, planId, unitCode, processInstanceId, taskId, activity, actor, onBehalf,
                decision, comment, detail, documentId, permanent);
    }

    public AuditRecord unit(String value) {
        return new AuditRecord(at, kind, agencyCode, planId, value, processInstanceId, taskId, activity, actor, onBehalf,
                decision, comment, detail, documentId, permanent);
    }

    public AuditRecord process(String instanceId, String task, String activityName) {
        return new AuditRecord(at, kind, agencyCode, planId, unitCode, instanceId, task, activityName, actor, onBehalf,
                decision, comment, detail, documentId, permanent);
    }

    public AuditRecord actor(String username, boolean viaJob) {
        return new AuditRecord(at, kind, agencyCode, planId, unitCode, processInstanceId, taskId, activity, username, viaJob,
                decision, comment, detail, documentId, permanent);
    }

    public AuditRecord actor(String username) {
        return actor(username, false);
    }

    public AuditRecord decision(String value, String commentText) {
        return new AuditRecord(at, kind, agencyCode, planId, unitCode, processInstanceId, taskId, activity, actor, onBehalf,
                value, commentText, detail, documentId, permanent);
    }

    public AuditRecord detail(String value) {
        return new AuditRecord(at, kind, agencyCode, planId, unitCode, processInstanceId, taskId, activity, actor, onBehalf,
                decision, comment, value, documentId, permanent);
    }

    public AuditRecord document(Long id) {
        return new AuditRecord(at, kind, agencyCode, planId, unitCode, processInstanceId, taskId, activity, actor, onBehalf,
                decision, comment, detail, id, permanent);
    }

    /** Award decisions and the register are kept for ever (Luật Lưu trữ): never purged with the plan. */
    public AuditRecord permanent(boolean value) {
        return new AuditRecord(at, kind, agencyCode, planId, unitCode, processInstanceId, taskId, activity, actor, onBehalf,
                decision, comment, detail, documentId, value);
    }
}
