package vn.thidua.award.proposal;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.Dossier;

/** A proposal as the unit, the specialist and the council see it: dossier, rule result, the unit's measured results, files. */
@Component
public class ProposalViews {

    private final AwardProposalRepository proposals;
    private final UnitResults results;
    private final ProposalFiles files;

    ProposalViews(AwardProposalRepository proposals, UnitResults results, ProposalFiles files) {
        this.proposals = proposals;
        this.results = results;
        this.files = files;
    }

    public record View(Long id, Long planId, Long unitId, String kind, Long personId, String name, String title, String gender,
            String awardType, String awardLabel, String status, String returnComment, String achievement, Dossier dossier,
            String justification, Boolean ruleEligible, List<String> ruleReasons, UnitResults.Results unitResults,
            List<ProposalFiles.StoredFile> files, String councilResult, String councilNote) {
    }

    public record Page(List<View> items, int page, int size, long total) {
    }

    @Transactional(readOnly = true)
    public View view(AwardProposal p) {
        return new View(p.getId(), p.getPlanId(), p.getUnitId(), p.getCandidateKind().name(), p.getPersonId(),
                p.getCandidateName(), p.getCandidateTitle(), p.getGender(), p.getAwardType().name(), p.getAwardType().label(),
                p.getStatus().name(), p.getReturnComment(), p.getAchievement(), p.dossier(), p.getJustification(),
                p.getRuleEligible(), p.getRuleReasons() == null ? List.of() : List.of(p.getRuleReasons().split("\n")),
                p.getUnitId() == null ? null : results.of(p.getPlanId(), p.getUnitId()), files.of(p.getId()),
                p.getCouncilResult() == null ? null : p.getCouncilResult().name(), p.getCouncilNote());
    }

    @Transactional(readOnly = true)
    public Page page(Long planId, Long unitId, int page, int size) {
        return page(planId, unitId, AwardProposal.Status.SUBMITTED, page, size);
    }

    /** The round's proposals in one status (officials), or every proposal of one unit (its head). */
    @Transactional(readOnly = true)
    public Page page(Long planId, Long unitId, AwardProposal.Status status, int page, int size) {
        int safe = Math.max(1, Math.min(size, 200));
        AwardProposal.Status wanted = status == null ? AwardProposal.Status.SUBMITTED : status;
        List<AwardProposal> all = unitId == null
                ? proposals.findByPlanIdAndStatus(planId, wanted,
                        PageRequest.of(Math.max(page, 0), safe, Sort.by("id"))).getContent()
                : proposals.findByPlanIdAndUnitIdOrderByIdAsc(planId, unitId);
        long total = unitId == null ? proposals.countByPlanIdAndStatus(planId, wanted) : all.size();
        return new Page(all.stream().map(this::view).toList(), page, safe, total);
    }
}
