package vn.thidua.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thidua.award.AwardProposal;
import vn.thidua.award.AwardProposalRepository;
import vn.thidua.common.audit.AuditKind;
import vn.thidua.common.audit.AuditRecord;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.document.kinds.CertificateContent;
import vn.thidua.document.render.DocumentRenderer;
import vn.thidua.document.render.content.Certificate;
import vn.thidua.document.render.content.SignatureBlock;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.PersonRepository;
import vn.thidua.organisation.Role;
import vn.thidua.plan.Plan;

/**
 * The certificates of an issued award decision: one per approved candidate, in the form its award
 * takes, carrying the decision's number and date and the recipient's số sổ vàng; signed by whoever
 * signed the decision (same block: "CHỦ TỊCH", or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") and sealed by the
 * agency, as the decision is; and all of them as one printable PDF.
 */
@Component
class AwardCertificates {

    private static final Logger LOG = LoggerFactory.getLogger(AwardCertificates.class);

    /** The register's sequence key of a decision's certificates: they take no number of their own. */
    static String sequenceKey(OfficialDocument decision) {
        return "GK-" + decision.getId();
    }

    private final AwardProposalRepository proposals;
    private final CertificateContent content;
    private final DocumentRenderer renderer;
    private final OfficialDocumentRepository repository;
    private final DocumentSignatures signatures;
    private final AgencyRepository agencies;
    private final PersonRepository people;
    private final Clock clock;
    private final AuditTrail audit;

    AwardCertificates(AwardProposalRepository proposals, CertificateContent content, DocumentRenderer renderer,
            OfficialDocumentRepository repository, DocumentSignatures signatures, AgencyRepository agencies,
            PersonRepository people, Clock clock, AuditTrail audit) {
        this.proposals = proposals;
        this.content = content;
        this.renderer = renderer;
        this.repository = repository;
        this.signatures = signatures;
        this.agencies = agencies;
        this.people = people;
        this.clock = clock;
        this.audit = audit;
    }

    /**
     * One certificate per approved candidate of the plan, under the issued decision. Issued already
     * (a second call): the existing ones are returned, nothing is made twice.
     */
    List<OfficialDocument> issue(Plan plan, OfficialDocument decision) {
        List<OfficialDocument> existing = ofDecision(decision);
        if (!existing.isEmpty()) {
            return existing;
        }
        Agency agency = agencies.findById(plan.getAgencyId()).orElseThrow();
        DocumentSigner signer = signerOf(decision, agency);
        List<OfficialDocument> issued = new ArrayList<>();
        List<AwardProposal> approved = proposals.findByPlanIdOrderByIdAsc(plan.getId()).stream()
                .filter(p -> p.getCouncilResult() == AwardProposal.CouncilResult.APPROVED)
                .sorted(Comparator.comparing((AwardProposal p) -> p.getGoldBookNo() == null ? Integer.MAX_VALUE : p.getGoldBookNo())
                        .thenComparing(AwardProposal::getId))
                .toList();
        for (AwardProposal p : approved) {
            Certificate certificate = content.content(agency, plan, p, decision.getNumber(), decision.getIssuedOn(),
                    signer.block());
            OfficialDocument doc = new OfficialDocument(agency.getId(), plan.getId(), "GK",
                    certificate.title().replace(": Tặng ", ": "), clock.instant());
            doc.route(signer.name(), null);
            byte[] pdf = renderer.render(certificate);
            String unsignedBecause = "chưa xác định người ký";
            if (signer.username() != null) {
                doc.assignSigner(signer, decision.getDelegatedBy());
                SignedAndSealed done = signAndSeal(pdf, signer, agency);
                if (done.pdf() != null) {
                    pdf = done.pdf();
                    doc.signed(signer.username(), clock.instant(), pdf, DocumentService.sha256(pdf));
                }
                unsignedBecause = done.unsignedBecause();
            }
            doc.issue(sequenceKey(decision), p.getGoldBookNo() == null ? issued.size() + 1 : p.getGoldBookNo(),
                    decision.numberAndNotation(), decision.getIssuedOn(), decision.getIssuedBy(), clock.instant(), pdf,
                    DocumentService.sha256(pdf));
            OfficialDocument saved = repository.save(doc);
            if (saved.isSigned()) {
                signatures.recordVerification(saved);
            }
            audit.record(AuditRecord.of(AuditKind.DOCUMENT_ISSUED, plan.getId()).document(saved.getId())
                    .actor(decision.getIssuedBy()).permanent(true)
                    .detail(saved.getTitle() + " · sổ vàng " + saved.getNumber() + ", QĐ số " + decision.numberAndNotation()
                            + " · SHA-256 " + saved.getSha256()));
            if (!saved.isSigned()) {
                // An auditor must see that an issued certificate carries no signature yet, and why.
                audit.record(AuditRecord.of(AuditKind.CERTIFICATE_UNSIGNED, plan.getId()).document(saved.getId())
                        .actor(decision.getIssuedBy()).permanent(true)
                        .detail(saved.getTitle() + " · sổ vàng " + saved.getNumber() + ", QĐ số " + decision.numberAndNotation()
                                + " · chờ " + signer.name() + " ký số bằng thiết bị ký số (token) và đóng dấu: " + unsignedBecause));
            }
            issued.add(saved);
        }
        return issued;
    }

