package vn.thidua.document.kinds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
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
class AwardDecisionContent implements DocumentKindContent {

    private final AwardProposalRepository proposals;
    private final PlanCitation citation;

    AwardDecisionContent(AwardProposalRepository proposals, PlanCitation citation) {
        this.proposals = proposals;
        this.citation = citation;
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
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn) {
        return content(agency, plan, number, issuedOn, headSignature(plan));
    }

    @Override
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn, SignatureBlock signature) {
        List<Nominee> collectives = new ArrayList<>();
        List<Nominee> individuals = new ArrayList<>();
        for (AwardProposal p : approved(plan)) {
            Nominee n = new Nominee(p.getCandidateName(), p.getCandidateTitle(), p.getAwardType().label());
            (p.getCandidateKind() == AwardProposal.CandidateKind.COLLECTIVE ? collectives : individuals).add(n);
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
                : new DecisionAnnex("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG", "Chủ tịch UBND " + ward, groups);
        return new AwardDecision(Letterheads.header(agency, notation(agency), number, issuedOn), title(plan),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN " + agency.nameWithoutCommittee(), bases, articles,
                signature,
                Letterheads.recipients(agency, List.of("Như Điều 3", "Ban Thi đua - Khen thưởng thành phố")), annex);
    }

    List<AwardProposal> approved(Plan plan) {
        return proposals.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .filter(p -> p.getCouncilResult() == AwardProposal.CouncilResult.APPROVED)
                .toList();
    }
}
