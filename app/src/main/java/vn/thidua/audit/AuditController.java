package vn.thidua.audit;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.document.DocumentVersions;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.plan.PlanStatus;
import vn.thidua.security.Official;

/**
 * The auditor's pages (read-only, GET only): plans and documents, a plan's timeline with its
 * documents' versions and changed values, the integrity check, and the exports. Another ward's plan
 * is 404; a person who is no auditor gets 403.
 */
@Controller
class AuditController {

    private final AuditorScope scope;
    private final AuditPlans plans;
    private final Timeline timeline;
    private final DocumentHistory documents;
    private final ValueChanges values;
    private final IntegrityCheck integrity;
    private final AuditExports exports;
    private final DocumentVersions versions;
    private final AgencyRepository agencies;
    private final JdbcTemplate jdbc;

    AuditController(AuditorScope scope, AuditPlans plans, Timeline timeline, DocumentHistory documents, ValueChanges values,
            IntegrityCheck integrity, AuditExports exports, DocumentVersions versions, AgencyRepository agencies,
            JdbcTemplate jdbc) {
        this.scope = scope;
        this.plans = plans;
        this.timeline = timeline;
        this.documents = documents;
        this.values = values;
        this.integrity = integrity;
        this.exports = exports;
        this.versions = versions;
        this.agencies = agencies;
        this.jdbc = jdbc;
    }

