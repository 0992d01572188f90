package vn.thidua.document;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Agency;

/**
 * Sổ đăng ký văn bản đi: the next number of an agency's sequence for a year. The counter row is
 * created if missing and then locked (SELECT ... FOR UPDATE) until the issuing transaction commits,
 * so numbers are unique and gap-free across threads and application nodes: a rolled-back issue
 * releases its number with the lock.
 */
@Component
public class DocumentRegister {

    /** The council issues under the agency's seal but in its own sequence (NĐ 30, Phụ lục I II.3.a). */
    public static final String COUNCIL_SEQUENCE = "HDTDKT";
    public static final String SINGLE_SEQUENCE = "ALL";

    private final JdbcTemplate jdbc;

    DocumentRegister(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Which counter a document of this kind draws from, per the agency's numbering mode. */
    public static String sequenceKey(Agency agency, String kind, boolean council) {
        if (council) {
            return COUNCIL_SEQUENCE;
        }
        return agency.getNumberingMode() == Agency.NumberingMode.PER_TYPE ? kind : SINGLE_SEQUENCE;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public int nextNumber(long agencyId, int year, String sequenceKey) {
        // One statement that creates the year's counter at 1 or increments it, and so takes the row's
        // exclusive lock at once. (INSERT IGNORE followed by SELECT ... FOR UPDATE deadlocked under
        // load: the ignored duplicate leaves a shared lock on the row, and two transactions holding
        // it both wait to upgrade. RegisterNumberingTest caught it with 200 concurrent issues.)
        jdbc.update("INSERT INTO register_sequence (agency_id, year, sequence_key, last_number) VALUES (?, ?, ?, 1)"
                + " ON DUPLICATE KEY UPDATE last_number = last_number + 1", agencyId, year, sequenceKey);
        // Our own uncommitted write, under the lock we already hold until commit or rollback.
        return jdbc.queryForObject(
                "SELECT last_number FROM register_sequence WHERE agency_id = ? AND year = ? AND sequence_key = ? FOR UPDATE",
                Integer.class, agencyId, year, sequenceKey);
    }
}
