package vn.thidua.award.history;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.award.AwardAccess;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.organisation.Agency;
import vn.thidua.security.Official;

/**
 * Sổ theo dõi khen thưởng: every award the ward gave, searchable by name with or without
 * diacritics, by year and by the plan whose decision gave it, in Vietnamese order, each with its
 * decision and certificate. Who sees what is {@link AwardAccess#historyScope}; refusals are the
 * Vietnamese error page (ErrorPages).
 */
@Controller
class AwardHistoryPages {

    static final int PAGE_SIZE = 50;
    private static final Map<String, String> KINDS = Map.of("INDIVIDUAL", "Cá nhân", "COLLECTIVE", "Tập thể",
            "HOUSEHOLD", "Hộ gia đình");

    /**
     * One row as shown; the date in the dd/MM/yyyy a Vietnamese reader expects; {@code certificateAwaitsSignature}
     * for a certificate issued while its signer's USB token has not signed it yet.
     */
    record Row(long id, String recipient, String kind, String unit, String title, int year, String decisionNumber,
            String decisionDate, Integer goldBookNo, String certificateUrl, boolean certificateAwaitsSignature,
            String decisionUrl, Long planId) {
    }

    record Ward(String code, String name) {
    }

    private final AwardHistoryService history;
    private final AwardAccess access;

    AwardHistoryPages(AwardHistoryService history, AwardAccess access) {
        this.history = history;
        this.access = access;
    }

    @GetMapping("/app/khen-thuong")
    String page(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long plan, @RequestParam(required = false) String agency,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal Official official, Model model) {
        if (year != null && (year < 2000 || year > 2100)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Năm không hợp lệ: " + year + ".");
        }
        AwardAccess.HistoryScope scope = access.historyScope(official, agency);
        int current = Math.max(page, 0);
        AwardHistoryService.Page result = history.search(scope.agency().getId(),
                new AwardHistoryService.Filter(q, year, plan, scope.unitIds()), current, PAGE_SIZE);
        int pages = (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        model.addAttribute("user", official.userId());
        model.addAttribute("ward", new Ward(scope.agency().getCode(), name(scope.agency())));
        model.addAttribute("wards", access.historyWards(official).stream().map(a -> new Ward(a.getCode(), name(a))).toList());
        model.addAttribute("ownUnitOnly", !scope.wholeWard());
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("plan", plan);
        model.addAttribute("rows", result.items().stream().map(AwardHistoryPages::row).toList());
        model.addAttribute("total", result.total());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "award-history";
    }

    private static String name(Agency agency) {
        return agency.getShortName() != null ? agency.getShortName() : agency.getName();
    }

    private static Row row(AwardHistoryService.Entry e) {
        return new Row(e.id(), e.recipientName(), KINDS.getOrDefault(e.recipientKind(), e.recipientKind()), e.unitName(),
                e.awardLabel(), e.year(), e.decisionNumber(), VietnameseDates.numeric(e.decisionDate()), e.goldBookNo(),
                e.certificateUrl(), Boolean.FALSE.equals(e.certificateSigned()), e.decisionUrl(), e.planId());
    }
}