    @GetMapping("/app/kiem-tra")
    String plans(@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String q,
            @AuthenticationPrincipal Official official, Model model) {
        Set<Long> agencyIds = scope.agencies(official);
        AuditPlans.Filter filter = new AuditPlans.Filter(year, blankToNull(status), blankToNull(unit), null, q);
        model.addAttribute("plans", plans.plans(agencyIds, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", java.util.Arrays.stream(PlanStatus.values())
                .map(s -> new Timeline.Option(s.name(), AuditLabels.planStatus(s.name()))).toList());
        return "audit/plans";
    }

    @GetMapping("/app/kiem-tra/van-ban")
    String documents(@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String q, @AuthenticationPrincipal Official official, Model model) {
        Set<Long> agencyIds = scope.agencies(official);
        AuditPlans.Filter filter = new AuditPlans.Filter(year, blankToNull(status), blankToNull(unit), blankToNull(kind), q);
        model.addAttribute("documents", plans.documents(agencyIds, filter));
        model.addAttribute("filter", filter);
        return "audit/documents";
    }

    @GetMapping("/app/kiem-tra/ke-hoach/{planId}")
    String plan(@PathVariable long planId, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal Official official, Model model) {
        scope.requirePlan(official, planId);
        Timeline.Filter filter = filter(unit, actor, kind, page);
        model.addAttribute("plan", planHeader(planId));
        model.addAttribute("timeline", timeline.page(planId, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("units", timeline.units(planId));
        model.addAttribute("people", timeline.people(planId));
        model.addAttribute("kinds", Timeline.kinds());
        model.addAttribute("planOnly", Timeline.PLAN_ONLY);
        model.addAttribute("system", AuditLabels.SYSTEM);
        return "audit/plan";
    }

    @GetMapping("/app/kiem-tra/ke-hoach/{planId}/van-ban")
    String planDocuments(@PathVariable long planId, @AuthenticationPrincipal Official official, Model model) {
        scope.requirePlan(official, planId);
        model.addAttribute("plan", planHeader(planId));
        model.addAttribute("documents", documents.of(planId));
        model.addAttribute("changes", values.of(planId));
        return "audit/plan-documents";
    }

    /** Recomputes every hash and signature of the plan's documents now (and records the verifications). */
    @GetMapping("/app/kiem-tra/ke-hoach/{planId}/toan-ven")
    String integrity(@PathVariable long planId, @AuthenticationPrincipal Official official, Model model) {
        scope.requirePlan(official, planId);
        model.addAttribute("plan", planHeader(planId));
        model.addAttribute("result", integrity.run(planId));
        return "audit/integrity";
    }

    @GetMapping("/api/audit/plans/{planId}/timeline.csv")
    ResponseEntity<byte[]> csv(@PathVariable long planId, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
            @AuthenticationPrincipal Official official) {
        scope.requirePlan(official, planId);
        return download(exports.csv(planId, filter(unit, actor, kind, 0)), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "nhat-ky-ke-hoach-" + planId + ".csv");
    }

    @GetMapping("/api/audit/plans/{planId}/timeline.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long planId, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String kind,
            @AuthenticationPrincipal Official official) {
        long agencyId = scope.requirePlan(official, planId);
        Agency agency = agencies.findById(agencyId).orElseThrow();
        Timeline.Filter filter = filter(unit, actor, kind, 0);
        byte[] pdf = exports.pdf(agency, planId, filter, scopeText(planId, filter), printedBy(official));
        return download(pdf, MediaType.APPLICATION_PDF, "nhat-ky-ke-hoach-" + planId + ".pdf");
    }

    @GetMapping("/api/audit/document-versions/{versionId}/pdf")
    ResponseEntity<byte[]> version(@PathVariable long versionId, @AuthenticationPrincipal Official official) {
        DocumentVersions.Version v = versions.find(versionId).orElseThrow(AuditController::notFound);
        if (v.planId() == null) {
            throw notFound();
        }
        scope.requirePlan(official, v.planId());
        byte[] bytes = versions.bytes(versionId).orElseThrow(AuditController::notFound);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("van-ban-" + v.documentId() + "-phien-ban-" + v.version() + ".pdf").build().toString())
                .header("X-Document-SHA256", v.sha256())
                .body(bytes);
    }

    /** @param agencyCode the ward's code, for links to its pages (the award history) */
    public record PlanHeader(long id, String title, String number, String status, String agency, String agencyCode) {
        public String statusLabel() {
            return AuditLabels.planStatus(status);
        }
    }

    private PlanHeader planHeader(long planId) {
        return jdbc.queryForObject("""
                SELECT p.id, p.title, (SELECT CONCAT(LPAD(d.number, 2, '0'), '/', d.notation) FROM official_document d
                                        WHERE d.id = p.document_id AND d.number IS NOT NULL), p.status, a.short_name, a.code
                  FROM plan p JOIN agency a ON a.id = p.agency_id WHERE p.id = ?""",
                (rs, n) -> new PlanHeader(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6)), planId);
    }

    private String scopeText(long planId, Timeline.Filter filter) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        if (Timeline.PLAN_ONLY.equals(filter.unit())) {
            parts.add("quy trình của kế hoạch");
        } else if (filter.unit() != null) {
            parts.add("đơn vị " + timeline.units(planId).stream().filter(o -> o.value().equals(filter.unit()))
                    .map(Timeline.Option::label).findFirst().orElse(filter.unit()));
        }
        if (filter.actor() != null) {
            parts.add("người thực hiện " + timeline.people(planId).stream().filter(o -> o.value().equals(filter.actor()))
                    .map(Timeline.Option::label).findFirst().orElse(filter.actor()));
        }
        if (filter.kind() != null) {
            parts.add("sự kiện " + vn.thidua.common.audit.AuditKind.valueOf(filter.kind()).label());
        }
        return parts.isEmpty() ? "toàn bộ kế hoạch và các đơn vị" : String.join(", ", parts);
    }

    private String printedBy(Official official) {
        return jdbc.query("SELECT full_name, position FROM person WHERE username = ?", (rs, n) -> rs.getString(1)
                + (rs.getString(2) == null ? "" : " (" + rs.getString(2) + ")"), official.userId()).stream().findFirst()
                .orElse(official.userId());
    }

    private static Timeline.Filter filter(String unit, String actor, String kind, int page) {
        String k = blankToNull(kind);
        if (k != null) {
            try {
                vn.thidua.common.audit.AuditKind.valueOf(k);
            } catch (IllegalArgumentException e) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Loại sự kiện không hợp lệ.");
            }
        }
        return new Timeline.Filter(blankToNull(unit), blankToNull(actor), k, Math.max(0, page));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy.");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(body);
    }
}
