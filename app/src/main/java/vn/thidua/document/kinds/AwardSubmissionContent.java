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
 * Tờ trình of the Phòng Văn hóa - Xã hội sending the round's candidates, as the specialist checked
 * them, to the Hội đồng Thi đua - Khen thưởng (step 7 of the plan's life): every proposal still
 * submitted, with its title and recipient. Only made when somebody is proposed.
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
        List<AwardProposal> approved = proposals.findByPlanIdAndStatusOrderByIdAsc(plan.getId(), AwardProposal.Status.SUBMITTED);
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
                List.of("Hội đồng Thi đua - Khen thưởng " + ward),
                List.of("Thực hiện " + citation.plan(agency, plan) + ";",
                        "Căn cứ đề nghị của các cơ quan, đơn vị và kết quả thẩm định hồ sơ đối với các tập thể, cá nhân"
                        + " có thành tích trong đợt thi đua năm " + plan.getYear() + ", Phòng Văn hóa - Xã hội kính trình Hội đồng"
                        + " Thi đua - Khen thưởng " + ward + " xét, đề nghị Chủ tịch Ủy ban nhân dân " + ward
                        + " khen thưởng như sau:"),
                collectives, individuals,
                List.of("Kính trình Hội đồng Thi đua - Khen thưởng " + ward + " xem xét./."),
                new SignatureBlock(null, "TRƯỞNG PHÒNG", null),
                Letterheads.recipients(agency, List.of("Như trên")));
    }
}
