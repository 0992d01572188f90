package vn.thidua.document.kinds;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardProposal;
import vn.thidua.document.render.content.Certificate;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/** Giấy khen for one approved candidate, carrying the decision's number and date and its số sổ vàng. */
@Component
public class CertificateContent {

    public Certificate content(Agency agency, Plan plan, AwardProposal proposal, int decisionNumber, LocalDate decisionDate) {
        return new Certificate(Letterheads.header(agency, "QĐ-UBND", decisionNumber, decisionDate),
                "CHỦ TỊCH ỦY BAN NHÂN DÂN " + agency.nameWithoutCommittee(), proposal.getCandidateName(), proposal.getCandidateTitle(),
                proposal.getAchievement() + " trong đợt thi đua năm " + plan.getYear(),
                String.valueOf(proposal.getGoldBookNo()),
                new SignatureBlock(null, "CHỦ TỊCH", plan.getSignerName()));
    }
}
