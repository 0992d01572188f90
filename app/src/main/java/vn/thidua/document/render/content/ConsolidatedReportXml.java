package vn.thidua.document.render.content;

/**
 * The data XML of a {@link ConsolidatedReport} (the ward's Báo cáo), read by
 * {@code templates/consolidated-report.xsl}.
 */
final class ConsolidatedReportXml {

    private ConsolidatedReportXml() {
    }

    static void write(DocumentXml xml, ConsolidatedReport report) {
        xml.subject(report.subject());
        xml.addressees(report.addressees());
        xml.paragraphs("introduction", report.introduction());
        xml.out().start("summary").attr("achieved", Long.toString(report.achievedCount()))
                .attr("total", Integer.toString(report.results().size())).end();
        xml.results(report.results());
        xml.out().start("body");
        xml.sections(report.sections());
        xml.out().end();
        xml.signature("signature", report.signature());
        xml.recipients(report.recipients());
    }
}
