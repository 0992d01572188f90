package vn.thidua.workflow;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.thidua.common.validation.ConflictException;

/**
 * Who completes a task: the authenticated user of the engine call (Tasklist, REST, our pages all
 * set it), else the assignee. Every row we write on a person's behalf carries this name, and the
 * engine's own history records the same user.
 */
public final class ActingUser {

    private ActingUser() {
    }

    public static String of(DelegateTask task) {
        Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (auth != null && auth.getUserId() != null) {
            return auth.getUserId();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new ConflictException("Không xác định được người thực hiện công việc '" + task.getName()
                + "': hãy đăng nhập và nhận việc trước khi hoàn thành.");
    }
}
