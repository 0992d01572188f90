package vn.thidua.document.render.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The letterhead of every document (NĐ 30, ô 2–4).
 *
 * @param parentAgency the directly superior body, printed upright and not bold above the agency
 *                     name (e.g. "UBND PHƯỜNG THẠCH KHÔI" above a school); {@code null} if none
 * @param agencyLines  the issuing agency's name as it should break, bold: "ỦY BAN NHÂN DÂN",
 *                     "PHƯỜNG THẠCH KHÔI"
 * @param number       số và ký hiệu
 * @param place        địa danh, e.g. "Thạch Khôi"
 * @param date         the issue date; {@code null} while a draft, when the line reads
 *                     "ngày     tháng     năm 2025" with the year of {@code draftYear}
 * @param draftYear    the year printed on a draft without a date (ignored once dated)
 */
public record DocumentHeader(String parentAgency, List<String> agencyLines, DocumentNumber number,
                             String place, LocalDate date, int draftYear) {

    public DocumentHeader {
        agencyLines = List.copyOf(Objects.requireNonNull(agencyLines, "agencyLines"));
        if (agencyLines.isEmpty()) {
            throw new IllegalArgumentException("The agency name needs at least one line");
        }
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(place, "place");
    }

    /** A dated, numbered header. */
    public DocumentHeader(String parentAgency, List<String> agencyLines, DocumentNumber number,
                          String place, LocalDate date) {
        this(parentAgency, agencyLines, number, place, date,
                Objects.requireNonNull(date, "date (use the draftYear constructor for drafts)").getYear());
    }

    /** The agency on one line, for metadata: "ỦY BAN NHÂN DÂN PHƯỜNG THẠCH KHÔI". */
    public String agencyName() {
        return String.join(" ", agencyLines);
    }
}
