package vn.thidua.document.render.content;

/**
 * What a document says, one record per document type. The renderer turns it into data XML and
 * then into a PDF through the type's template in {@code templates/}.
 */
public sealed interface DocumentContent
        permits PlanDocument, ReminderLetter, UnitReport, ConsolidatedReport, AwardProposal,
        CouncilMinutes, AwardDecision, Certificate, OutgoingRegister, AuditReport {

    DocumentKind kind();

    /** Agency, number, place and date. */
    DocumentHeader header();

    /** Trích yếu: what the document is about ("Phát động đợt thi đua ..."). */
    String subject();

    /** Title for the PDF metadata: "Kế hoạch: Phát động đợt thi đua ...". */
    default String title() {
        return kind().displayName() + ": " + subject();
    }

    /** How the document is cited, "50/KH-UBND"; {@code null} for a draft, which has no number yet. */
    default String reference() {
        return header().number().isDraft() ? null : header().number().display();
    }

    /** The signature block, for documents with one signer (records with a {@code signature} component answer it). */
    default SignatureBlock signature() {
        return null;
    }

    /** "Nơi nhận", for documents that have one (records with a {@code recipients} component answer it). */
    default Recipients recipients() {
        return null;
    }

    /** PDF keywords: "Kế hoạch số 50/KH-UBND", or just the type for a draft. */
    default String keywords() {
        return reference() == null ? kind().displayName() : kind().displayName() + " số " + reference();
    }
}
