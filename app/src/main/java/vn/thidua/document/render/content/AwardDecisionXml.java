package vn.thidua.document.render.content;

import java.util.List;
import vn.thidua.common.text.VietnameseDates;

/**
 * The data XML of an {@link AwardDecision} (Quyết định khen thưởng, with its annex), read by
 * {@code templates/decision.xsl}.
 */
final class AwardDecisionXml {

    private AwardDecisionXml() {
    }

    static void write(DocumentXml xml, AwardDecision decision) {
        XmlOut out = xml.out();
        xml.subject(decision.subject());
        out.element("power-holder", decision.powerHolder());
        out.start("bases");
        List<String> bases = decision.bases();
        for (int i = 0; i < bases.size(); i++) {
            out.element("basis", DocumentXml.stripListPunctuation(bases.get(i)) + (i == bases.size() - 1 ? "." : ";"));
        }
        out.end();
        xml.paragraphs("articles", decision.articles());
        xml.signature("signature", decision.signature());
        xml.recipients(decision.recipients());
        if (decision.annex() != null) {
            annex(xml, decision);
        }
    }

    /** "Kèm theo Quyết định số .../QĐ-UBND ngày ..." and the awarded, group by group. */
    private static void annex(DocumentXml xml, AwardDecision decision) {
        DocumentHeader h = decision.header();
        String date = h.date() == null ? DocumentXml.blankDate(h) : VietnameseDates.longForm(h.date());
        xml.out().start("annex")
                .element("title", decision.annex().title())
                .element("reference", "(Kèm theo Quyết định số " + h.number().display() + " " + date
                        + " của " + decision.annex().issuer() + ")");
        java.math.BigDecimal total = java.math.BigDecimal.ZERO;
        boolean amounts = false;
        for (AwardGroup group : decision.annex().groups()) {
            xml.out().start("group").element("heading", group.heading());
            xml.nominees("entries", group.entries());
            xml.out().end();
            for (Nominee n : group.entries()) {
                if (n.amount() != null) {
                    amounts = true;
                    total = total.add(n.amount());
                }
            }
        }
        if (amounts) {
            xml.out().element("total", DocumentXml.money(total));
        }
        xml.out().end();
    }
}
