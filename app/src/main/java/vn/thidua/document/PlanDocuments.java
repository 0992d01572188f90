package vn.thidua.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import vn.thidua.common.text.VietnameseDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.plan.Plan;

/** The documents of a plan's life: the plan itself and the award decision. */
@Service
public class PlanDocuments {

    private final DocumentService documents;
    private final OfficialDocumentRepository issued;
    private final AgencyRepository agencies;
    private final PlanPdf pdf;
    private final Clock clock;

    PlanDocuments(DocumentService documents, OfficialDocumentRepository issued, AgencyRepository agencies, PlanPdf pdf,
            Clock clock) {
        this.documents = documents;
        this.issued = issued;
        this.agencies = agencies;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The draft as reviewers see it: no number, date left blank for the clerk. */
    public byte[] draft(Plan plan) {
        return pdf.plan(agency(plan), plan, null, null);
    }

    @Transactional
    public OfficialDocument issuePlan(Plan plan, LocalDate issuedOn, String clerk) {
        refuseSecondIssue(plan, "KH");
        Agency agency = agency(plan);
        OfficialDocument doc = new OfficialDocument(agency.getId(), plan.getId(), "KH", plan.getTitle(), clock.instant());
        doc.route(plan.getSignerName(), recipientsLine(plan.getRecipients()));
        return documents.issue(doc, agency, "KH-UBND", false, issuedOn, clerk,
                number -> pdf.plan(agency, plan, number, issuedOn));
    }

    public byte[] awardDecisionDraft(Plan plan) {
        return pdf.awardDecision(agency(plan), plan, null, null);
    }

    @Transactional
    public OfficialDocument issueAwardDecision(Plan plan, LocalDate issuedOn, String clerk) {
        refuseSecondIssue(plan, "QD");
        Agency agency = agency(plan);
        String title = "Về việc khen thưởng thành tích trong đợt thi đua năm " + plan.getYear();
        OfficialDocument doc = new OfficialDocument(agency.getId(), plan.getId(), "QD", title, clock.instant());
        doc.route(plan.getSignerName(), String.join("; ", FopPlanPdf.DECISION_RECIPIENTS));
        return documents.issue(doc, agency, "QĐ-UBND", false, issuedOn, clerk,
                number -> pdf.awardDecision(agency, plan, number, issuedOn));
    }

    /**
     * Each issue creates a new document row, so a repeated call (a retried task, a second click)
     * would otherwise give the same plan a second number. Refused before the register is touched.
     */
    private void refuseSecondIssue(Plan plan, String kind) {
        issued.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .filter(d -> d.getStatus() == OfficialDocument.Status.ISSUED && kind.equals(d.getKind()))
                .findFirst()
                .ifPresent(d -> {
                    throw new DocumentAlreadyIssuedException("Văn bản này đã được phát hành với số " + d.numberAndNotation()
                            + " " + VietnameseDates.longForm(d.getIssuedOn()) + "; không cấp số lần thứ hai.");
                });
    }

    /** "Nơi nhận" for the register: the receiving bodies, without the file copy line "Lưu: VT, ...". */
    static String recipientsLine(List<String> lines) {
        return lines.stream()
                .map(l -> l.strip().replaceFirst("^[-–•]\\s*", "").replaceFirst("[;.,]+$", "").strip())
                .filter(l -> !l.isEmpty() && !l.startsWith("Lưu"))
                .collect(Collectors.joining("; "));
    }

    private Agency agency(Plan plan) {
        return agencies.findById(plan.getAgencyId()).orElseThrow();
    }
}
