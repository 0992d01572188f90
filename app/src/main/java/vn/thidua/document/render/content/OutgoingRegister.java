package vn.thidua.document.render.content;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Sổ đăng ký văn bản đi of one agency and year (NĐ 30 Điều 16, Phụ lục IV), printed A4 landscape:
 * one table per numbering sequence, rows in number order.
 *
 * <p>A register is not itself issued, so its header has no số/ký hiệu: build the header with
 * {@link #header(String, List, String, LocalDate)}. Its date is the day it was printed.
 *
 * @param year      the register's year
 * @param sequences the agency's sequences of that year, e.g. one "Sổ chung" and the council's
 */
public record OutgoingRegister(DocumentHeader header, int year, List<Sequence> sequences) implements DocumentContent {

    /** Dates in the register's table: "05/01/2026". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public OutgoingRegister {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(header.date(), "header.date (the day the register is printed)");
        sequences = Lists.copyOrEmpty(sequences);
    }

    /** Letterhead of a register: the agency, and the place and day of printing; no number. */
    public static DocumentHeader header(String parentAgency, List<String> agencyLines, String place, LocalDate printedOn) {
        return new DocumentHeader(parentAgency, agencyLines, DocumentNumber.draft(""), place, printedOn);
    }

    /**
     * @param name    "Sổ chung", "Kế hoạch (KH)", "Hội đồng Thi đua - Khen thưởng"
     * @param entries in number order
     */
    public record Sequence(String name, List<Entry> entries) {
        public Sequence {
            Objects.requireNonNull(name, "name");
            entries = Lists.copyOrEmpty(entries);
        }
    }

    /**
     * One issued document.
     *
     * @param signer     người ký; {@code null} if not recorded
     * @param issuer     the clerk who numbered and issued it
     * @param recipients nơi nhận, "; "-separated; {@code null} if not recorded
     */
    public record Entry(String numberAndNotation, LocalDate issuedOn, String kind, String subject, String signer,
                        String issuer, String recipients, String sha256) {
        public Entry {
            Objects.requireNonNull(numberAndNotation, "numberAndNotation");
            Objects.requireNonNull(issuedOn, "issuedOn");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(sha256, "sha256");
        }

        /** The first 12 hex digits: enough to match a printed row to a file, short enough for a cell. */
        public String shortSha256() {
            return sha256.length() <= 12 ? sha256 : sha256.substring(0, 12);
        }
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.REGISTER;
    }

    @Override
    public String subject() {
        return "năm " + year;
    }

    /** "SỔ ĐĂNG KÝ VĂN BẢN ĐI NĂM 2026". */
    public String heading() {
        return kind().typeName() + " NĂM " + year;
    }

    @Override
    public String reference() {
        return kind().displayName() + " năm " + year;
    }

    @Override
    public String keywords() {
        return reference();
    }

    public int entryCount() {
        return sequences.stream().mapToInt(s -> s.entries().size()).sum();
    }
}
