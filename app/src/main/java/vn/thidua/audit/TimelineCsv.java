package vn.thidua.audit;

import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A plan's timeline for Excel, the house way (see the register's CSV): UTF-8 with a byte order
 * mark, RFC 4180 quoting, CRLF, a Vietnamese header, a leading apostrophe before anything Excel
 * would run as a formula. Times are Vietnam time, to the second.
 */
final class TimelineCsv {

    static final List<String> HEADER = List.of("Thời gian", "Nơi", "Sự kiện", "Bước", "Người thực hiện", "Tên đăng nhập",
            "Quyết định", "Ý kiến", "Chi tiết", "Mã văn bản");

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
    private final Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);

    TimelineCsv() {
        write("\uFEFF");
        line(HEADER);
    }

    void add(Timeline.Entry e) {
        line(List.of(AuditLabels.SECONDS.format(e.at()), e.where(), e.kindLabel(), nz(e.activity()), e.person(),
                nz(e.actorUsername()), nz(e.decision()), nz(e.comment()), nz(e.detail()),
                e.documentId() == null ? "" : e.documentId().toString()));
    }

    byte[] finish() {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    private void line(List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(field(fields.get(i)));
        }
        write(s.append("\r\n").toString());
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String field(String value) {
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
