package vn.thidua.document.render.content;

/**
 * What a document says, one record per document type. The renderer turns it into data XML and
 * then into a PDF through the type's template in {@code templates/}.
 */
public sealed interface DocumentContent
        permits PlanDocument, ReminderLetter, UnitReport, ConsolidatedReport, AwardProposal,
        CouncilMinutes, AwardDecision, Certificate {

    DocumentKind kind();

    /** Agency, number, place and date. */
    DocumentHeader header();

    /** Trích yếu: what the document is about ("Phát động đợt thi đua ..."). */
    String subject();

    /** Title for the PDF metadata: "Kế hoạch: Phát động đợt thi đua ...". */
    default String title() {
        return kind().displayName() + ": " + subject();
    }
}
