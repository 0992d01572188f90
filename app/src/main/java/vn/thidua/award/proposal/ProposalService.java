package vn.thidua.award.proposal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.AwardRound;
import vn.thidua.award.AwardRoundService;
import vn.thidua.award.AwardType;
import vn.thidua.award.Dossier;
import vn.thidua.award.rules.EligibilityFacts;
import vn.thidua.award.rules.EligibilityRules;
import vn.thidua.award.rules.EligibilityService;
import vn.thidua.campaign.UnitCampaign;
import vn.thidua.campaign.UnitCampaignRepository;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.common.validation.TextRules;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;

/**
 * A unit's proposals in a round: create, correct (also after the specialist returned one), withdraw;
 * the specialist returns one with a comment. Input is checked completely before anything is written:
 * a refusal is a list of Vietnamese messages and changes nothing.
 */
@Service
public class ProposalService {

    private final AwardProposalRepository proposals;
    private final AwardRoundService rounds;
    private final UnitCampaignRepository campaigns;
    private final PersonRepository people;
    private final EligibilityService eligibility;
    private final UnitResults results;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ProposalService(AwardProposalRepository proposals, AwardRoundService rounds, UnitCampaignRepository campaigns,
            PersonRepository people, EligibilityService eligibility, UnitResults results, Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.proposals = proposals;
        this.rounds = rounds;
        this.campaigns = campaigns;
        this.people = people;
        this.eligibility = eligibility;
        this.results = results;
        this.clock = clock;
    }

    /** A new proposal of {@code unit} (the unit its head leads, from the login) in the plan's round. */
    @Transactional
    public AwardProposal create(Long planId, OrgUnit unit, String user, ProposalInput input) {
        AwardRound round = rounds.of(planId);
        UnitCampaign campaign = campaigns.findByPlanIdAndUnitId(planId, unit.getId()).orElseThrow(() ->
                new InvalidInputException("unit", unit.getName() + " không tham gia kế hoạch này."));
        requireOpenForNew(round, campaign, unit);
        int position = proposals.findByPlanIdAndUnitIdOrderByIdAsc(planId, unit.getId()).size();
        Checked c = check(round, unit, input);
        AwardProposal p = new AwardProposal(planId, campaign.getId(), position, c.kind, c.name, c.title, c.type,
                c.achievement, user, clock.instant());
        p.describe(unit.getId(), c.personId, c.kind, c.name, c.title, c.gender, c.type, c.achievement, c.dossier,
                c.justification, clock.instant());
        proposals.save(p);
        recheck(round, p.getCandidateKey());
        return p;
    }

    /**
     * Corrects a proposal of the unit; a returned proposal becomes a draft the unit's task sends
     * again (also after the deadline: the specialist waits for it, until the round is sent to the
     * council).
     */
    @Transactional
    public AwardProposal update(Long proposalId, OrgUnit unit, ProposalInput input) {
        AwardProposal p = ownProposal(proposalId, unit);
        AwardRound round = rounds.of(p.getPlanId());
        rounds.requireOpenFor(round, p);
        if (p.getStatus() == AwardProposal.Status.WITHDRAWN) {
            throw new InvalidInputException("status", "Đề nghị đã rút: hãy tạo đề nghị mới.");
        }
        if (p.getStatus() == AwardProposal.Status.SUBMITTED) {
            throw new InvalidInputException("status", "Đề nghị đã gửi Ban Thi đua - Khen thưởng: chỉ sửa được khi bị trả lại"
                    + " để sửa. Muốn thôi đề nghị thì rút đề nghị.");
        }
        String oldKey = p.getCandidateKey();
        Checked c = check(round, unit, input);
        p.describe(unit.getId(), c.personId, c.kind, c.name, c.title, c.gender, c.type, c.achievement, c.dossier,
                c.justification, clock.instant());
        recheck(round, oldKey);
        recheck(round, p.getCandidateKey());
        return p;
    }

    @Transactional
    public AwardProposal withdraw(Long proposalId, OrgUnit unit) {
        AwardProposal p = ownProposal(proposalId, unit);
        rounds.requireOpenFor(rounds.of(p.getPlanId()), p);
        p.withdraw(clock.instant());
        recheck(rounds.of(p.getPlanId()), p.getCandidateKey());
        return p;
    }

