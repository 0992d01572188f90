package vn.thidua.workflow;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.stereotype.Component;
import vn.thidua.common.web.ApiError;
import vn.thidua.common.web.ErrorTranslator;

/**
 * The engine's exceptions that mean the same to every client: two people changed the same task or
 * instance at once (409, try again), or the person lacks a permission (403). Our pages and API meet
 * them when they act in the engine as the logged-in official.
 */
@Component
class EngineErrors implements ErrorTranslator {

    @Override
    public ApiError translate(Throwable exception) {
        if (exception instanceof OptimisticLockingException) {
            return ApiError.of(409, "Công việc vừa được người khác xử lý cùng lúc; hãy tải lại và thử lại.");
        }
        if (exception instanceof AuthorizationException) {
            return ApiError.of(403, null);
        }
        return null;
    }
}
