package vn.thidua.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.common.validation.ConflictException;
import vn.thidua.common.validation.TextRules;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;

/** Changes to a plan made by people: editing the draft and review decisions. */
@Service
public class PlanService {

    public static final String APPROVE = "approve";
    public static final String RETURN = "return";

    private final PlanRepository plans;
    private final PlanReviewRepository reviews;
    private final PersonRepository people;
    private final vn.thidua.organisation.OrgUnitRepository units;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanReviewRepository reviews, PersonRepository people,
            vn.thidua.organisation.OrgUnitRepository units, Clock clock) {
        this.plans = plans;
        this.reviews = reviews;
        this.people = people;
        this.units = units;
        this.clock = clock;
    }

    /** The units the plan addresses (every unit of the agency when it names none), in the organisation's order. */
    @Transactional
    public List<vn.thidua.organisation.OrgUnit> addressees(Plan plan) {
        List<vn.thidua.organisation.OrgUnit> all = units.findByAgencyId(plan.getAgencyId());
        java.util.Set<Long> addressed = plan.getAddresseeUnitIds();
        return addressed.isEmpty() ? all : all.stream().filter(u -> addressed.contains(u.getId())).toList();
    }

    public record DraftInput(String title, String theme, LocalDate launchDeadline, LocalDate reportDeadline,
            LocalDate campaignEnd, List<PlanData.Target> targets) {
    }

    @Transactional
    public Plan updateDraft(Long planId, DraftInput input) {
        Plan plan = plans.findById(planId).orElseThrow();
        if (plan.getStatus() != PlanStatus.DRAFT) {
            throw new ConflictException("Kế hoạch không còn ở trạng thái dự thảo.");
        }
        TextRules rules = new TextRules();
        String title = rules.text("title", "Trích yếu", input.title(), 1000, true);
        String theme = rules.text("theme", "Chủ đề thi đua", input.theme(), 500, false);
        PlanRules.checkDeadlines(rules, input.launchDeadline(), input.reportDeadline(), input.campaignEnd());
        List<PlanTarget> edited = input.targets() == null ? null : PlanRules.targets(rules, input.targets());
        java.util.Map<String, java.util.Set<Long>> responsible = new java.util.HashMap<>();
        if (input.targets() != null) {
            List<vn.thidua.organisation.OrgUnit> addressees = addressees(plan);
            List<vn.thidua.organisation.OrgUnit> agencyUnits = units.findByAgencyId(plan.getAgencyId());
            for (int i = 0; i < input.targets().size(); i++) {
                PlanData.Target t = input.targets().get(i);
                List<String> unknown = new java.util.ArrayList<>();
                java.util.Set<Long> ids = TargetResponsibility.resolve(t.responsibleUnits(), addressees, agencyUnits, unknown);
                if (!unknown.isEmpty()) {
                    rules.problem("targets[" + i + "].units", "Chỉ tiêu " + (i + 1) + ": không có đơn vị nào thuộc \""
                            + String.join("\", \"", unknown) + "\" trong các đơn vị thực hiện Kế hoạch.");
                } else if (ids != null && ids.isEmpty() && !t.responsibleUnits().isEmpty()) {
                    rules.problem("targets[" + i + "].units", "Chỉ tiêu " + (i + 1) + ": hãy chọn ít nhất một đơn vị thực hiện.");
                }
                if (ids != null && t.code() != null) {
                    responsible.put(t.code().strip(), ids);
                }
            }
        }
        rules.throwIfAny();
        plan.describe(title, theme, input.launchDeadline(), input.reportDeadline(), input.campaignEnd());
        if (edited != null) {
            mergeTargets(plan, edited);
            for (PlanTarget target : plan.getTargets()) {
                java.util.Set<Long> ids = responsible.get(target.getCode());
                if (ids != null) {
                    target.getResponsibleUnitIds().clear();
                    target.getResponsibleUnitIds().addAll(ids);
                }
            }
        }
        plan.setStatus(PlanStatus.IN_REVIEW);
        return plan;
    }

    /** Existing targets keep their ids (reports refer to them); new codes are added, missing ones removed. */
    private static void mergeTargets(Plan plan, List<PlanTarget> edited) {
        plan.getTargets().removeIf(t -> edited.stream().noneMatch(e -> e.getCode().equals(t.getCode())));
        for (PlanTarget e : edited) {
            plan.getTargets().stream().filter(t -> t.getCode().equals(e.getCode())).findFirst()
                    .ifPresentOrElse(t -> t.update(e.getName(), e.getOperator(), e.getThreshold(), e.getUnit()),
                            () -> plan.addTarget(e));
        }
    }

    /** Records a decision; a return needs a comment. Nothing is written when the input is refused. */
    @Transactional
    public PlanReview review(Long planId, String stage, String decision, String comment, String reviewer) {
        TextRules rules = new TextRules();
        if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
            rules.problem("decision", "Hãy chọn \"Đồng ý\" hoặc \"Trả lại\".");
        }
        String cleaned = rules.text("comment", "Ý kiến", comment, 4000, RETURN.equals(decision));
        rules.throwIfAny();
        return reviews.save(new PlanReview(planId, stage, decision, cleaned, reviewer, clock.instant()));
    }

    @Transactional
    public void moveTo(Long planId, PlanStatus status) {
        plans.findById(planId).orElseThrow().setStatus(status);
    }

    /** The review history as one line per decision, newest last, for forms and pages. */
    @Transactional(readOnly = true)
    public String historyText(Long planId) {
        return historyText(planId, stage -> true);
    }

    /** The history of the given steps only (a task key each): the report's review shows its own. */
    @Transactional(readOnly = true)
    public String historyText(Long planId, Collection<String> stages) {
        return historyText(planId, stages::contains);
    }

    private String historyText(Long planId, Predicate<String> stages) {
        DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(VietnameseDates.VIETNAM);
        List<PlanReview> list = reviews.findByPlanIdOrderByIdAsc(planId).stream().filter(r -> stages.test(r.getStage())).toList();
        if (list.isEmpty()) {
            return "chưa có";
        }
        return list.stream()
                .map(r -> f.format(r.getReviewedAt()) + " " + personLabel(r.getReviewer()) + ": "
                        + (RETURN.equals(r.getDecision()) ? "trả lại — " + r.getComment() : "đồng ý"
                        + (r.getComment() == null ? "" : " — " + r.getComment())))
                .collect(Collectors.joining("; "));
    }

    /** "Vũ Thị Thu Hằng (Phó Chủ tịch UBND)" for a login: people are named, not shown by login. */
    @Transactional(readOnly = true)
    public String personLabel(String login) {
        if (login == null) {
            return "";
        }
        return people.findByUsername(login).map(PlanService::label).orElse(login);
    }

    private static String label(Person p) {
        String position = p.getPosition();
        return position == null || position.isBlank() ? p.getFullName() : p.getFullName() + " (" + position + ")";
    }
}
