package vn.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every way in that carries a password passes here first: our login form, HTTP Basic (our API and
 * the engine REST API) and Camunda's own login (Tasklist, Cockpit, Admin). An address that failed
 * too often is told to wait ({@link AddressLoginThrottle}) before its password is even checked;
 * otherwise the attempt goes on and counts against the address unless it succeeds. The address is the
 * one Tomcat reports, i.e. X-Forwarded-For only when set by a trusted (private-network) proxy.
 */
class LoginAttemptFilter extends OncePerRequestFilter {

    static final String FORM_LOGIN = "/login";
    static final String FORM_FAILURE = FORM_LOGIN + "?error";
    static final String FORM_THROTTLED = FORM_LOGIN + "?slow";
    static final String MESSAGE = "Có quá nhiều lần đăng nhập sai từ địa chỉ này. Vui lòng thử lại sau %d giây.";
    private static final Pattern WEBAPP_LOGIN = Pattern.compile("/camunda/api/admin/auth/user/[^/]+/login/[^/]+");

    private final AddressLoginThrottle throttle;

    LoginAttemptFilter(AddressLoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!carriesPassword(request)) {
            chain.doFilter(request, response);
            return;
        }
        String address = client(request.getRemoteAddr());
        AddressLoginThrottle.Attempt attempt = throttle.begin(address);
        if (!attempt.allowed()) {
            refuse(request, response, attempt.retryAfter());
            return;
        }
        chain.doFilter(request, response);
        // Counted as a failure until here; an attempt that ended in an exception stays counted.
        if (!failed(request, response)) {
            throttle.succeeded(address, attempt);
        }
    }

    /**
     * The address that is counted: an IPv4 address, or an IPv6 address's /64 network, since
     * whoever has one IPv6 address usually has the whole /64 to rotate through.
     */
    static String client(String remoteAddress) {
        if (remoteAddress == null || !remoteAddress.contains(":")) {
            return remoteAddress;
        }
        try {
            byte[] bytes = InetAddress.getByName(remoteAddress).getAddress();
            if (bytes.length != 16) {
                return remoteAddress;
            }
            return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }

    private static boolean carriesPassword(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return true;
        }
        return "POST".equals(request.getMethod()) && (isFormLogin(request) || WEBAPP_LOGIN.matcher(path(request)).matches());
    }

    /** 401 from Basic and Camunda's login; our form sends a failure back to the login page. */
    private static boolean failed(HttpServletRequest request, HttpServletResponse response) {
        if (response.getStatus() == HttpServletResponse.SC_UNAUTHORIZED) {
            return true;
        }
        String location = response.getHeader("Location");
        return isFormLogin(request) && location != null && location.endsWith(FORM_FAILURE);
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, Duration wait) throws IOException {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        if (isFormLogin(request)) {
            // A person at the login form: back to it, with the message instead of a bare error page.
            response.sendRedirect(request.getContextPath() + FORM_THROTTLED);
            return;
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"" + String.format(MESSAGE, seconds) + "\"}");
    }

    private static boolean isFormLogin(HttpServletRequest request) {
        return "POST".equals(request.getMethod()) && FORM_LOGIN.equals(path(request));
    }

    /** Decoded and normalised by the container, as the servlets match it (never the raw URI). */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }
}
