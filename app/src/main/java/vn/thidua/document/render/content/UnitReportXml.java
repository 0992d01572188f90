package vn.thidua.document.render.content;

import vn.thidua.common.text.VietnameseDates;

/** The data XML of a {@link UnitReport} (a unit's Báo cáo), read by {@code templates/unit-report.xsl}. */
final class UnitReportXml {

    private UnitReportXml() {
    }

    static void write(DocumentXml xml, UnitReport report) {
        xml.subject(report.subject());
        xml.addressees(report.addressees());
        xml.out().start("launch")
                .element("date", VietnameseDates.shortForm(report.launch().launchedOn()))
                .element("form", DocumentXml.stripListPunctuation(report.launch().form()))
                .element("participants", orNull(report.launch().participants()))
                .element("theme", orNull(report.launch().theme()))
                .end();
        xml.results(report.results());
        xml.paragraphs("examples", report.outstandingExamples());
        xml.paragraphs("difficulties", report.difficulties());
        xml.paragraphs("proposals", report.proposals());
        xml.signature("signature", report.signature());
        xml.recipients(report.recipients());
    }

    /** The template adds the sentence's own punctuation. */
    private static String orNull(String text) {
        return text == null ? null : DocumentXml.stripListPunctuation(text);
    }
}
