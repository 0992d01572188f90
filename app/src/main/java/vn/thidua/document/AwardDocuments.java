package vn.thidua.document;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.council.CouncilService;
import vn.thidua.common.validation.InvalidInputException;
import vn.thidua.document.kinds.MinutesContent;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.content.CouncilMinutes;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;

/**
 * The award round's official documents, for the workflow to call:
 * <ol>
 * <li>{@link #minutes(Long)}: the Biên bản of a closed council meeting, drafted for the secretary's
 * and then the chair's signature (the same signing as every document:
 * {@link DocumentSignatures#signWithServerKey} or the token's prepare/complete, each by its own
 * login), then {@link #issueMinutes} numbers it in the council's sequence ("03/BB-HĐTĐKT") with
 * the agency's seal and enters it in the register;</li>
 * <li>the decision's annex with the cash per recipient is part of the Quyết định
 * ({@code PlanDocuments.draft(plan, "QD")});</li>
 * <li>{@link #certificates(Plan, OfficialDocument)}: one certificate per recipient when the decision is
 * issued (already called by the clerk's issue of the decision), and {@link #printableCertificates}
 * all of them in one PDF.</li>
 * </ol>
 */
@Service
public class AwardDocuments {

    private final MinutesContent minutesContent;
    private final CouncilService council;
    private final PlanRepository plans;
    private final AgencyRepository agencies;
    private final DocumentRenderer renderer;
    private final DocumentService documents;
    private final OfficialDocumentRepository repository;
    private final PlanDocuments planDocuments;
    private final AwardCertificates certificates;

    AwardDocuments(MinutesContent minutesContent, CouncilService council, PlanRepository plans, AgencyRepository agencies,
            DocumentRenderer renderer, DocumentService documents, OfficialDocumentRepository repository,
            PlanDocuments planDocuments, AwardCertificates certificates) {
        this.minutesContent = minutesContent;
        this.council = council;
        this.plans = plans;
        this.agencies = agencies;
        this.renderer = renderer;
        this.documents = documents;
        this.repository = repository;
        this.planDocuments = planDocuments;
        this.certificates = certificates;
    }

    /**
     * The Biên bản of a closed meeting as a draft awaiting two signatures: the council's secretary
     * ("THƯ KÝ", left) signs first, then its chair ("CHỦ TỊCH HỘI ĐỒNG", right). Called again while
     * nobody has signed, it renders the draft again (same row); once a signature is in it, or once
     * issued, the document is returned as it is.
     *
     * @throws InvalidInputException (400) if the meeting is not closed, or the council has no chair or
     *     secretary
     */
    @Transactional
    public OfficialDocument minutes(Long meetingId) {
        CouncilService.Meeting meeting = council.meeting(meetingId);
        if (!meeting.closed()) {
            throw new InvalidInputException("meeting", "Cuộc họp của Hội đồng chưa kết thúc: biên bản được lập khi đã có kết quả.");
        }
        Plan plan = plans.findById(meeting.planId()).orElseThrow();
        // This meeting's own Biên bản, once drafted; else the plan's latest if nobody has signed it yet
        // (drafted for an earlier meeting and returned before any signature: drafted again here).
        Long linked = council.minutesDocumentOf(meetingId);
        OfficialDocument existing = linked != null ? repository.findById(linked).orElse(null)
                : repository.findByPlanIdAndKindOrderByIdAsc(plan.getId(), MinutesContent.KIND).stream()
                        .reduce((a, b) -> b).filter(d -> !started(d)).orElse(null);
        if (existing != null && started(existing)) {
            return existing;
        }
        Agency agency = agencies.findById(plan.getAgencyId()).orElseThrow();
        MinutesContent.Signers signers = minutesContent.signers(agency.getId());
        DocumentSigner chair = new DocumentSigner(signers.chair().getUsername(), null, MinutesContent.CHAIR_TITLE,
                signers.chair().getFullName());
        DocumentSigner secretary = new DocumentSigner(signers.secretary().getUsername(), null, MinutesContent.SECRETARY_TITLE,
                signers.secretary().getFullName());
        CouncilMinutes content = minutesContent.content(agency, plan, meetingId, null, null, chair.block());
        byte[] pdf = renderer.render(content);
        OfficialDocument doc = documents.saveDraft(existing == null ? null : existing.getId(), agency.getId(), plan.getId(),
                MinutesContent.KIND, minutesContent.title(plan), pdf);
        doc.route(chair.name(), null);
        doc.assignSigner(chair, null);
        doc.assignFirstSigner(secretary);
        council.linkMinutesDocument(meetingId, doc.getId());
        return doc;
    }

    /** A Biên bản someone has signed, or that is issued, is kept as it is. */
    private static boolean started(OfficialDocument doc) {
        return doc.getStatus() == OfficialDocument.Status.ISSUED || doc.isSigned() || doc.getFirstSignedBy() != null;
    }

    /**
     * The clerk's issue of the signed Biên bản: a number of the council's sequence, the agency's
     * seal with number and date stamped over the blanks, the register. Refused (409) until both
     * the secretary and the chair have signed.
     */
    @Transactional
    public OfficialDocument issueMinutes(Long documentId, LocalDate issuedOn, String clerk) {
        OfficialDocument doc = repository.findById(documentId).filter(d -> MinutesContent.KIND.equals(d.getKind()))
                .orElseThrow(() -> new InvalidInputException("document", "Không tìm thấy biên bản họp Hội đồng."));
        if (doc.awaitedFirstSigner() != null) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Biên bản chưa có chữ ký của Thư ký Hội đồng, chưa thể cấp số và ban hành.");
        }
        return planDocuments.issue(plans.findById(doc.getPlanId()).orElseThrow(), documentId, issuedOn, clerk);
    }

    /** One certificate per recipient of the issued decision (idempotent: a second call returns the first ones). */
    @Transactional
    public List<OfficialDocument> certificates(Plan plan, OfficialDocument decision) {
        return certificates.issue(plan, decision);
    }

    /** The decision's certificates, in the order of the sổ vàng. */
    @Transactional(readOnly = true)
    public List<OfficialDocument> certificatesOf(OfficialDocument decision) {
        return certificates.ofDecision(decision);
    }

    /** All certificates of the decision in one PDF to print (one per page, A4 landscape); null if none. */
    @Transactional(readOnly = true)
    public byte[] printableCertificates(Long decisionId) {
        OfficialDocument decision = repository.findById(decisionId).filter(d -> "QD".equals(d.getKind()))
                .orElseThrow(() -> new InvalidInputException("document", "Không tìm thấy quyết định khen thưởng."));
        return certificates.printable(decision);
    }
}
