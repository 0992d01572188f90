package vn.thidua.document;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.common.audit.AuditKind;
import vn.thidua.common.audit.AuditRecord;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.document.kinds.DocumentKindContent;
import vn.thidua.document.kinds.ReminderContent;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.content.DocumentContent;
import vn.thidua.document.render.content.Recipients;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.Person;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.organisation.Role;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.plan.Plan;

/**
 * The documents of a plan's life. A document that needs the chairman's signature exists as a
 * draft row (re-rendered while the content changes) until the clerk issues it: then it gets its
 * number and date and its bytes are frozen.
 */
@Service
public class PlanDocuments {

    private final Map<String, DocumentKindContent> kinds;
    private final DocumentRenderer renderer;
    private final DocumentService documents;
    private final OfficialDocumentRepository repository;
    private final AgencyRepository agencies;
    private final AwardProposalRepository proposals;
    private final AwardCertificates certificates;
    private final ReminderContent reminders;
    private final PersonRepository people;
    private final DocumentSignatures signatures;
    private final Clock clock;
    private final AuditTrail audit;

    PlanDocuments(List<DocumentKindContent> kinds, DocumentRenderer renderer, DocumentService documents,
            OfficialDocumentRepository repository, AgencyRepository agencies, AwardProposalRepository proposals,
            AwardCertificates certificates, ReminderContent reminders, PersonRepository people,
            DocumentSignatures signatures, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.kinds = kinds.stream().collect(Collectors.toMap(DocumentKindContent::kind, Function.identity()));
        this.renderer = renderer;
        this.documents = documents;
        this.repository = repository;
        this.agencies = agencies;
        this.proposals = proposals;
        this.certificates = certificates;
        this.reminders = reminders;
        this.people = people;
        this.signatures = signatures;
        this.clock = clock;
    }

    /** Renders the plan's current draft of that kind (KH, BC, TTR, QD) and keeps it, replacing the previous draft. */
    @Transactional
    public OfficialDocument draft(Plan plan, String kind) {
        DocumentKindContent content = kind(kind);
        Agency agency = agency(plan);
        // A new draft goes to the head (the chairman) again, whoever signed or was to sign before.
        DocumentSigner signer = headSigner(content, plan, agency);
        byte[] pdf = renderer.render(signer == null ? content.content(agency, plan, null, null)
                : content.content(agency, plan, null, null, signer.block()));
        Long existing = repository.findFirstByPlanIdAndKindAndStatusOrderByIdDesc(plan.getId(), kind, OfficialDocument.Status.DRAFT)
                .map(OfficialDocument::getId).orElse(null);
        OfficialDocument doc = documents.saveDraft(existing, agency.getId(), plan.getId(), kind, content.title(plan), pdf);
        if (signer != null) {
            doc.assignSigner(signer, null);
        }
        return doc;
    }

