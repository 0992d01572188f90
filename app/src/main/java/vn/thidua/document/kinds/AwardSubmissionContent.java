package vn.thidua.document.kinds;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.DocumentHeader;
import vn.thidua.document.render.content.DocumentNumber;
import vn.thidua.document.render.content.Nominee;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/**
 * Tờ trình of the Phòng Văn hóa - Xã hội asking the chairman to award the candidates the council
 * approved (step 7 of the plan's life). Only made when the council approved somebody.
 */
@Component
class AwardSubmissionContent implements DocumentKindContent {

    private final AwardProposalRepository proposals;
    private final PlanCitation citation;

    AwardSubmissionContent(AwardProposalRepository proposals, PlanCitation citation) {
        this.proposals = proposals;
        this.citation = citation;
    }

    @Override
    public String kind() {
        return "TTR";
    }

    @Override
    public String notation(Agency agency) {
        return "TTr-" + agency.getDraftingUnitAbbreviation();
    }

    @Override
    public String title(Plan plan) {
        return "Đề nghị khen thưởng thành tích trong đợt thi đua năm " + plan.getYear();
    }

    @Override
    public DocumentContent content(Agency agency, Plan plan, Integer number, LocalDate issuedOn) {
        List<AwardProposal> approved = proposals.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .filter(p -> p.getCouncilResult() == AwardProposal.CouncilResult.APPROVED).toList();
        List<Nominee> collectives = approved.stream().filter(p -> p.getCandidateKind() == AwardProposal.CandidateKind.COLLECTIVE)
                .map(p -> new Nominee(p.getCandidateName(), p.getCandidateTitle(), p.getAwardType().label())).toList();
        List<Nominee> individuals = approved.stream().filter(p -> p.getCandidateKind() == AwardProposal.CandidateKind.INDIVIDUAL)
                .map(p -> new Nominee(p.getCandidateName(), p.getCandidateTitle(), p.getAwardType().label())).toList();
        String ward = Letterheads.inText(agency);
        DocumentNumber n = number == null ? DocumentNumber.draft(notation(agency)) : DocumentNumber.issued(number, notation(agency));
        DocumentHeader header = new DocumentHeader("ỦY BAN NHÂN DÂN " + agency.nameWithoutCommittee(),
                List.of("PHÒNG VĂN HÓA - XÃ HỘI"), n, agency.getPlace(), issuedOn,
                issuedOn == null ? VietnameseDates.today().getYear() : issuedOn.getYear());
        return new vn.thidua.document.render.content.AwardProposal(header, title(plan),
                List.of("Chủ tịch Ủy ban nhân dân " + ward),
                List.of("Thực hiện " + citation.plan(agency, plan) + ";",
                        "Căn cứ kết quả bình xét của Hội đồng Thi đua - Khen thưởng " + ward + " đối với các tập thể, cá nhân"
                        + " có thành tích trong đợt thi đua năm " + plan.getYear() + ", Phòng Văn hóa - Xã hội kính trình Chủ tịch"
                        + " Ủy ban nhân dân " + ward + " xem xét, quyết định khen thưởng như sau:"),
                collectives, individuals,
                List.of("Kính trình Chủ tịch Ủy ban nhân dân " + ward + " xem xét, quyết định./."),
                new SignatureBlock(null, "TRƯỞNG PHÒNG", null),
                Letterheads.recipients(agency, List.of("Như trên")));
    }
}
