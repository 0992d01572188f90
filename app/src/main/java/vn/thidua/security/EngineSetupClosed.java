package vn.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda Admin's set-up page lets whoever comes first create the first administrator while the
 * engine has none: on a fresh production database that is any anonymous visitor. The first
 * administrator comes from CAMUNDA_BPM_ADMINUSER_ID/PASSWORD instead ({@link FirstAdministratorCheck}
 * says so at start), so the set-up API is refused to everybody, always, before Camunda sees it.
 */
class EngineSetupClosed extends OncePerRequestFilter {

    static final String URL_PATTERN = "/camunda/api/admin/setup/*";
    static final String MESSAGE = "Trang khởi tạo quản trị viên đã bị đóng. Quản trị viên đầu tiên được tạo từ "
            + "biến môi trường CAMUNDA_BPM_ADMINUSER_ID và CAMUNDA_BPM_ADMINUSER_PASSWORD khi khởi động.";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"" + MESSAGE + "\"}");
    }
}