    /**
     * The chairman hands the signature of a draft to a vice-chairman ("KT. CHỦ TỊCH"): the draft is
     * rendered again with the deputy's block (the image is placed there) and awaits the deputy's key.
     */
    @Transactional
    public OfficialDocument assignDeputy(Plan plan, Long documentId, String deputyLogin, String chairmanLogin) {
        OfficialDocument doc = repository.lockById(documentId).orElseThrow();
        DocumentKindContent content = kind(doc.getKind());
        Agency agency = agency(plan);
        SignatureBlock head = content.headSignature(plan);
        Person deputy = people.findByUsername(deputyLogin).filter(p -> p.getAgencyId().equals(agency.getId()))
                .filter(p -> p.hasRole(Role.VICE_CHAIRMAN)).orElseThrow(() -> new SignatureRefusedException(
                        SignatureRefusedException.Reason.INVALID, "Người được giao ký thay phải là Phó Chủ tịch UBND."));
        if (head == null) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.INVALID,
                    "Loại văn bản này không do Chủ tịch ký, không giao ký thay được.");
        }
        if (doc.isSigned() || doc.getStatus() != OfficialDocument.Status.DRAFT) {
            throw new SignatureRefusedException(SignatureRefusedException.Reason.CONFLICT,
                    "Văn bản đã được ký hoặc đã ban hành, không giao ký thay được.");
        }
        DocumentSigner signer = DocumentSigner.deputyFor(head, deputy.getUsername(), deputy.getFullName());
        byte[] pdf = renderer.render(content.content(agency, plan, null, null, signer.block()));
        documents.saveDraft(doc.getId(), agency.getId(), plan.getId(), doc.getKind(), doc.getTitle(), pdf);
        doc.assignSigner(signer, chairmanLogin);
        audit.record(AuditRecord.of(AuditKind.SIGNATURE_DELEGATED, plan.getId()).document(doc.getId()).actor(chairmanLogin)
                .detail("Giao " + deputy.getFullName() + " ký thay (KT. CHỦ TỊCH): " + doc.getTitle()));
        return doc;
    }

    /** The vice-chairmen of the plan's agency: who the chairman may hand a signature to. */
    @Transactional(readOnly = true)
    public List<Person> deputies(Long agencyId) {
        return people.findByAgencyId(agencyId).stream().filter(p -> p.hasRole(Role.VICE_CHAIRMAN)).toList();
    }

    private DocumentSigner headSigner(DocumentKindContent content, Plan plan, Agency agency) {
        SignatureBlock head = content.headSignature(plan);
        if (head == null) {
            return null;
        }
        return people.findByAgencyId(agency.getId()).stream().filter(p -> p.hasRole(Role.CHAIRMAN)).findFirst()
                .map(p -> new DocumentSigner(p.getUsername(), head.authority(), head.title(), p.getFullName()))
                .orElse(new DocumentSigner(null, head.authority(), head.title(), head.signerName()));
    }

    /**
     * The Phòng Văn hóa - Xã hội's Tờ trình sending the round's candidates to the council: numbered
     * in the register and dated the day the specialist sends it (the decision drafted after the
     * council cites it by number and date). Nothing when nobody is proposed or it is already issued.
     */
    @Transactional
    public OfficialDocument submitAwards(Plan plan, String by) {
        boolean approved = !proposals.findByPlanIdAndStatusOrderByIdAsc(plan.getId(), AwardProposal.Status.SUBMITTED).isEmpty();
        OfficialDocument already = repository.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .filter(d -> "TTR".equals(d.getKind()) && d.getStatus() == OfficialDocument.Status.ISSUED)
                .findFirst().orElse(null);
        if (!approved || already != null) {
            return already;
        }
        DocumentKindContent content = kind("TTR");
        Agency agency = agency(plan);
        LocalDate today = LocalDate.now(clock);
        OfficialDocument doc = repository.findFirstByPlanIdAndKindAndStatusOrderByIdDesc(plan.getId(), "TTR",
                OfficialDocument.Status.DRAFT).orElseGet(() -> new OfficialDocument(agency.getId(), plan.getId(), "TTR",
                content.title(plan), clock.instant()));
        return documents.issue(doc, agency, content.notation(agency), content.councilSequence(), today, by == null ? "he-thong" : by,
                number -> routedAndRendered(doc, content.content(agency, plan, number, today)));
    }

    /** A rendering of the draft that is not kept: previews before anything is submitted. */
    public byte[] preview(Plan plan, String kind) {
        return renderer.render(kind(kind).content(agency(plan), plan, null, null));
    }

    /**
     * The clerk's issue of a signed document: number from the register, then the agency signature
     * whose revision writes number and date over the signed draft's blanks (the signer's bytes are
     * kept, so the signer's signature stays valid); bytes and hash frozen, verification recorded.
     */
    @Transactional
    public OfficialDocument issue(Plan plan, Long documentId, LocalDate issuedOn, String clerk) {
        OfficialDocument doc = repository.lockById(documentId).orElseThrow();
        DocumentKindContent content = kind(doc.getKind());
        Agency agency = agency(plan);
        signatures.requireIntactSignature(doc);
        DocumentSigner signer = doc.signer();
        OfficialDocument issued = documents.issue(doc, agency, content.notation(agency), content.councilSequence(), issuedOn,
                clerk, number -> {
                    // The signed bytes are kept; the register still takes signer and recipients from what is printed.
                    route(doc, signer == null ? content.content(agency, plan, number, issuedOn)
                            : content.content(agency, plan, number, issuedOn, signer.block()));
                    return signatures.sealAtIssue(doc, agency.getCode(), number, issuedOn);
                });
        signatures.recordVerification(issued);
        return issued;
    }

    /**
     * One certificate per approved candidate, under the issued decision's number and date, in the
     * form its award takes, signed and sealed as the decision was (see {@link AwardDocuments}).
     */
    @Transactional
    public List<OfficialDocument> certificates(Plan plan, OfficialDocument decision) {
        return certificates.issue(plan, decision);
    }

    /**
     * A Công văn đôn đốc to a unit that missed a deadline: numbered from the register at once (the
     * system issues it on the deadline) for the specialist to send.
     */
    @Transactional
    public OfficialDocument reminder(Plan plan, OrgUnit unit, ReminderContent.Missed missed) {
        Agency agency = agency(plan);
        LocalDate today = LocalDate.now(clock);
        String reference = plan.getDocumentId() == null ? "" : repository.findById(plan.getDocumentId())
                .filter(d -> d.getStatus() == OfficialDocument.Status.ISSUED)
                .map(d -> " số " + d.numberAndNotation() + " ngày " + VietnameseDates.shortForm(d.getIssuedOn())).orElse("");
        OfficialDocument doc = new OfficialDocument(agency.getId(), plan.getId(), "CV", reminders.title(missed), clock.instant());
        doc.addressTo(unit.getId());
        return documents.issue(doc, agency, reminders.notation(agency), false, today, "he-thong",
                number -> routedAndRendered(doc, reminders.content(agency, plan, reference, unit, missed, number, today)));
    }

    /** The register shows who signs and who receives each document: taken from what is printed. */
    private byte[] routedAndRendered(OfficialDocument doc, DocumentContent content) {
        route(doc, content);
        return renderer.render(content);
    }

    private static void route(OfficialDocument doc, DocumentContent content) {
        Recipients recipients = content.recipients();
        String signer = content.signature() == null ? null : content.signature().signerName();
        doc.route(signer, recipients == null ? null : String.join("; ", recipients.names()));
    }

    private DocumentKindContent kind(String kind) {
        DocumentKindContent content = kinds.get(kind);
        if (content == null) {
            throw new IllegalArgumentException("No document kind " + kind);
        }
        return content;
    }

    private Agency agency(Plan plan) {
        return agencies.findById(plan.getAgencyId()).orElseThrow();
    }
}
