package vn.thidua.award.history;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.award.AwardAccess;
import vn.thidua.security.Official;

/**
 * GET /api/award-history?q=nguyen van a&year=2025&page=0&size=50: the ward's officials and auditors
 * the whole ward, a unit head their own unit's awards (the same rule as the page).
 */
@RestController
class AwardHistoryController {

    private final AwardHistoryService history;
    private final AwardAccess access;

    AwardHistoryController(AwardHistoryService history, AwardAccess access) {
        this.history = history;
        this.access = access;
    }

    @GetMapping("/api/award-history")
    AwardHistoryService.Page search(@RequestParam(required = false) String q, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String agency, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @AuthenticationPrincipal Official official) {
        AwardAccess.HistoryScope scope = access.historyScope(official, agency);
        return history.search(scope.agency().getId(), new AwardHistoryService.Filter(q, year, null, scope.unitIds()), page, size);
    }
}
