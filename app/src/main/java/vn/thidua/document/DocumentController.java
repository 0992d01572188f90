package vn.thidua.document;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.organisation.WardAccess;
import vn.thidua.plan.Plan;
import vn.thidua.plan.PlanRepository;
import vn.thidua.security.Official;

/**
 * PDFs for the people of the agency that owns them (another ward's officials get 404, not a hint
 * that the document exists). Links in Tasklist forms lead here.
 */
@RestController
class DocumentController {

    private final OfficialDocumentRepository documents;
    private final PlanRepository plans;
    private final WardAccess wardAccess;
    private final PlanDocuments planDocuments;
    private final AwardDocuments awardDocuments;

    DocumentController(OfficialDocumentRepository documents, PlanRepository plans, WardAccess wardAccess,
            PlanDocuments planDocuments, AwardDocuments awardDocuments) {
        this.documents = documents;
        this.plans = plans;
        this.wardAccess = wardAccess;
        this.planDocuments = planDocuments;
        this.awardDocuments = awardDocuments;
    }

    /** Every certificate of an issued award decision in one PDF to print, one per page. */
    @GetMapping("/api/documents/{id}/certificates.pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> certificates(@PathVariable long id, @AuthenticationPrincipal Official official) {
        OfficialDocument decision = documents.findById(id).filter(d -> "QD".equals(d.getKind())).orElseThrow(DocumentController::notFound);
        requireAgency(official, decision.getAgencyId());
        byte[] pdf = awardDocuments.printableCertificates(id);
        if (pdf == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Quyết định chưa có giấy khen, danh hiệu nào.");
        }
        return pdf(pdf, "giay-khen-" + decision.numberAndNotation().replace('/', '-'), null);
    }

    @GetMapping("/api/documents/{id}/pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> document(@PathVariable long id, @AuthenticationPrincipal Official official) {
        OfficialDocument doc = documents.findById(id).orElseThrow(DocumentController::notFound);
        requireAgency(official, doc.getAgencyId());
        String name = doc.getNumber() == null ? "du-thao-" + doc.getId() : doc.numberAndNotation().replace('/', '-');
        return pdf(doc.getPdf(), name, doc.getSha256());
    }

    @GetMapping("/api/plans/{id}/draft.pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> planDraft(@PathVariable long id, @AuthenticationPrincipal Official official) {
        Plan plan = plans.findById(id).orElseThrow(DocumentController::notFound);
        requireAgency(official, plan.getAgencyId());
        return pdf(planDocuments.preview(plan, "KH"), "ke-hoach-du-thao-" + id, null);
    }

    @GetMapping("/api/plans/{id}/award-decision-draft.pdf")
    @Transactional(readOnly = true)
    ResponseEntity<byte[]> awardDecisionDraft(@PathVariable long id, @AuthenticationPrincipal Official official) {
        Plan plan = plans.findById(id).orElseThrow(DocumentController::notFound);
        requireAgency(official, plan.getAgencyId());
        return pdf(planDocuments.preview(plan, "QD"), "quyet-dinh-du-thao-" + id, null);
    }

    private void requireAgency(Official official, Long agencyId) {
        if (wardAccess.toAgency(official, agencyId) != WardAccess.Answer.ALLOWED) {
            throw notFound();
        }
    }

    private static ResponseEntity<byte[]> pdf(byte[] bytes, String name, String sha256) {
        ResponseEntity.BodyBuilder response = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name + ".pdf").build().toString());
        if (sha256 != null) {
            response.header("X-Document-SHA256", sha256);
        }
        return response.body(bytes);
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy văn bản.");
    }
}
