package vn.thidua.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.content.AwardDecision;
import vn.thidua.document.render.content.AwardGroup;
import vn.thidua.document.render.content.DecisionAnnex;
import vn.thidua.document.render.content.DocumentHeader;
import vn.thidua.document.render.content.DocumentNumber;
import vn.thidua.document.render.content.Nominee;
import vn.thidua.document.render.content.PlanDocument;
import vn.thidua.document.render.content.PlanSection;
import vn.thidua.document.render.content.Recipients;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/** Fills the document records from a plan and renders them with FOP. */
@Component
class FopPlanPdf implements PlanPdf {

    /** Nơi nhận of the award decision (the register shows the same). */
    static final List<String> DECISION_RECIPIENTS = List.of("Như Điều 3", "Ban Thi đua - Khen thưởng thành phố");

    private final DocumentRenderer renderer;
    private final AwardProposalRepository proposals;

    FopPlanPdf(DocumentRenderer renderer, AwardProposalRepository proposals) {
        this.renderer = renderer;
        this.proposals = proposals;
    }

    @Override
    public byte[] plan(Agency agency, Plan plan, Integer number, LocalDate issuedOn) {
        return renderer.render(new PlanDocument(header(agency, plan, "KH-UBND", number, issuedOn), plan.getTitle(),
                sections(plan), new SignatureBlock(plan.getSignerAuthority(), plan.getSignerTitle(), plan.getSignerName()),
                recipients(agency, plan.getRecipients())));
    }

    @Override
    public byte[] awardDecision(Agency agency, Plan plan, Integer number, LocalDate issuedOn) {
        List<AwardProposal> approved = proposals.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .filter(p -> p.getCouncilResult() == AwardProposal.CouncilResult.APPROVED)
                .toList();
        List<Nominee> collectives = new ArrayList<>();
        List<Nominee> individuals = new ArrayList<>();
        for (AwardProposal p : approved) {
            Nominee n = new Nominee(p.getCandidateName(), p.getCandidateTitle(), p.getAwardType().label());
            (p.getCandidateKind() == AwardProposal.CandidateKind.COLLECTIVE ? collectives : individuals).add(n);
        }
        String place = agency.nameWithoutCommittee();
        List<String> bases = List.of(
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
                "Căn cứ Kế hoạch phát động đợt thi đua năm " + plan.getYear() + " của Ủy ban nhân dân " + lower(place),
                "Theo đề nghị của Hội đồng Thi đua - Khen thưởng " + lower(place));
        List<String> articles = List.of(
                "Tặng Giấy khen, danh hiệu thi đua cho " + collectives.size() + " tập thể và " + individuals.size()
                        + " cá nhân đã có thành tích trong đợt thi đua năm " + plan.getYear() + " (có danh sách kèm theo).",
                "Quyết định này có hiệu lực kể từ ngày ký.",
                "Chánh Văn phòng HĐND và UBND, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các cơ quan, đơn vị có liên quan"
                        + " và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.");
        List<AwardGroup> groups = new ArrayList<>();
        if (!collectives.isEmpty()) {
            groups.add(new AwardGroup("I. TẬP THỂ", collectives));
        }
        if (!individuals.isEmpty()) {
            groups.add(new AwardGroup((collectives.isEmpty() ? "I" : "II") + ". CÁ NHÂN", individuals));
        }
        DecisionAnnex annex = groups.isEmpty() ? null
                : new DecisionAnnex("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", "Chủ tịch UBND " + lower(place), groups);
        return renderer.render(new AwardDecision(header(agency, plan, "QĐ-UBND", number, issuedOn),
                "Về việc khen thưởng thành tích trong đợt thi đua năm " + plan.getYear(),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN " + place, bases, articles,
                new SignatureBlock(null, "CHỦ TỊCH", plan.getSignerName()),
                new Recipients(DECISION_RECIPIENTS, agency.getDraftingUnitAbbreviation()),
                annex));
    }

    private static DocumentHeader header(Agency agency, Plan plan, String notation, Integer number, LocalDate issuedOn) {
        DocumentNumber n = number == null ? DocumentNumber.draft(notation) : DocumentNumber.issued(number, notation);
        List<String> lines = List.of("ỦY BAN NHÂN DÂN", agency.nameWithoutCommittee());
        return new DocumentHeader(null, lines, n, agency.getPlace(), issuedOn,
                issuedOn == null ? VietnameseDates.today().getYear() : issuedOn.getYear());
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

    private static Recipients recipients(Agency agency, List<String> lines) {
        List<String> names = lines.stream().filter(l -> !l.startsWith("Lưu")).map(FopPlanPdf::trimPunctuation).toList();
        return new Recipients(names, agency.getDraftingUnitAbbreviation());
    }

    private static String trimPunctuation(String line) {
        String s = line.strip();
        while (s.endsWith(";") || s.endsWith(".")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static String lower(String agencyPlace) {
        // "PHƯỜNG THẠCH KHÔI" → "phường Thạch Khôi"
        String[] words = agencyPlace.toLowerCase(java.util.Locale.forLanguageTag("vi")).split(" ");
        StringBuilder out = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            out.append(' ').append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return out.toString();
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
