package vn.thidua.common.web;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.thidua.common.validation.InvalidInputException;

/** Refused input answers 400 with one Vietnamese message per field; a wrong state answers 409. */
@RestControllerAdvice
class ApiErrors {

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, Object>> invalid(InvalidInputException e) {
        List<Map<String, String>> problems = e.problems().stream()
                .map(p -> Map.of("field", p.field() == null ? "" : p.field(), "message", p.message()))
                .toList();
        return ResponseEntity.badRequest().body(Map.of("message", "Dữ liệu chưa hợp lệ.", "problems", problems));
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<Map<String, Object>> conflict(IllegalStateException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(Map.of("message", e.getMessage()));
    }
}
