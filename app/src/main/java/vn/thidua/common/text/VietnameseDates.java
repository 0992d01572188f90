package vn.thidua.common.text;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/** Dates as Decree 30/2020 writes them; the JDK's vi patterns do not (see BRIEF §5). */
public final class VietnameseDates {

    /** Every time shown to or stored for a Vietnamese office is in this zone, not the server's. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private VietnameseDates() {
    }

    /**
     * "ngày 05 tháng 01 năm 2025", "ngày 19 tháng 9 năm 2025": the day always has two digits, the
     * month a leading zero only for January and February (NĐ 30, Phụ lục I, ô 4).
     */
    public static String longForm(LocalDate date) {
        int month = date.getMonthValue();
        String monthText = month <= 2 ? "0" + month : Integer.toString(month);
        // Locale.ROOT: under a default locale such as ar-EG, %d would print Arabic-Indic digits.
        return String.format(Locale.ROOT, "ngày %02d tháng %s năm %d", date.getDayOfMonth(), monthText, date.getYear());
    }

    /** "Thạch Khôi, ngày 19 tháng 9 năm 2025". */
    public static String placeAndDate(String place, LocalDate date) {
        return place + ", " + longForm(date);
    }

    /** Body-text form used in the plans: "25/9/2025", "09/9/2025" keeps the day as written: d/M/yyyy. */
    public static String shortForm(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    /**
     * "05/01/2025": a day on screen and in messages, as Tasklist and our date boxes show it
     * (dd/mm/yyyy, never the ISO form a person does not write).
     */
    public static String numeric(LocalDate date) {
        return String.format(Locale.ROOT, "%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    /** End of that day in Vietnam: a deadline "25/9" lasts until 23:59:59 on the 25th. */
    public static java.time.Instant endOfDay(LocalDate day) {
        return day.plusDays(1).atStartOfDay(VIETNAM).minusSeconds(1).toInstant();
    }

    public static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