    /** The specialist sends a proposal back to its unit with a required comment. */
    @Transactional
    public AwardProposal returnToUnit(Long proposalId, String comment) {
        AwardProposal p = proposals.findById(proposalId).orElseThrow(() -> new InvalidInputException("id", "Không tìm thấy đề nghị."));
        TextRules rules = new TextRules();
        String text = rules.text("comment", "Ý kiến trả lại", comment, 2000, true);
        if (p.getStatus() != AwardProposal.Status.SUBMITTED) {
            rules.problem("status", "Chỉ trả lại được đề nghị đang chờ thẩm định.");
        }
        AwardRound round = rounds.of(p.getPlanId());
        if (round.getCouncilMetAt() != null) {
            rules.problem("round", "Hội đồng Thi đua - Khen thưởng đã họp xét: không thể trả lại đề nghị.");
        }
        if (round.getSentToCouncilAt() != null) {
            rules.problem("round", "Danh sách đề nghị đã được trình Hội đồng Thi đua - Khen thưởng: không thể trả lại đề nghị.");
        }
        rules.throwIfAny();
        p.returnToUnit(text, clock.instant());
        events.publishEvent(new ProposalReturned(p.getPlanId(), p.getCampaignId(), p.getId()));
        return p;
    }

    /**
     * Published in the specialist's transaction when a proposal goes back to its unit: whatever
     * drives the unit's work (the unit's process) reopens it for the unit.
     */
    public record ProposalReturned(Long planId, Long campaignId, Long proposalId) {
    }

    /**
     * Refuses (400, nothing written) while a proposal of the unit is still returned and not yet
     * corrected: the unit corrects it (or withdraws it) before it completes its proposals.
     */
    @Transactional(readOnly = true)
    public void requireNoneReturned(Long planId, Long unitId) {
        List<String> returned = proposals.findByPlanIdAndUnitIdOrderByIdAsc(planId, unitId).stream()
                .filter(x -> x.getStatus() == AwardProposal.Status.RETURNED).map(AwardProposal::getCandidateName).toList();
        if (!returned.isEmpty()) {
            throw new InvalidInputException("proposals", "Đề nghị bị trả lại chưa được sửa và gửi lại: "
                    + String.join(", ", returned) + ". Hãy sửa (hoặc rút) rồi hoàn thành.");
        }
    }

    /**
     * The unit sends what it saved: called when the unit's own proposal task completes (the unit
     * found from the task, never from the completion's variables). Its drafts, new or corrected
     * after a return, go to the specialist and are evaluated with the round's submitted proposals.
     */
    @Transactional
    public int submitUnit(Long planId, Long unitId) {
        AwardRound round = rounds.of(planId);
        Instant now = clock.instant();
        campaigns.findByPlanIdAndUnitId(planId, unitId).ifPresent(c -> c.proposed(now));
        List<AwardProposal> sent = proposals.findByPlanIdAndUnitIdOrderByIdAsc(planId, unitId).stream()
                .filter(p -> p.submit(now)).toList();
        sent.stream().map(AwardProposal::getCandidateKey).distinct().forEach(key -> recheck(round, key));
        return sent.size();
    }

    /**
     * The specialist sends the round on only when no proposal is still with its unit: returned, or
     * corrected but not yet sent again by the unit.
     */
    @Transactional(readOnly = true)
    public void requireNoneReturnedInRound(Long planId) {
        List<String> returned = proposals.findByPlanIdAndReturnCommentIsNotNullOrderByIdAsc(planId).stream()
                .filter(AwardProposal::awaitsResubmission).map(AwardProposal::getCandidateName).toList();
        if (!returned.isEmpty()) {
            throw new InvalidInputException("proposals", "Còn đề nghị đã trả lại đơn vị, chưa được gửi lại: "
                    + String.join(", ", returned) + ". Chờ đơn vị sửa và gửi lại trước khi trình Hội đồng.");
        }
    }

    /**
     * A new proposal: refused after the deadline and once the round went to the council; and once
     * the unit has sent its proposals (its task completed), since it would be a draft nobody
     * sends, unless a return reopened the unit's work (a returned proposal may be replaced
     * by a new one, sent with the correction).
     */
    public void requireOpenForNew(AwardRound round, UnitCampaign campaign, OrgUnit unit) {
        rounds.requireOpenForUnits(round);
        if (campaign.getProposedAt() == null) {
            return;
        }
        boolean correcting = proposals.findByPlanIdAndUnitIdOrderByIdAsc(campaign.getPlanId(), unit.getId()).stream()
                .anyMatch(AwardProposal::awaitsResubmission);
        if (!correcting) {
            throw new InvalidInputException("round", unit.getName() + " đã gửi đề nghị khen thưởng ngày "
                    + VietnameseDates.numeric(LocalDate.ofInstant(campaign.getProposedAt(), VietnameseDates.VIETNAM))
                    + ": không thể thêm đề nghị mới.");
        }
    }

