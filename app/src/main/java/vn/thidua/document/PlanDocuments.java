package vn.thidua.document;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.plan.Plan;

/** The documents of a plan's life: the plan itself and the award decision. */
@Service
public class PlanDocuments {

    private final DocumentService documents;
    private final AgencyRepository agencies;
    private final PlanPdf pdf;
    private final Clock clock;

    PlanDocuments(DocumentService documents, AgencyRepository agencies, PlanPdf pdf, Clock clock) {
        this.documents = documents;
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
        Agency agency = agency(plan);
        OfficialDocument doc = new OfficialDocument(agency.getId(), plan.getId(), "KH", plan.getTitle(), clock.instant());
        return documents.issue(doc, agency, "KH-UBND", false, issuedOn, clerk,
                number -> pdf.plan(agency, plan, number, issuedOn));
    }

    public byte[] awardDecisionDraft(Plan plan) {
        return pdf.awardDecision(agency(plan), plan, null, null);
    }

    @Transactional
    public OfficialDocument issueAwardDecision(Plan plan, LocalDate issuedOn, String clerk) {
        Agency agency = agency(plan);
        String title = "Về việc khen thưởng thành tích trong đợt thi đua năm " + plan.getYear();
        OfficialDocument doc = new OfficialDocument(agency.getId(), plan.getId(), "QD", title, clock.instant());
        return documents.issue(doc, agency, "QĐ-UBND", false, issuedOn, clerk,
                number -> pdf.awardDecision(agency, plan, number, issuedOn));
    }

    private Agency agency(Plan plan) {
        return agencies.findById(plan.getAgencyId()).orElseThrow();
    }
}
