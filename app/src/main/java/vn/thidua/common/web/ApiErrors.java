package vn.thidua.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every failure of our JSON API, answered by {@link ErrorContract}: refused input 400 with the
 * fields, a wrong state 409, a status exception its status and reason, malformed JSON 400, access
 * denied 403, a database refusal without its SQL, anything else 500 with a reference. Controllers
 * throw; none of them maps errors itself. Page controllers get {@link ErrorPages} instead.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final ErrorContract contract;

    ApiErrors(ErrorContract contract) {
        this.contract = contract;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> failed(Exception e, HttpServletRequest request) {
        ApiError error = contract.answer(e, request.getMethod() + " " + request.getRequestURI());
        return ResponseEntity.status(error.status()).contentType(MediaType.APPLICATION_JSON).body(error.body());
    }
}
