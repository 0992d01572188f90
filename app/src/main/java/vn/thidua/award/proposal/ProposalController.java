package vn.thidua.award.proposal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.ResponseEntity;
import vn.thidua.award.AwardAccess;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.AwardRound;
import vn.thidua.award.AwardRoundService;
import vn.thidua.award.rules.RoundCheckService;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.security.Official;

/**
 * Proposals over REST. A unit head acts for the unit they head (from the login; any unit id in the
 * request is ignored). The specialist lists every proposal of a round with its rule result, runs the
 * round check (rules + duplicates) and returns a proposal to its unit.
 *
 * <pre>
 * POST   /api/award-rounds/{planId}/proposals        unit head: new proposal (JSON ProposalInput) → 201
 * PUT    /api/award-proposals/{id}                   unit head: correct / resubmit a returned one
 * DELETE /api/award-proposals/{id}                   unit head: withdraw
 * POST   /api/award-proposals/{id}/files             unit head: multipart "file" (PDF, JPEG, PNG, DOCX) → 201
 * GET    /api/award-rounds/{planId}/unit             unit head: own unit, its people, its results, the deadline
 * GET    /api/award-rounds/{planId}/proposals        unit head: own unit's, drafts too; the ward's officials: the
 *                                                    submitted ones, paged (?page, size, status=RETURNED, unit, rule, q)
 * POST   /api/award-rounds/{planId}/check            specialist: rules for the whole round + duplicates
 * POST   /api/award-proposals/{id}/return            specialist: {"comment": "..."} back to the unit
 * </pre>
 */
@RestController
class ProposalController {

    private final ProposalService service;
    private final ProposalFiles files;
    private final ProposalViews views;
    private final AwardRoundService rounds;
    private final AwardProposalRepository proposals;
    private final RoundCheckService roundCheck;
    private final AwardAccess access;
    private final UnitCampaignRepository campaigns;
    private final PersonRepository people;
    private final UnitResults results;
    private final ProposalReview review;

    ProposalController(ProposalService service, ProposalFiles files, ProposalViews views, AwardRoundService rounds,
            AwardProposalRepository proposals, RoundCheckService roundCheck, AwardAccess access,
            UnitCampaignRepository campaigns, PersonRepository people, UnitResults results, ProposalReview review) {
        this.review = review;
        this.people = people;
        this.results = results;
        this.service = service;
        this.files = files;
        this.views = views;
        this.rounds = rounds;
        this.proposals = proposals;
        this.roundCheck = roundCheck;
        this.access = access;
        this.campaigns = campaigns;
    }

