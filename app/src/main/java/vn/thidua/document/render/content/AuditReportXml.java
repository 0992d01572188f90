package vn.thidua.document.render.content;

/** The data XML of the {@link AuditReport} (Báo cáo nhật ký xử lý kế hoạch), read by {@code templates/audit-report.xsl}. */
final class AuditReportXml {

    /**
     * Rows per part; the template puts each part in a page-sequence of its own, which FOP lays out
     * and frees as soon as it ends (about 35 pages: a large report never holds more than that in
     * memory).
     */
    static final int ROWS_PER_PART = 500;

    private AuditReportXml() {
    }

    static void write(DocumentXml xml, AuditReport report) {
        XmlOut out = xml.out();
        out.element("title", report.heading())
                .element("plan", report.subject())
                .element("scope", report.scope())
                .element("printed-by", report.printedBy())
                .element("printed-at", report.printedAt());
        out.start("entries").attr("count", Integer.toString(report.entries().size()));
        int row = 0;
        for (AuditReport.Entry e : report.entries()) {
            if (row % ROWS_PER_PART == 0) {
                if (row > 0) {
                    out.end();
                }
                out.start("part");
            }
            row++;
            out.start("entry")
                    .element("time", e.time())
                    .element("where", e.where())
                    .element("event", e.event())
                    .element("person", breakable(e.person()))
                    .element("details", breakable(e.details()))
                    .end();
        }
        if (row > 0) {
            out.end();
        }
        out.end();
    }

    /**
     * FOP breaks lines only at spaces (no Vietnamese hyphenation): a SHA-256 or a request path in
     * an audit row would run out of its cell. A zero-width space after each "/" and every 16
     * characters of a long run lets it wrap; it prints nothing and copies as nothing visible.
     */
    static String breakable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            run = Character.isWhitespace(c) ? 0 : run + 1;
            if (run >= 16 || (c == '/' && run > 1)) {
                out.append('\u200B');
                run = 0;
            }
        }
        return out.toString();
    }
}
