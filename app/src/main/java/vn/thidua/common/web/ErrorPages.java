package vn.thidua.common.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.MappingJackson2JsonView;

/**
 * Failures of our page controllers (REST controllers have {@link ApiErrors}, which comes first):
 * a browser gets the Vietnamese error page (template {@code pages/error.html}) with the right
 * status instead of Spring's "Whitelabel Error Page"; a script, or a download under /api/, gets
 * the same JSON as the API.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorPages {

    private final ErrorContract contract;
    private final ObjectMapper json;

    ErrorPages(ErrorContract contract, ObjectMapper json) {
        this.contract = contract;
        this.json = json;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView failed(Exception e, HttpServletRequest request) {
        ApiError error = contract.answer(e, request.getMethod() + " " + request.getRequestURI());
        ModelAndView view = wantsPage(request) ? new ModelAndView("error") : new ModelAndView(jsonView());
        view.addAllObjects(error.body());
        view.setStatus(HttpStatus.valueOf(error.status()));
        return view;
    }

    /** A browser's navigation asks for text/html; our downloads and scripts do not get a page. */
    static boolean wantsPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private MappingJackson2JsonView jsonView() {
        MappingJackson2JsonView view = new MappingJackson2JsonView(json);
        view.setExtractValueFromSingleKeyModel(false);
        return view;
    }
}
