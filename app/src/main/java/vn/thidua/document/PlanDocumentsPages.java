package vn.thidua.document;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.award.AwardAccess;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.WardAccess;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.security.Official;

/**
 * Every document a plan produced, whoever may read the ward's documents: the plan, reports,
 * Công văn đôn đốc, Tờ trình, Quyết định and each Giấy khen, issued or still a draft, with a link
 * to its PDF. Reached from the start page's list of the ward's plans.
 */
@Controller
class PlanDocumentsPages {

    record PlanRow(long id, String title, int year, String status) {
    }

    /** @param certificates an issued award decision with certificates: their one printable PDF is linked */
    record DocumentRow(long id, String kind, String number, String issuedOn, String title, boolean issued,
            boolean certificates) {
    }

    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final WardAccess wardAccess;
    private final JdbcTemplate jdbc;
    private final AwardAccess awardAccess;

    PlanDocumentsPages(PlanRepository plans, AgencyRepository agencies, WardAccess wardAccess, JdbcTemplate jdbc,
            AwardAccess awardAccess) {
        this.plans = plans;
        this.agencies = agencies;
        this.wardAccess = wardAccess;
        this.jdbc = jdbc;
        this.awardAccess = awardAccess;
    }

    @GetMapping("/app/ke-hoach")
    String plans(@AuthenticationPrincipal Official official, Model model) {
        String ward = wardAccess.defaultWard(official, List.of()).orElse(null);
        var agency = ward == null ? null : agencies.findByCode(ward).orElse(null);
        List<PlanRow> rows = agency == null ? List.of() : plans.findByAgencyIdOrderByIdDesc(agency.getId()).stream()
                .map(p -> new PlanRow(p.getId(), p.getTitle(), p.getYear(), p.getStatus().name())).toList();
        model.addAttribute("user", official.userId());
        model.addAttribute("plans", rows);
        return "plans";
    }

    @GetMapping("/app/ke-hoach/{id}/van-ban")
    String documents(@AuthenticationPrincipal Official official, @PathVariable long id, Model model) {
        Plan plan = plans.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (wardAccess.toAgency(official, plan.getAgencyId()) != WardAccess.Answer.ALLOWED) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy kế hoạch.");
        }
        // Columns only: the entity would load every PDF.
        java.util.Set<String> withCertificates = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT sequence_key FROM official_document WHERE plan_id = ? AND kind = 'GK'", String.class, id));
        List<DocumentRow> rows = jdbc.query("""
                SELECT id, kind, status, number, notation, issued_on, title FROM official_document
                 WHERE plan_id = ? ORDER BY id
                """, (rs, i) -> {
            boolean issued = "ISSUED".equals(rs.getString("status"));
            String kind = rs.getString("kind");
            String number = !issued ? "(dự thảo)" : "GK".equals(kind)
                    ? String.format("Sổ vàng %02d, QĐ số %s", rs.getInt("number"), rs.getString("notation"))
                    : String.format("%02d/%s", rs.getInt("number"), rs.getString("notation"));
            LocalDate on = rs.getObject("issued_on", LocalDate.class);
            return new DocumentRow(rs.getLong("id"), RegisterService.kindName(kind), number,
                    on == null ? "" : VietnameseDates.shortForm(on), rs.getString("title"), issued,
                    "QD".equals(kind) && withCertificates.contains("GK-" + rs.getLong("id")));
        }, id);
        model.addAttribute("user", official.userId());
        model.addAttribute("plan", new PlanRow(plan.getId(), plan.getTitle(), plan.getYear(), plan.getStatus().name()));
        model.addAttribute("documents", rows);
        // The decision's recipients in the award history, for those who may read it (a link that would answer 403 is not shown).
        model.addAttribute("awardHistoryWard", awardAccess.readableHistoryWard(official, plan.getAgencyId()).orElse(null));
        return "plan-documents";
    }
}
