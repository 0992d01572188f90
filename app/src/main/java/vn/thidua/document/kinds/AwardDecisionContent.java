package vn.thidua.document.kinds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.award.CashAwards;
import vn.thidua.document.render.content.AwardDecision;
import vn.thidua.document.render.content.AwardGroup;
import vn.thidua.document.render.content.DecisionAnnex;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.Nominee;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/** Quyết định khen thưởng of the chairman, with the approved candidates as its annex. */
@Component
class AwardDecisionContent implements SignedByTheHead {

    private final AwardProposalRepository proposals;
    private final PlanCitation citation;
    private final CashAwards cash;

    AwardDecisionContent(AwardProposalRepository proposals, PlanCitation citation, CashAwards cash) {
        this.proposals = proposals;
        this.citation = citation;
        this.cash = cash;
    }

    @Override
    public String kind() {
        return "QD";
    }

    @Override
    public String notation(Agency agency) {
        return "QĐ-UBND";
    }

    @Override
    public String title(Plan plan) {
        return "Về việc khen thưởng thành tích trong đợt thi đua năm " + plan.getYear();
    }

    @Override
    public SignatureBlock headSignature(Plan plan) {
        return new SignatureBlock(null, "CHỦ TỊCH", plan.getSignerName());
    }

    @Override
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn, SignatureBlock signature) {
        List<Nominee> collectives = new ArrayList<>();
        List<Nominee> individuals = new ArrayList<>();
        List<Nominee> households = new ArrayList<>();
        for (AwardProposal p : approved(plan)) {
            // Numbered by the sổ vàng: the number each certificate carries points to its line here.
            Nominee n = new Nominee(p.getCandidateName(), p.getCandidateTitle(), p.getAwardType().label(),
                    cash.amount(p.getAwardType()), p.getGoldBookNo() == null ? null : String.format("%02d", p.getGoldBookNo()));
            switch (p.getCandidateKind()) {
                case COLLECTIVE -> collectives.add(n);
                case HOUSEHOLD -> households.add(n);
                default -> individuals.add(n);
            }
        }
        String ward = Letterheads.inText(agency);
        // The Tờ trình is issued when the specialist sends the candidates to the council, before the decision.
        String submission = PlanCitation.numberAndDate(citation.issuedSubmission(plan));
        List<String> bases = List.of(
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng",
                "Căn cứ " + citation.plan(agency, plan),
                "Căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng " + ward,
                submission.isEmpty() ? "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội"
                        : "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội tại Tờ trình" + submission);
        List<String> articles = List.of(
                "Tặng Giấy khen, danh hiệu thi đua cho " + recipients(collectives.size(), individuals.size(), households.size())
                        + " đã có thành tích trong đợt thi đua năm " + plan.getYear()
                        + " (có danh sách kèm theo), kèm theo tiền thưởng theo quy định.",
                "Quyết định này có hiệu lực kể từ ngày ký.",
                "Chánh Văn phòng HĐND và UBND, Trưởng phòng Văn hóa - Xã hội, Thủ trưởng các cơ quan, đơn vị có liên quan"
                        + " và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.");
        List<AwardGroup> groups = new ArrayList<>();
        String[] roman = {"I", "II", "III"};
        for (var group : List.of(java.util.Map.entry("TẬP THỂ", collectives), java.util.Map.entry("CÁ NHÂN", individuals),
                java.util.Map.entry("HỘ GIA ĐÌNH", households))) {
            if (!group.getValue().isEmpty()) {
                groups.add(new AwardGroup(roman[groups.size()] + ". " + group.getKey(), group.getValue()));
            }
        }
        DecisionAnnex annex = groups.isEmpty() ? null
                : new DecisionAnnex(households.isEmpty() ? "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG"
                        : "DANH SÁCH TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC KHEN THƯỞNG", "Chủ tịch UBND " + ward, groups);
        return new AwardDecision(Letterheads.header(agency, notation(agency), number, issuedOn), title(plan),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN " + agency.nameWithoutCommittee(), bases, articles,
                signature,
                Letterheads.recipients(agency, List.of("Như Điều 3", "Ban Thi đua - Khen thưởng thành phố")), annex);
    }

    /** "1 tập thể, 2 cá nhân và 1 hộ gia đình". */
    static String recipients(int collectives, int individuals, int households) {
        List<String> parts = new ArrayList<>();
        if (collectives > 0) {
            parts.add(collectives + " tập thể");
        }
        if (individuals > 0) {
            parts.add(individuals + " cá nhân");
        }
        if (households > 0) {
            parts.add(households + " hộ gia đình");
        }
        if (parts.isEmpty()) {
            return "0 tập thể, cá nhân";
        }
        return parts.size() == 1 ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }

    /** The approved candidates in the order of the sổ vàng (the council's numbering), then by id. */
    List<AwardProposal> approved(Plan plan) {
        return proposals.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .filter(p -> p.getCouncilResult() == AwardProposal.CouncilResult.APPROVED)
                .sorted(java.util.Comparator.comparing((AwardProposal p) -> p.getGoldBookNo() == null ? Integer.MAX_VALUE
                        : p.getGoldBookNo()).thenComparing(AwardProposal::getId))
                .toList();
    }
}
