package vn.thidua.award;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import vn.thidua.organisation.Agency;
import vn.thidua.organisation.AgencyRepository;
import vn.thidua.organisation.GroupIds;
import vn.thidua.organisation.OrgUnit;
import vn.thidua.organisation.OrgUnitRepository;
import vn.thidua.organisation.Role;
import vn.thidua.organisation.WardAccess;
import vn.thidua.security.Official;

/**
 * Who may do what with awards, always from the login: a unit head acts for the unit the
 * organisation file makes them head of (never a unit id the client sends); the ward's officials
 * and auditors read; the specialist reviews.
 */
@Component
public class AwardAccess {

    static final List<String> OFFICIALS = List.of(Role.SPECIALIST, Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.CLERK,
            Role.AUDITOR, Role.COUNCIL_CHAIR, Role.COUNCIL_VICE_CHAIR, Role.COUNCIL_STANDING_VICE_CHAIR,
            Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY);

    private final OrgUnitRepository units;
    private final AgencyRepository agencies;
    private final WardAccess wards;

    AwardAccess(OrgUnitRepository units, AgencyRepository agencies, WardAccess wards) {
        this.units = units;
        this.agencies = agencies;
        this.wards = wards;
    }

    /** The unit of {@code agencyId} that this login heads; 403 when none. */
    public OrgUnit headedUnit(Official official, Long agencyId) {
        requireLogin(official);
        return units.findByHeadUsername(official.userId()).stream()
                .filter(u -> u.getAgencyId().equals(agencyId))
                .findFirst()
                .orElseThrow(() -> forbidden("Chỉ thủ trưởng đơn vị được đề nghị khen thưởng cho đơn vị của mình."));
    }

    public Agency readableAgency(Official official, Long agencyId) {
        requireLogin(official);
        Agency agency = agencies.findById(agencyId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!official.inTenant(agency.getCode())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy.");
        }
        if (OFFICIALS.stream().noneMatch(r -> official.inGroup(GroupIds.role(agency.getCode(), r)))) {
            throw forbidden("Chỉ lãnh đạo, công chức thi đua - khen thưởng, Hội đồng Thi đua - Khen thưởng và kiểm tra của phường được xem.");
        }
        return agency;
    }

    /** The ward whose history a reader asks for: the one named, else their own. */
    public Agency readableAgency(Official official, String agencyCode) {
        requireLogin(official);
        String code = agencyCode != null ? agencyCode : wards.defaultWard(official, OFFICIALS).orElse(null);
        Agency agency = code == null ? null : agencies.findByCode(code).orElse(null);
        if (agency == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy.");
        }
        return readableAgency(official, agency.getId());
    }

    public void requireSpecialist(Official official, Long agencyId) {
        Agency agency = readableAgency(official, agencyId);
        if (!official.inGroup(GroupIds.role(agency.getCode(), Role.SPECIALIST))) {
            throw forbidden("Chỉ công chức thi đua - khen thưởng được thẩm định đề nghị.");
        }
    }

    private static void requireLogin(Official official) {
        if (official == null) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED);
        }
    }

    private static ResponseStatusException forbidden(String message) {
        return new ResponseStatusException(HttpStatus.FORBIDDEN, message);
    }
}
