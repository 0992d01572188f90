package vn.thidua.document.render.content;

/** The data XML of a {@link PlanDocument} (Kế hoạch), read by {@code templates/plan.xsl}. */
final class PlanDocumentXml {

    private PlanDocumentXml() {
    }

    static void write(DocumentXml xml, PlanDocument plan) {
        xml.subject(plan.subject());
        xml.out().start("body");
        xml.sections(plan.sections());
        xml.out().end();
        xml.signature("signature", plan.signature());
        xml.recipients(plan.recipients());
    }
}
