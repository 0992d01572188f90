package vn.thidua.common.web;

import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's /error shows (page or JSON) for failures that never reached a controller: an
 * unknown address (404), a refusal of the security filters, an exception from a filter. Same
 * contract as {@link ApiErrors}; Spring's default would add the exception's text and a timestamp.
 */
@Component
class ErrorPageAttributes extends DefaultErrorAttributes {

    private final ErrorContract contract;

    ErrorPageAttributes(ErrorContract contract) {
        this.contract = contract;
    }

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
        int status = code instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
        String where = "error page for " + uri;
        Throwable error = getError(request);
        // The status is already sent: an exception's own meaning is used only when it agrees with it.
        ApiError answer = error == null ? null : contract.recognise(error).filter(a -> a.status() == status).orElse(null);
        if (answer == null) {
            answer = error != null && status >= 500 && status != 503 ? contract.unexpected(error, where)
                    : contract.forStatus(status, where);
        }
        return new LinkedHashMap<>(answer.body());
    }
}
