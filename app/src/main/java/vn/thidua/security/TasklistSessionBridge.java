package vn.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A person logged in to Tasklist is logged in here too: a PDF link or an embedded form in Tasklist
 * reaches our endpoints with the same HTTP session, which holds Tasklist's authentication.
 */
class TasklistSessionBridge extends OncePerRequestFilter {

    private final IdentityService identity;

    TasklistSessionBridge(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() == null
                || !SecurityContextHolder.getContext().getAuthentication().isAuthenticated()
                || "anonymousUser".equals(SecurityContextHolder.getContext().getAuthentication().getPrincipal())) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
                Authentication user = auths == null ? null : auths.getAuthenticationForProcessEngine("default");
                if (user != null && user.getName() != null) {
                    SecurityContextHolder.getContext().setAuthentication(
                            EngineIdentityAuthenticationProvider.authenticated(identity, user.getName()));
                }
            }
        }
        chain.doFilter(request, response);
    }
}
