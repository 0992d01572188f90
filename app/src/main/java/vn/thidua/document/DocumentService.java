package vn.thidua.document;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.function.IntFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.common.text.VietnameseDates;
import vn.thidua.organisation.Agency;

/** Keeps drafts and issues documents: number from the register, final render, bytes and hash frozen. */
@Service
public class DocumentService {

    private final OfficialDocumentRepository documents;
    private final DocumentRegister register;
    private final Clock clock;

    DocumentService(OfficialDocumentRepository documents, DocumentRegister register, Clock clock) {
        this.documents = documents;
        this.register = register;
        this.clock = clock;
    }

    @Transactional
    public OfficialDocument saveDraft(Long existingId, Long agencyId, Long planId, String kind, String title, byte[] pdf) {
        OfficialDocument doc = existingId == null ? null : documents.findById(existingId).orElse(null);
        if (doc == null) {
            doc = new OfficialDocument(agencyId, planId, kind, title, clock.instant());
        }
        doc.replaceDraft(pdf, sha256(pdf));
        return documents.save(doc);
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
        return documents.save(doc);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