    @PostMapping("/api/award-rounds/{planId}/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    ProposalViews.View create(@PathVariable long planId, @RequestBody(required = false) ProposalInput body,
            @AuthenticationPrincipal Official official) {
        AwardRound round = rounds.of(planId);
        OrgUnit unit = access.headedUnit(official, round.getAgencyId());
        if (campaigns.findByPlanIdAndUnitId(planId, unit.getId()).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, unit.getName() + " không tham gia kế hoạch này.");
        }
        return views.view(service.create(planId, unit, official.userId(), body));
    }

    @PutMapping("/api/award-proposals/{id}")
    ProposalViews.View update(@PathVariable long id, @RequestBody(required = false) ProposalInput body,
            @AuthenticationPrincipal Official official) {
        return views.view(service.update(id, unitOf(official, id), body));
    }

    @DeleteMapping("/api/award-proposals/{id}")
    ProposalViews.View withdraw(@PathVariable long id, @AuthenticationPrincipal Official official) {
        return views.view(service.withdraw(id, unitOf(official, id)));
    }

    @PostMapping("/api/award-proposals/{id}/files")
    @ResponseStatus(HttpStatus.CREATED)
    ProposalFiles.StoredFile upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
            @AuthenticationPrincipal Official official) throws IOException {
        return files.upload(id, unitOf(official, id), official.userId(), file.getOriginalFilename(), file.getBytes());
    }

    /** A member of the unit, as the proposal form offers them (the organisation file's people of the unit). */
    record Member(Long id, String fullName, String position, String gender) {
    }

    /** What the unit head's proposal form needs: the unit, its people, its own results, the deadline. */
    /** {@code open}: new proposals and corrections; {@code correctable}: a returned proposal may still be corrected. */
    record UnitSheet(Long unitId, String unitName, String proposalDeadline, boolean open, boolean correctable,
            List<Member> members, UnitResults.Results results) {
    }

    @GetMapping("/api/award-rounds/{planId}/unit")
    UnitSheet unitSheet(@PathVariable long planId, @AuthenticationPrincipal Official official) {
        AwardRound round = rounds.of(planId);
        OrgUnit unit = access.headedUnit(official, round.getAgencyId());
        UnitCampaign campaign = campaigns.findByPlanIdAndUnitId(planId, unit.getId()).orElseThrow(() ->
                new ResponseStatusException(HttpStatus.FORBIDDEN, unit.getName() + " không tham gia kế hoạch này."));
        boolean open;
        try {
            service.requireOpenForNew(round, campaign, unit);
            open = true;
        } catch (InvalidInputException closed) {
            open = false;
        }
        List<Member> members = people.findByAgencyId(round.getAgencyId()).stream()
                .filter(p -> unit.getId().equals(p.getUnitId()))
                .map(p -> new Member(p.getId(), p.getFullName(), p.getPosition(), p.getGender())).toList();
        boolean correctable = round.getSentToCouncilAt() == null && round.getCouncilMetAt() == null;
        return new UnitSheet(unit.getId(), unit.getName(), round.getProposalDeadline().toString(), open, correctable, members,
                results.of(planId, unit.getId()));
    }

    /**
     * The ward's officials: the specialist's review, paged on the server (ProposalReview), with the
     * round's counts and its units; a unit head: every proposal of the unit they head, drafts too.
     */
    @GetMapping("/api/award-rounds/{planId}/proposals")
    ProposalReview.Page list(@PathVariable long planId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size, @RequestParam(defaultValue = "SUBMITTED") String status,
            @RequestParam(required = false) Long unit, @RequestParam(required = false) String rule,
            @RequestParam(required = false) String q, @AuthenticationPrincipal Official official) {
        AwardRound round = rounds.of(planId);
        try {
            access.readableAgency(official, round.getAgencyId());
        } catch (ResponseStatusException notAnOfficial) {
            OrgUnit own = access.headedUnit(official, round.getAgencyId());
            ProposalViews.Page mine = views.page(planId, own.getId(), null, page, size);
            return new ProposalReview.Page(mine.items(), mine.page(), mine.size(), mine.total(), null, List.of());
        }
        return review.page(planId, new ProposalReview.Filter(reviewStatus(status), unit, rule(rule), q), page, size);
    }

    private static AwardProposal.Status reviewStatus(String status) {
        if ("SUBMITTED".equals(status) || "RETURNED".equals(status)) {
            return AwardProposal.Status.valueOf(status);
        }
        throw new InvalidInputException("status", "Trạng thái không hợp lệ: '" + status
                + "' (chờ thẩm định: SUBMITTED, đã trả lại đơn vị: RETURNED).");
    }

    private static ProposalReview.Rule rule(String rule) {
        if (rule == null || rule.isBlank()) {
            return null;
        }
        try {
            return ProposalReview.Rule.valueOf(rule);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("rule", "Kết quả kiểm tra không hợp lệ: '" + rule
                    + "' (REFUSED, NEEDS_JUSTIFICATION, DUPLICATE).");
        }
    }

    @PostMapping("/api/award-rounds/{planId}/check")
    Map<String, Object> check(@PathVariable long planId, @AuthenticationPrincipal Official official) {
        access.requireSpecialist(official, rounds.of(planId).getAgencyId());
        RoundCheckService.RoundCheck c = roundCheck.check(planId);
        return Map.of("proposals", c.proposals(), "eligible", c.eligible(), "duplicates", c.duplicates());
    }

    record ReturnBody(String comment) {
    }

    @PostMapping("/api/award-proposals/{id}/return")
    ProposalViews.View returnToUnit(@PathVariable long id, @RequestBody(required = false) ReturnBody body,
            @AuthenticationPrincipal Official official) {
        AwardProposal p = proposals.findById(id).orElseThrow(() -> new InvalidInputException("id", "Không tìm thấy đề nghị."));
        access.requireSpecialist(official, rounds.of(p.getPlanId()).getAgencyId());
        return views.view(service.returnToUnit(id, body == null ? null : body.comment()));
    }

    /** Larger than even the servlet's multipart limit: the same Vietnamese refusal as our own limit. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.badRequest().body(Map.of("message", "Dữ liệu chưa hợp lệ.",
                "problems", List.of(Map.of("field", "file", "message", "Tệp tải lên quá lớn."))));
    }

    private OrgUnit unitOf(Official official, long proposalId) {
        AwardProposal p = proposals.findById(proposalId).orElseThrow(() -> new InvalidInputException("id", "Không tìm thấy đề nghị."));
        OrgUnit unit = access.headedUnit(official, rounds.of(p.getPlanId()).getAgencyId());
        if (!unit.getId().equals(p.getUnitId())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Đề nghị này không phải của " + unit.getName() + ".");
        }
        return unit;
    }
}
