package vn.thidua.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.IntFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.audit.AuditKind;
import vn.thidua.common.audit.AuditRecord;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.organisation.Agency;

/** Keeps drafts and issues documents: number from the register, final render, bytes and hash frozen. */
@Service
public class DocumentService {

    private final OfficialDocumentRepository documents;
    private final DocumentRegister register;
    private final Clock clock;
    private final DocumentVersions versions;
    private final AuditTrail audit;

    DocumentService(OfficialDocumentRepository documents, DocumentRegister register, Clock clock, DocumentVersions versions,
            AuditTrail audit) {
        this.documents = documents;
        this.register = register;
        this.clock = clock;
        this.versions = versions;
        this.audit = audit;
    }

    @Transactional
    public OfficialDocument saveDraft(Long existingId, Long agencyId, Long planId, String kind, String title, byte[] pdf) {
        OfficialDocument doc = existingId == null ? null : documents.findById(existingId).orElse(null);
        if (doc == null) {
            doc = new OfficialDocument(agencyId, planId, kind, title, clock.instant());
        }
        doc.replaceDraft(pdf, sha256(pdf));
        OfficialDocument saved = documents.save(doc);
        // Re-rendering replaces the draft's bytes: the earlier ones stay as a version.
        versions.add(saved, DocumentVersions.Stage.DRAFT, null);
        audit.record(AuditRecord.of(AuditKind.DOCUMENT_DRAFTED, saved.getPlanId()).document(saved.getId())
                .detail(saved.getKind() + ": " + saved.getTitle() + " · SHA-256 " + saved.getSha256()));
        return saved;
    }

    /**
     * Issues a document: takes the next number of its sequence, renders the final PDF with that
     * number and date, and freezes bytes and SHA-256. All in the caller's transaction, so a failed
     * render gives the number back.
     *
     * @throws DocumentAlreadyIssuedException if the document already has a number; checked on the
     *         row under a lock, before the register is touched, so no number is consumed and two
     *         clerks issuing the same draft at once cannot both succeed
     */
    @Transactional
    public OfficialDocument issue(OfficialDocument draft, Agency agency, String notation, boolean council, LocalDate issuedOn,
            String user, IntFunction<byte[]> renderWithNumber) {
        OfficialDocument doc = draft.getId() == null ? draft
                : documents.lockById(draft.getId()).orElseThrow(() -> new IllegalArgumentException(
                        "Không tìm thấy văn bản " + draft.getId() + "."));
        if (doc.getStatus() == OfficialDocument.Status.ISSUED) {
            throw new DocumentAlreadyIssuedException("Văn bản số " + doc.numberAndNotation() + " đã được phát hành "
                    + VietnameseDates.longForm(doc.getIssuedOn()) + "; không cấp số lần thứ hai.");
        }
        if (doc != draft && draft.getSignerName() != null) {
            doc.route(draft.getSignerName(), draft.getRecipients());
        }
        String key = DocumentRegister.sequenceKey(agency, doc.getKind(), council);
        int number = register.nextNumber(agency.getId(), issuedOn.getYear(), key);
        byte[] pdf = renderWithNumber.apply(number);
        doc.issue(key, number, notation, issuedOn, user, clock.instant(), pdf, sha256(pdf));
        OfficialDocument saved = documents.save(doc);
        recordIssue(saved, user);
        return saved;
    }

    /**
     * The issued bytes as a version, and the number and the issue in the audit trail. Both are
     * kept for ever: the register is permanent whatever the plan's retention.
     */
    private void recordIssue(OfficialDocument doc, String user) {
        String actor = SYSTEM.equals(user) ? null : user;
        versions.add(doc, DocumentVersions.Stage.ISSUED, user);
        AuditRecord base = AuditRecord.of(AuditKind.NUMBER_TAKEN, doc.getPlanId()).document(doc.getId()).actor(actor).permanent(true);
        audit.recordAll(java.util.List.of(
                base.detail("Số " + doc.numberAndNotation() + " · sổ " + doc.getSequenceKey() + " năm " + doc.getYear()),
                AuditRecord.of("CV".equals(doc.getKind()) ? AuditKind.OVERDUE_LETTER : AuditKind.DOCUMENT_ISSUED, doc.getPlanId())
                        .document(doc.getId()).actor(actor).permanent(true)
                        .detail(doc.getKind() + " số " + doc.numberAndNotation() + " ngày "
                                + VietnameseDates.shortForm(doc.getIssuedOn()) + ": " + doc.getTitle() + " · SHA-256 " + doc.getSha256())));
    }

    /** The issuer name the job executor uses for what the system numbers by itself (Công văn đôn đốc). */
    static final String SYSTEM = "he-thong";

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
