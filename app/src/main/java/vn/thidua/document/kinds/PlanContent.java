package vn.thidua.document.kinds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.PlanSection;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.organisation.Agency;
import vn.thidua.common.text.VietnameseNumbers;
import vn.thidua.common.text.VietnameseText;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanService;
import vn.thidua.plan.PlanTarget;
import vn.thidua.plan.TargetResponsibility;

/** The Kế hoạch itself, with the structure and wording of its sections. */
@Component
class PlanContent implements SignedByTheHead {

    private final PlanService plans;
    private final OrgUnitRepository units;

    PlanContent(PlanService plans, OrgUnitRepository units) {
        this.plans = plans;
        this.units = units;
    }

    @Override
    public String kind() {
        return "KH";
    }

    @Override
    public String notation(Agency agency) {
        return "KH-UBND";
    }

    @Override
    public String title(Plan plan) {
        return plan.getTitle();
    }

    @Override
    public SignatureBlock headSignature(Plan plan) {
        return SignedByTheHead.planSigner(plan);
    }

    @Override
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn, SignatureBlock signature) {
        return new PlanDocument(Letterheads.header(agency, notation(agency), number, issuedOn), plan.getTitle(),
                withTargets(sections(plan), targetLines(plan)),
                signature,
                Letterheads.recipients(agency, plan.getRecipients()));
    }

    /**
     * The targets as the plan states them, one line each with who carries it out: the imported
     * sentence while the target is unchanged, else one written from its name and threshold.
     * Targets with the same sentence and units (the source plan states two in one) share a line.
     */
    List<String> targetLines(Plan plan) {
        List<OrgUnit> addressees = plans.addressees(plan);
        List<OrgUnit> agencyUnits = units.findByAgencyId(plan.getAgencyId());
        java.util.LinkedHashMap<String, String> lines = new java.util.LinkedHashMap<>();
        for (PlanTarget t : plan.getTargets()) {
            String sentence = sentence(t);
            String who = TargetResponsibility.of(t, addressees, agencyUnits).describe(agencyUnits);
            lines.putIfAbsent(sentence + "|" + who, "- " + sentence + " (đơn vị thực hiện: " + who + ").");
        }
        return List.copyOf(lines.values());
    }

    static String sentence(PlanTarget t) {
        String text = t.getText();
        if (text == null || text.isBlank()) {
            text = t.getName() + switch (t.getOperator()) {
                case AT_LEAST -> " đạt từ " + amount(t) + " trở lên";
                case MORE_THAN -> " đạt trên " + amount(t);
                case AT_MOST -> " không quá " + amount(t);
                case LESS_THAN -> " dưới " + amount(t);
                case EQUAL -> " đạt " + amount(t);
                case YES_NO -> "";
                case MEETS_PLAN -> " hoàn thành kế hoạch được giao";
            };
        }
        text = text.strip();
        while (text.endsWith(".") || text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    private static String amount(PlanTarget t) {
        String n = VietnameseNumbers.format(t.getThreshold());
        return t.getUnit() == null ? n : "%".equals(t.getUnit()) ? n + "%" : n + " " + t.getUnit();
    }

    /**
     * The plan's section on targets ("3. Các chỉ tiêu thi đua") keeps its introduction and gets
     * the target lines instead of its listed ones; a plan without such a section gets one.
     */
    static List<PlanSection> withTargets(List<PlanSection> sections, List<String> targetLines) {
        if (targetLines.isEmpty()) {
            return sections;
        }
        boolean[] placed = {false};
        List<PlanSection> result = sections.stream().map(s -> replaceTargets(s, targetLines, placed)).toList();
        if (placed[0]) {
            return result;
        }
        List<PlanSection> appended = new ArrayList<>(result);
        long headed = result.stream().filter(s -> s.heading() != null).count();
        appended.add(new PlanSection(roman((int) headed + 1) + ". CÁC CHỈ TIÊU THI ĐUA", targetLines, List.of()));
        return appended;
    }

    private static PlanSection replaceTargets(PlanSection section, List<String> targetLines, boolean[] placed) {
        if (!placed[0] && section.heading() != null && VietnameseText.fold(section.heading()).contains("chi tieu thi dua")
                && section.children().isEmpty()) {
            placed[0] = true;
            List<String> paragraphs = new ArrayList<>(section.paragraphs().stream().filter(p -> !p.strip().startsWith("-")).toList());
            paragraphs.addAll(targetLines);
            return new PlanSection(section.heading(), paragraphs, section.children());
        }
        if (section.children().isEmpty()) {
            return section;
        }
        return new PlanSection(section.heading(), section.paragraphs(),
                section.children().stream().map(c -> replaceTargets(c, targetLines, placed)).toList());
    }

    private static String roman(int n) {
        String[] r = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return n >= 1 && n <= r.length ? r[n - 1] : Integer.toString(n);
    }

    /** Our outline is flat with levels; the renderer wants the tree back. */
    static List<PlanSection> sections(Plan plan) {
        List<Node> roots = new ArrayList<>();
        Node[] open = new Node[4];
        for (vn.thidua.plan.PlanSection s : plan.getSections()) {
            Node node = new Node(s.heading(), s.paragraphs());
            int level = Math.max(0, Math.min(3, s.level()));
            Node parent = null;
            for (int l = level - 1; l >= 1 && parent == null; l--) {
                parent = open[l];
            }
            if (level <= 1 || parent == null) {
                roots.add(node);
            } else {
                parent.children.add(node);
            }
            if (level >= 1) {
                open[level] = node;
                for (int l = level + 1; l < open.length; l++) {
                    open[l] = null;
                }
            }
        }
        return roots.stream().map(Node::toSection).toList();
    }

    private static final class Node {
        final String heading;
        final List<String> paragraphs;
        final List<Node> children = new ArrayList<>();

        Node(String heading, List<String> paragraphs) {
            this.heading = heading;
            this.paragraphs = paragraphs;
        }

        PlanSection toSection() {
            return new PlanSection(heading, paragraphs, children.stream().map(Node::toSection).toList());
        }
    }
}
