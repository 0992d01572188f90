package vn.thidua.workflow.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.common.audit.AuditKind;
import vn.thidua.common.audit.AuditRecord;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.WardAccess;
import vn.thidua.security.Official;

/**
 * Refused attempts to change something, recorded for the auditors' timeline.
 *
 * <ul>
 *   <li>An auditor is read-only everywhere: any state-changing request of an auditor to our pages or
 *   API is refused here (403) before it reaches a controller. Tasklist, Cockpit and the engine REST
 *   API send queries as POSTs, so there the engine itself refuses (an auditor holds READ grants
 *   only) and the 403 it answers is recorded below.</li>
 *   <li>Anyone's state-changing request answered 403 or 404 (an engine AuthorizationException,
 *   Spring Security's access denied, a foreign ward's task) is recorded with the person, the
 *   request and, when the path names a task, process instance, document or unit campaign, the plan
 *   it concerned.</li>
 * </ul>
 * It runs after Spring Security's chain (which knows the person for every kind of login) and only
 * looks at status codes, so the error mapping stays where it is. The record is written in its own
 * transaction: the refused request's is rolled back.
 */
class AuditedRefusals extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(AuditedRefusals.class);
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final List<String> AUDITOR_GROUP_SUFFIXES = List.of(".kiem-tra-giam-sat", ".kiem-tra-thanh-pho");
    private static final Pattern TASK = Pattern.compile("/task/([0-9a-fA-F-]{8,64})(/|$)");
    private static final Pattern PROCESS_INSTANCE = Pattern.compile("/process-instance/([0-9a-fA-F-]{8,64})(/|$)");
    private static final Pattern DOCUMENT = Pattern.compile("^/(?:app/ky-so|api/documents)/(\\d+)(/|$)");
    private static final Pattern CAMPAIGN = Pattern.compile("^/api/campaigns/(\\d+)(/|$)");

    private final AuditTrail trail;
    private final HistoryService history;
    private final JdbcTemplate jdbc;
    private final WardAccess wards;

    AuditedRefusals(AuditTrail trail, HistoryService history, JdbcTemplate jdbc, WardAccess wards) {
        this.trail = trail;
        this.history = history;
        this.jdbc = jdbc;
        this.wards = wards;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SAFE_METHODS.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Official before = official();
        if (before != null && isAuditorOnly(before) && isOurs(path)) {
            record(before, request, path, 403, "tài khoản kiểm tra, giám sát chỉ được xem");
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/json;charset=UTF-8");
            response.getOutputStream().write(("{\"message\":\"Tài khoản kiểm tra, giám sát chỉ được xem, không được thay đổi"
                    + " dữ liệu. Thao tác đã được ghi vào nhật ký.\"}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(request, response);
        int status = response.getStatus();
        Official who = before != null ? before : official();
        boolean refused = status == 403 || status == 404 || (who != null && isAuditorOnly(who) && status >= 400 && status != 401);
        if (refused && !isLogin(path)) {
            record(who, request, path, status, null);
        }
    }

    private static Official official() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof Official o ? o : null;
    }

    static boolean isAuditorOnly(Official official) {
        return !official.groupIds().isEmpty()
                && official.groupIds().stream().allMatch(g -> AUDITOR_GROUP_SUFFIXES.stream().anyMatch(g::endsWith));
    }

    private static boolean isOurs(String path) {
        return !path.startsWith("/camunda/") && !path.startsWith("/engine-rest/") && !isLogin(path);
    }

    private static boolean isLogin(String path) {
        return path.equals("/login") || path.equals("/logout") || path.contains("/auth/user/");
    }

    private void record(Official who, HttpServletRequest request, String path, int status, String reason) {
        try {
            AuditRecord r = AuditRecord.of(AuditKind.REFUSED, null).actor(who == null ? null : who.userId())
                    .detail(request.getMethod() + " " + path + " → " + status + (reason == null ? "" : " (" + reason + ")"));
            r = scope(r, path);
            if (r.agencyCode() == null && who != null) {
                // Not about a plan: it belongs to the person's own agency. Their tenants cannot say
                // which: a city's auditor is in every ward's, and the first of them is any ward.
                r = r.agency(wards.ownAgency(who).map(Agency::getCode).orElse(null));
            }
            trail.record(r);
        } catch (RuntimeException e) {
            // The refusal stands whatever happens here; the log keeps what the table could not.
            LOG.warn("Could not record refused {} {} by {}: {}", request.getMethod(), path, who == null ? null : who.userId(),
                    e.toString());
        }
    }

    /** The plan (and unit) the refused request was about, if its path says. */
    private AuditRecord scope(AuditRecord r, String path) {
        Matcher m = TASK.matcher(path);
        if (m.find()) {
            HistoricTaskInstance task = history.createHistoricTaskInstanceQuery().taskId(m.group(1)).singleResult();
            if (task != null) {
                return byInstance(r.process(task.getProcessInstanceId(), task.getId(), task.getName()), task.getProcessInstanceId());
            }
        }
        m = PROCESS_INSTANCE.matcher(path);
        if (m.find()) {
            return byInstance(r.process(m.group(1), null, null), m.group(1));
        }
        m = DOCUMENT.matcher(path);
        if (m.find()) {
            Long plan = jdbc.query("SELECT plan_id FROM official_document WHERE id = ?", (rs, n) -> (Long) rs.getObject(1, Long.class),
                    Long.parseLong(m.group(1))).stream().findFirst().orElse(null);
            return plan == null ? r : planScoped(r, plan, null).document(Long.parseLong(m.group(1)));
        }
        m = CAMPAIGN.matcher(path);
        if (m.find()) {
            return jdbc.query("SELECT c.plan_id, u.code FROM unit_campaign c JOIN org_unit u ON u.id = c.unit_id WHERE c.id = ?",
                    (rs, n) -> planScoped(r, rs.getLong(1), rs.getString(2)), Long.parseLong(m.group(1))).stream().findFirst()
                    .orElse(r);
        }
        return r;
    }

    private AuditRecord byInstance(AuditRecord r, String processInstanceId) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult();
        if (instance == null || instance.getBusinessKey() == null) {
            return r;
        }
        String key = instance.getBusinessKey();
        int colon = key.indexOf(':');
        try {
            return planScoped(r.agency(instance.getTenantId()), Long.valueOf(colon < 0 ? key : key.substring(0, colon)),
                    colon < 0 ? null : key.substring(colon + 1));
        } catch (NumberFormatException e) {
            return r;
        }
    }

    private static AuditRecord planScoped(AuditRecord r, long planId, String unit) {
        return new AuditRecord(r.at(), r.kind(), r.agencyCode(), planId, unit, r.processInstanceId(), r.taskId(), r.activity(),
                r.actor(), false, null, null, r.detail(), r.documentId(), false);
    }
}
