package vn.thidua.audit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.Role;
import vn.thidua.security.Official;

/**
 * Which agencies an auditor reads, from our own tables (the source of truth): a ward's auditor
 * ({@code kiem-tra-giam-sat}) reads that ward; a city auditor ({@code kiem-tra-thanh-pho} on a person
 * of the city's agency) reads the city and every ward under it. Anyone else is not an auditor (403);
 * a plan outside the scope is answered 404, as if it did not exist.
 */
@Component
class AuditorScope {

    static final String CITY_AUDITOR = Role.CITY_AUDITOR;

    private final JdbcTemplate jdbc;
    private final AgencyRepository agencies;

    AuditorScope(JdbcTemplate jdbc, AgencyRepository agencies) {
        this.jdbc = jdbc;
        this.agencies = agencies;
    }

    /** Agency ids the official may audit; 403 when none. */
    Set<Long> agencies(Official official) {
        if (official == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
        Set<Long> ids = new LinkedHashSet<>();
        List<Object[]> roles = jdbc.query("SELECT p.agency_id, r.role_code FROM person p JOIN person_role r ON r.person_id = p.id"
                + " WHERE p.username = ?", (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}, official.userId());
        for (Object[] row : roles) {
            long agency = (Long) row[0];
            if (Role.AUDITOR.equals(row[1])) {
                ids.add(agency);
            } else if (CITY_AUDITOR.equals(row[1])) {
                ids.add(agency);
                agencies.findUnder(agency).forEach(ward -> ids.add(ward.getId()));
            }
        }
        if (ids.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Trang kiểm tra, giám sát chỉ dành cho cán bộ kiểm tra.");
        }
        return ids;
    }

    /** The plan's agency if the official may audit it; 404 otherwise. */
    long requirePlan(Official official, long planId) {
        Set<Long> scope = agencies(official);
        Long agency = jdbc.query("SELECT agency_id FROM plan WHERE id = ?", (rs, n) -> rs.getLong(1), planId)
                .stream().findFirst().orElse(null);
        if (agency == null || !scope.contains(agency)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy kế hoạch.");
        }
        return agency;
    }
}
