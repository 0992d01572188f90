package vn.thidua.document;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.document.render.content.OutgoingRegister;

/**
 * One agency's Sổ đăng ký văn bản đi for a year, as read from the issued documents: one list per
 * numbering sequence ("Sổ chung", or one per type, and the council's), rows in number order.
 */
public record RegisterView(String agencyCode, String agencyName, int year, List<Sequence> sequences) {

    public RegisterView {
        sequences = List.copyOf(sequences);
    }

    public boolean isEmpty() {
        return sequences.isEmpty();
    }

    /** @param key the register_sequence key: "ALL", a type ("KH") or "HDTDKT" */
    public record Sequence(String key, String name, List<Row> rows) {
        public Sequence {
            rows = List.copyOf(rows);
        }
    }

    /**
     * @param documentId for the link to the issued PDF
     * @param issuer     the clerk's full name (their login if unknown)
     */
    public record Row(long documentId, String numberAndNotation, LocalDate issuedOn, String kind, String subject,
                      String signer, String issuer, String recipients, String sha256) {

        /** "05/01/2026". */
        public String issuedOnText() {
            return issuedOn.format(OutgoingRegister.DATE);
        }

        public String shortSha256() {
            return toEntry().shortSha256();
        }

        OutgoingRegister.Entry toEntry() {
            return new OutgoingRegister.Entry(numberAndNotation, issuedOn, kind, subject, signer, issuer, recipients, sha256);
        }
    }
}