    public AwardProposal ownProposal(Long proposalId, OrgUnit unit) {
        Optional<AwardProposal> p = proposals.findById(proposalId);
        if (p.isEmpty() || !unit.getId().equals(p.get().getUnitId())) {
            throw new InvalidInputException("id", "Không tìm thấy đề nghị của " + unit.getName() + ".");
        }
        return p.get();
    }

    /**
     * Re-evaluates everything proposed for one name in the round (CSTĐCS depends on that person's
     * LĐTT): the submitted proposals among themselves, and each draft as it would stand once sent
     * (so the unit sees its rule result before sending), without a draft ever changing a submitted
     * proposal's result.
     */
    private void recheck(AwardRound round, String key) {
        if (key == null) {
            return;
        }
        List<AwardProposal> same = proposals.findByPlanIdAndCandidateKey(round.getPlanId(), key);
        List<AwardProposal> submitted = same.stream().filter(x -> x.getStatus() == AwardProposal.Status.SUBMITTED).toList();
        List<AwardProposal> withDrafts = same.stream().filter(x -> x.getStatus() == AwardProposal.Status.SUBMITTED
                || x.getStatus() == AwardProposal.Status.DRAFT).toList();
        evaluate(round, submitted, submitted);
        evaluate(round, withDrafts, withDrafts.stream().filter(x -> x.getStatus() == AwardProposal.Status.DRAFT).toList());
    }

    private void evaluate(AwardRound round, List<AwardProposal> among, List<AwardProposal> written) {
        if (written.isEmpty()) {
            return;
        }
        Map<Long, EligibilityService.Result> r = eligibility.evaluate(round.getAgencyId(), round.getYear(),
                among.stream().map(ProposalService::candidate).toList());
        written.forEach(x -> {
            EligibilityService.Result res = r.get(x.getId());
            x.ruleResult(res.eligible(), res.eligible() ? null : res.reasonsText(), res.decision(), res.ldttSameYear());
        });
    }

    static EligibilityService.Candidate candidate(AwardProposal p) {
        Dossier d = p.dossier();
        return new EligibilityService.Candidate(p.getId(), p.getAwardType().name(), p.getCandidateKind().name(),
                p.getCandidateKey(), p.getPersonId(), d.completionLevel(), d.recognisedInitiative(), d.disciplineLevel(),
                d.underInspection(), d.pendingComplaint(), d.ldttPercent(), d.disciplinedMembers());
    }

    private record Checked(AwardProposal.CandidateKind kind, Long personId, String name, String title, String gender,
            AwardType type, String achievement, Dossier dossier, String justification) {
    }

