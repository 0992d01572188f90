package vn.thidua.document;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The register as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads the file as
 * the ANSI code page and garbles Vietnamese), RFC 4180 quoting and CRLF line ends, a Vietnamese
 * header row, one row per document with the full SHA-256.
 */
final class RegisterCsv {

    static final List<String> HEADER = List.of("Sổ", "Số, ký hiệu", "Ngày ban hành", "Loại văn bản", "Trích yếu",
            "Người ký", "Người phát hành", "Nơi nhận", "SHA-256");

    private RegisterCsv() {
    }

    static byte[] write(RegisterView register) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADER);
        for (RegisterView.Sequence sequence : register.sequences()) {
            for (RegisterView.Row r : sequence.rows()) {
                line(out, List.of(sequence.name(), r.numberAndNotation(), r.issuedOnText(), r.kind(), r.subject(),
                        nullToEmpty(r.signer()), nullToEmpty(r.issuer()), nullToEmpty(r.recipients()), r.sha256()));
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    /**
     * RFC 4180: a field with a comma, quote or line break is quoted and its quotes doubled. A field
     * that Excel would run as a formula (=, +, -, @ first) gets a leading apostrophe (OWASP CSV
     * injection); the register's own values never start so, a typed trích yếu might.
     */
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

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
