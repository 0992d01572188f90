package vn.thidua.security;

import java.util.Map;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The session's CSRF token for scripts of our own origin: the embedded task forms in Tasklist call
 * our API with the Tasklist session and must send it with every change (a page of another origin
 * cannot read this answer).
 */
@RestController
class CsrfTokenEndpoint {

    @GetMapping("/api/csrf")
    Map<String, String> token(CsrfToken token) {
        return Map.of("headerName", token.getHeaderName(), "token", token.getToken());
    }
}
