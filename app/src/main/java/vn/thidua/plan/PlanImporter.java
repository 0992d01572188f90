package vn.thidua.plan;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.validation.TextRules;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;

/** Creates a draft plan from the exchange format, validating everything before writing anything. */
@Service
public class PlanImporter {

    private final PlanRepository plans;
    private final OrgUnitRepository units;
    private final Clock clock;

    PlanImporter(PlanRepository plans, OrgUnitRepository units, Clock clock) {
        this.plans = plans;
        this.units = units;
        this.clock = clock;
    }

    @Transactional
    public Plan createDraft(Long agencyId, PlanData data, String createdBy) {
        TextRules rules = new TextRules();
        String title = rules.text("title", "Trích yếu", data.document() == null ? null : data.document().title(), 1000, true);
        String theme = rules.text("theme", "Chủ đề thi đua", data.theme(), 500, false);
        LocalDate launch = firstNonNull(data.launchDeadline(), deadline(data, "phát động"));
        LocalDate report = firstNonNull(data.reportDeadline(), deadline(data, "báo cáo"));
        LocalDate end = firstNonNull(data.campaignEnd(), deadline(data, "kết thúc"));
        LocalDate interim = deadline(data, "sơ kết");
        PlanRules.checkDeadlines(rules, launch, report, end);
        if (interim != null && launch != null && report != null && (!interim.isAfter(launch) || !interim.isBefore(report))) {
            rules.problem("deadlines", "Hạn báo cáo sơ kết phải sau hạn phát động và trước hạn báo cáo kết quả.");
        }
        List<PlanTarget> targets = PlanRules.targets(rules, data.targets());
        List<PlanSection> sections = new ArrayList<>();
        flatten(rules, data.sections(), 1, sections);
        List<PlanBasis> basis = new ArrayList<>();
        if (data.basis() != null) {
            for (int i = 0; i < data.basis().size(); i++) {
                PlanData.Basis b = data.basis().get(i);
                basis.add(new PlanBasis(rules.text("basis[" + i + "]", "Căn cứ " + (i + 1), b.text(), 2000, true),
                        rules.text("basis[" + i + "].reference", "Số hiệu căn cứ", b.reference(), 60, false), b.date(),
                        rules.text("basis[" + i + "].issuer", "Cơ quan ban hành căn cứ", b.issuer(), 200, false)));
            }
        }
        List<String> recipients = new ArrayList<>();
        if (data.recipients() != null) {
            for (int i = 0; i < data.recipients().size(); i++) {
                recipients.add(rules.text("recipients[" + i + "]", "Nơi nhận " + (i + 1), data.recipients().get(i), 300, true));
            }
        }
        rules.throwIfAny();

        Instant now = clock.instant();
        Plan plan = new Plan(agencyId, title, report.getYear(), launch, report, createdBy, now);
        plan.describe(title, theme, launch, report, end);
        plan.setInterimDeadline(interim);
        if (data.document() != null && data.document().signerTitle() != null) {
            plan.signBy(data.document().signerAuthority(), data.document().signerTitle(), data.document().signerName());
        }
        plan.getBasis().addAll(basis);
        plan.getSections().addAll(sections);
        plan.getRecipients().addAll(recipients);
        List<OrgUnit> agencyUnits = units.findByAgencyId(agencyId);
        plan.getAddresseeUnitIds().addAll(AddresseeExpansion.expand(data.units(), agencyUnits));
        List<OrgUnit> addressees = agencyUnits.stream().filter(u -> plan.getAddresseeUnitIds().contains(u.getId())).toList();
        for (int i = 0; i < targets.size(); i++) {
            PlanTarget target = targets.get(i);
            // "kind:tổ dân phố" = every addressed residential group.
            java.util.Set<Long> ids = TargetResponsibility.resolve(data.targets().get(i).responsibleUnits(), addressees,
                    agencyUnits, new ArrayList<>());
            if (ids != null) {
                target.getResponsibleUnitIds().addAll(ids);
            }
            plan.addTarget(target);
        }
        return plans.save(plan);
    }

    private static void flatten(TextRules rules, List<PlanData.Section> sections, int level, List<PlanSection> out) {
        if (sections == null) {
            return;
        }
        for (PlanData.Section s : sections) {
            int position = out.size();
            String heading = rules.text("sections[" + position + "].heading", "Đề mục", s.heading(), 500, false);
            List<String> paragraphs = new ArrayList<>();
            if (s.paragraphs() != null) {
                for (String p : s.paragraphs()) {
                    String cleaned = rules.text("sections[" + position + "]", "Đoạn văn", p, 20000, false);
                    if (cleaned != null) {
                        paragraphs.add(cleaned.replace('\n', ' '));
                    }
                }
            }
            out.add(new PlanSection(heading == null ? 0 : level, heading, String.join("\n", paragraphs)));
            flatten(rules, s.children(), level + 1, out);
        }
    }

    private static LocalDate deadline(PlanData data, String keyword) {
        if (data.deadlines() == null) {
            return null;
        }
        return data.deadlines().stream()
                .filter(d -> d.what() != null && d.what().toLowerCase().contains(keyword))
                .map(PlanData.Deadline::due)
                .findFirst()
                .orElse(null);
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }
}