    /** The signed and sealed bytes, or null and the reason why not. */
    private record SignedAndSealed(byte[] pdf, String unsignedBecause) {
    }

    /**
     * The decision signer's signature with the server key, then the seal. A signer with only a USB
     * token has no server key: the certificate is issued unsigned (the decision's issue does not
     * fail for it) and waits for {@link CertificateSignatures}, which signs and seals it later.
     * Nothing is marked signed unless both succeeded: half a pair would be neither state.
     */
    private SignedAndSealed signAndSeal(byte[] pdf, DocumentSigner signer, Agency agency) {
        try {
            byte[] signed = signatures.signCertificate(pdf, signer);
            return new SignedAndSealed(signatures.sealCertificate(signed, agency.getId(), agency.getCode()), null);
        } catch (RuntimeException e) {
            LOG.warn("Certificate issued without signature and seal, waiting for {}'s token: {}", signer.username(),
                    e.getMessage());
            return new SignedAndSealed(null, e.getMessage());
        }
    }

    /** Whoever signed the decision, as its block reads; else the ward's chairman. */
    private DocumentSigner signerOf(OfficialDocument decision, Agency agency) {
        DocumentSigner signer = decision.signer();
        if (signer != null && decision.getSignedBy() != null && signer.username() != null) {
            return signer;
        }
        return people.findByAgencyId(agency.getId()).stream().filter(p -> p.hasRole(Role.CHAIRMAN)).findFirst()
                .map(p -> new DocumentSigner(p.getUsername(), null, "CHỦ TỊCH", p.getFullName()))
                .orElseGet(() -> new DocumentSigner(null, null, "CHỦ TỊCH", decision.getSignerName()));
    }

    /** The decision's certificates in the order of the sổ vàng. */
    List<OfficialDocument> ofDecision(OfficialDocument decision) {
        return repository.findByPlanIdAndKindOrderByIdAsc(decision.getPlanId(), "GK").stream()
                .filter(d -> sequenceKey(decision).equals(d.getSequenceKey()))
                .sorted(Comparator.comparing(OfficialDocument::getNumber))
                .toList();
    }

    /**
     * All the decision's certificates in one PDF to print, one per page as issued (A4 landscape).
     * Each page keeps the visible signature and seal, drawn into the page: the digital signatures
     * are those of each certificate's own file, which a merged file cannot carry.
     */
    byte[] printable(OfficialDocument decision) {
        List<OfficialDocument> certificates = ofDecision(decision);
        if (certificates.isEmpty()) {
            return null;
        }
        try (PDDocument merged = new PDDocument()) {
            PDFMergerUtility merger = new PDFMergerUtility();
            List<PDDocument> open = new ArrayList<>();
            try {
                for (OfficialDocument c : certificates) {
                    PDDocument one = Loader.loadPDF(c.getPdf());
                    open.add(one);
                    PDAcroForm form = one.getDocumentCatalog().getAcroForm(null);
                    if (form != null) {
                        form.flatten();
                        one.getDocumentCatalog().setAcroForm(null);
                    }
                    if (merged.getNumberOfPages() == 0) {
                        merged.getDocumentCatalog().setMetadata(one.getDocumentCatalog().getMetadata());
                        merged.getDocumentCatalog().getCOSObject().setItem(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS,
                                one.getDocumentCatalog().getCOSObject().getDictionaryObject(org.apache.pdfbox.cos.COSName.OUTPUT_INTENTS));
                    }
                    merger.appendDocument(merged, one);
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                merged.save(out);
                return out.toByteArray();
            } finally {
                for (PDDocument d : open) {
                    d.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
