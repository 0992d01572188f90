package vn.thidua.award.council;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.award.AwardAccess;
import vn.thidua.award.AwardRound;
import vn.thidua.award.AwardRoundService;
import vn.thidua.award.AwardSettings;
import vn.thidua.security.Official;

/**
 * What the council's task forms read (the ward's officials and council members only):
 *
 * <pre>
 * GET /api/award-rounds/{planId}/council                  the council from the organisation file, members needed
 * GET /api/award-rounds/{planId}/candidates?page=0&amp;size=20   the candidates in the council's order, paged
 * </pre>
 */
@RestController
class CouncilController {

    private final CouncilService council;
    private final CouncilCandidates candidates;
    private final AwardRoundService rounds;
    private final AwardAccess access;
    private final AwardSettings settings;

    CouncilController(CouncilService council, CouncilCandidates candidates, AwardRoundService rounds, AwardAccess access,
            AwardSettings settings) {
        this.council = council;
        this.candidates = candidates;
        this.rounds = rounds;
        this.access = access;
        this.settings = settings;
    }

    record Council(List<CouncilService.Member> members, int needed, String rule) {
    }

    @GetMapping("/api/award-rounds/{planId}/council")
    Council council(@PathVariable long planId, @AuthenticationPrincipal Official official) {
        AwardRound round = rounds.of(planId);
        access.readableAgency(official, round.getAgencyId());
        List<CouncilService.Member> members = council.members(round.getAgencyId());
        int size = members.size();
        int needed = Math.max(settings.quorumOf(size), settings.sessionAttendanceOf(size));
        return new Council(members, needed, "túc số " + settings.quorum() + ", phiên xét khen thưởng "
                + settings.sessionAttendancePercent() + "% thành viên");
    }

    @GetMapping("/api/award-rounds/{planId}/candidates")
    CouncilCandidates.Page candidates(@PathVariable long planId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal Official official) {
        access.readableAgency(official, rounds.of(planId).getAgencyId());
        return candidates.page(planId, page, size);
    }
}
