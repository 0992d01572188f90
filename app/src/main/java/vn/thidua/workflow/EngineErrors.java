package vn.thidua.workflow;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.springframework.stereotype.Component;
import vn.thidua.common.web.ApiError;
import vn.thidua.common.web.ErrorTranslator;

/**
 * The engine's exceptions that mean the same to every client: two people changed the same task or
 * instance at once (409, try again), or the person lacks a permission (403). Our pages and API meet
 * them when they act in the engine as the logged-in official. A task that is gone (completed a
 * moment ago: a double click, a retry) or that belongs to another ward is the same 404 to the
 * person: "not found", never a 500, and never a hint that another ward's task exists.
 */
@Component
class EngineErrors implements ErrorTranslator {

    private static final String TASK_GONE = "Không tìm thấy công việc này: có thể công việc đã được hoàn thành hoặc"
            + " không thuộc phạm vi của bạn. Hãy tải lại danh sách công việc.";

    @Override
    public ApiError translate(Throwable exception) {
        if (exception instanceof OptimisticLockingException) {
            return ApiError.of(409, "Công việc vừa được người khác xử lý cùng lúc; hãy tải lại và thử lại.");
        }
        if (exception instanceof AuthorizationException) {
            return ApiError.of(403, null);
        }
        if (exception instanceof NullValueException && String.valueOf(exception.getMessage()).contains("task is null")
                || exception instanceof ProcessEngineException && String.valueOf(exception.getMessage()).contains("ENGINE-13034")) {
            return ApiError.of(404, TASK_GONE);
        }
        if (exception instanceof ProcessEngineException && String.valueOf(exception.getMessage()).contains("Password does not match policy")) {
            return ApiError.of(400, "Mật khẩu chưa đủ mạnh: cần ít nhất 10 ký tự, có chữ hoa, chữ thường, chữ số và ký tự đặc biệt.");
        }
        return null;
    }
}