    private Checked check(AwardRound round, OrgUnit unit, ProposalInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "Thiếu nội dung đề nghị.");
        }
        TextRules rules = new TextRules();
        AwardProposal.CandidateKind kind = parse(AwardProposal.CandidateKind.class, in.kind(), rules, "kind",
                "Đối tượng (cá nhân, tập thể, hộ gia đình)");
        String name;
        String gender;
        Long personId = null;
        if (in.personId() != null) {
            Person person = people.findById(in.personId()).orElse(null);
            if (person == null || !unit.getId().equals(person.getUnitId())) {
                rules.problem("personId", "Người được chọn không thuộc " + unit.getName() + ".");
                name = null;
                gender = null;
            } else {
                personId = person.getId();
                name = person.getFullName();
                gender = person.getGender();
            }
        } else {
            name = rules.text("name", "Tên cá nhân/tập thể/hộ gia đình", in.name(), 200, true);
            gender = rules.text("gender", "Giới tính", in.gender(), 10, false);
            if (gender != null && !gender.equals("Nam") && !gender.equals("Nữ")) {
                rules.problem("gender", "Giới tính là \"Nam\" hoặc \"Nữ\".");
            }
        }
        String title = rules.text("title", "Chức vụ, đơn vị công tác", in.title(), 300, false);
        String achievement = rules.text("achievement", "Báo cáo thành tích", in.achievement(), 20000, false);
        String justification = rules.text("justification", "Giải trình", in.justification(), 4000, false);
        AwardType type = awardType(in.awardType(), kind, rules);
        String completion = in.completionLevel() == null || in.completionLevel().isBlank() ? null
                : parse(Dossier.Completion.class, in.completionLevel(), rules, "completionLevel", "Mức hoàn thành nhiệm vụ") == null
                        ? null : in.completionLevel();
        if (completion == null && type != null && type != AwardType.GIAY_KHEN && kind != AwardProposal.CandidateKind.HOUSEHOLD
                && type != AwardType.TO_DAN_PHO_VAN_HOA && !rules.hasProblems()) {
            rules.problem("completionLevel", "Mức hoàn thành nhiệm vụ là bắt buộc đối với danh hiệu " + type.label() + ".");
        }
        String discipline = in.disciplineLevel() == null || in.disciplineLevel().isBlank() ? Dossier.Discipline.KHONG.name()
                : parse(Dossier.Discipline.class, in.disciplineLevel(), rules, "disciplineLevel", "Hình thức kỷ luật") == null
                        ? null : in.disciplineLevel();
        Integer members = in.memberCount();
        if (kind == AwardProposal.CandidateKind.COLLECTIVE) {
            if (type == AwardType.TAP_THE_LAO_DONG_TIEN_TIEN && (members == null || members < 1)) {
                rules.problem("memberCount", "Số thành viên của tập thể là bắt buộc (từ 1 trở lên).");
            }
            countWithin(rules, "ldttCount", "Số thành viên đạt Lao động tiên tiến", in.ldttCount(), members);
            countWithin(rules, "womenCount", "Số thành viên nữ", in.womenCount(), members);
            countWithin(rules, "disciplinedMembers", "Số thành viên bị kỷ luật từ cảnh cáo", in.disciplinedMembers(), members);
        }
        if (in.unitVoteTotal() == null || in.unitVoteAgree() == null || in.unitVoteTotal() < 1 || in.unitVoteAgree() < 0
                || in.unitVoteAgree() > in.unitVoteTotal()) {
            rules.problem("unitVote", "Kết quả bình xét tại đơn vị: số đồng ý phải từ 0 đến tổng số người bỏ phiếu (ít nhất 1).");
        }
        if (kind == AwardProposal.CandidateKind.COLLECTIVE && justification == null
                && results.of(round.getPlanId(), unit.getId()).missedAny()) {
            rules.problem("justification", unit.getName() + " chưa đạt chỉ tiêu được giao trong kế hoạch: đề nghị danh hiệu tập thể"
                    + " phải kèm giải trình bằng văn bản để Hội đồng xem xét.");
        }
        rules.throwIfAny();
        Dossier dossier = new Dossier(completion, Boolean.TRUE.equals(in.recognisedInitiative()), discipline,
                Boolean.TRUE.equals(in.underInspection()), Boolean.TRUE.equals(in.pendingComplaint()), members,
                in.ldttCount(), in.womenCount(), in.disciplinedMembers(), in.unitVoteAgree(), in.unitVoteTotal());
        return new Checked(kind, personId, name, title, gender, type, achievement, dossier, justification);
    }

    /**
     * Unknown codes are refused as such; a title above the ward (Bằng khen, CSTĐ cấp tỉnh …) and a title
     * for the wrong kind of recipient are refused with the DMN table's own reason.
     */
    private AwardType awardType(String code, AwardProposal.CandidateKind kind, TextRules rules) {
        Optional<AwardType> type = AwardType.of(code);
        if (type.isEmpty() && AwardType.HigherTitle.of(code).isEmpty()) {
            rules.problem("awardType", "Hình thức khen thưởng không có trong danh mục: '" + (code == null ? "" : code) + "'.");
            return null;
        }
        if (kind == null) {
            return type.orElse(null);
        }
        List<EligibilityRules.Refusal> refusals = eligibility.check(new EligibilityFacts(code, kind.name(), null, false,
                false, "KHONG", false, false, null, null));
        refusals.stream().filter(EligibilityRules.Refusal::refusesTheProposal)
                .forEach(r -> rules.problem("awardType", r.reason()));
        return type.orElse(null);
    }

    private static void countWithin(TextRules rules, String field, String label, Integer value, Integer members) {
        if (value != null && (value < 0 || (members != null && value > members))) {
            rules.problem(field, label + " phải từ 0 đến số thành viên của tập thể.");
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, TextRules rules, String field, String label) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException | NullPointerException e) {
            rules.problem(field, label + " không hợp lệ: '" + (value == null ? "" : value) + "'.");
            return null;
        }
    }
}
