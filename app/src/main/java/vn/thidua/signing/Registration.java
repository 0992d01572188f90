package vn.thidua.signing;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What the clerk adds at issue, after the signer has signed (NĐ 30 Điều 15: numbered after
 * signature): the register's số/ký hiệu and the issue date. The signed draft left blanks for them
 * ("Số:      /KH-UBND", "ngày      tháng      năm 2025"); they are written over those blanks in the
 * agency signature's own revision, so the signer's signature keeps covering exactly what was signed
 * and the agency signature covers the number and date.
 *
 * @param number the number in the register, printed with a leading zero below 10
 * @param issuedOn the issue date; its year must be the one printed on the draft
 * @param regularTtf the document's regular face (Times New Roman or Liberation Serif)
 * @param italicTtf the document's italic face (the date line is italic)
 */
public record Registration(int number, LocalDate issuedOn, byte[] regularTtf, byte[] italicTtf) {

    public Registration {
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(regularTtf, "regularTtf");
        Objects.requireNonNull(italicTtf, "italicTtf");
        if (number < 1) {
            throw new IllegalArgumentException("number must be 1 or more");
        }
    }

    /** "05": NĐ 30 wants a leading zero below 10. */
    public String numberText() {
        return String.format("%02d", number);
    }

    /** "05": the day always has two digits. */
    public String dayText() {
        return String.format("%02d", issuedOn.getDayOfMonth());
    }

    /** "01", "02", then "3" … "12": only January and February take a leading zero. */
    public String monthText() {
        int month = issuedOn.getMonthValue();
        return month <= 2 ? String.format("%02d", month) : String.valueOf(month);
    }
}
