package vn.thidua.document.kinds;

import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.document.OfficialDocument;
import vn.thidua.document.OfficialDocumentRepository;
import vn.thidua.organisation.Agency;
import vn.thidua.plan.Plan;

/**
 * How the plan's later documents cite it and each other, from what was issued: "Kế hoạch số
 * 50/KH-UBND ngày 19 tháng 9 năm 2025 của Ủy ban nhân dân phường Thạch Khôi về phát động đợt thi
 * đua …". Before the plan is issued (previews) the number and date are left out.
 */
@Component
class PlanCitation {

    private final OfficialDocumentRepository documents;

    PlanCitation(OfficialDocumentRepository documents) {
        this.documents = documents;
    }

    String plan(Agency agency, Plan plan) {
        return "Kế hoạch" + numberAndDate(issuedPlan(plan)) + " của Ủy ban nhân dân " + Letterheads.inText(agency) + " về "
                + lowerFirst(plan.getTitle());
    }

    /** The issued Tờ trình of the plan's awards, if there is one. */
    Optional<OfficialDocument> issuedSubmission(Plan plan) {
        return documents.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .filter(d -> "TTR".equals(d.getKind()) && d.getStatus() == OfficialDocument.Status.ISSUED)
                .reduce((a, b) -> b);
    }

    /** " số 50/KH-UBND ngày 19 tháng 9 năm 2025", or nothing for a document not issued. */
    static String numberAndDate(Optional<OfficialDocument> doc) {
        return doc.map(d -> " số " + d.numberAndNotation() + " " + VietnameseDates.longForm(d.getIssuedOn())).orElse("");
    }

    private Optional<OfficialDocument> issuedPlan(Plan plan) {
        return plan.getDocumentId() == null ? Optional.empty() : documents.findById(plan.getDocumentId())
                .filter(d -> d.getStatus() == OfficialDocument.Status.ISSUED);
    }

    static String lowerFirst(String s) {
        return s == null || s.isEmpty() ? "" : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
