package vn.thidua.award;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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

    /**
     * Whose awards a reader of the award history sees: {@code unitIds} null for the whole ward, or
     * only the units the reader heads.
     */
    public record HistoryScope(Agency agency, Set<Long> unitIds) {
        public boolean wholeWard() {
            return unitIds == null;
        }
    }

    /**
     * Who reads a ward's award history: its officials and auditors ({@link #readableAgency}) and the
     * city's auditor the whole ward; a unit head only the awards their own unit proposed (what they
     * answer for, and next year's prerequisites of their people), not their neighbours'. Another
     * ward's official: 404; anyone else of the ward: 403.
     */
    public HistoryScope historyScope(Official official, String agencyCode) {
        requireLogin(official);
        // Named, else the first ward they may read, else their own (answered 403 below, not 404: it is their ward).
        String code = agencyCode != null ? agencyCode
                : historyWards(official).stream().findFirst().map(Agency::getCode)
                        .orElse(official.tenantIds().stream().sorted().findFirst().orElse(null));
        Agency agency = code == null ? null : agencies.findByCode(code).orElse(null);
        if (agency == null || !official.inTenant(GroupIds.tenant(agency.getCode()))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Không tìm thấy.");
        }
        if (readsWholeHistory(official, agency)) {
            return new HistoryScope(agency, null);
        }
        Set<Long> headed = headedUnits(official, agency);
        if (headed.isEmpty()) {
            throw forbidden("Sổ theo dõi khen thưởng chỉ dành cho lãnh đạo, công chức thi đua - khen thưởng, văn thư,"
                    + " Hội đồng Thi đua - Khen thưởng, kiểm tra và thủ trưởng đơn vị (khen thưởng của đơn vị mình).");
        }
        return new HistoryScope(agency, headed);
    }

    /** The wards whose award history this official may open (by code), for the start page and the ward picker. */
    public List<Agency> historyWards(Official official) {
        if (official == null) {
            return List.of();
        }
        return official.tenantIds().stream().sorted().map(agencies::findByCode).flatMap(Optional::stream)
                .filter(a -> readsWholeHistory(official, a) || !headedUnits(official, a).isEmpty())
                .toList();
    }

    /** The ward's code if this official may open its award history (a page links it then), else empty. */
    public Optional<String> readableHistoryWard(Official official, Long agencyId) {
        if (official == null || agencyId == null) {
            return Optional.empty();
        }
        return agencies.findById(agencyId)
                .filter(a -> official.inTenant(GroupIds.tenant(a.getCode())))
                .filter(a -> readsWholeHistory(official, a) || !headedUnits(official, a).isEmpty())
                .map(Agency::getCode);
    }

    private boolean readsWholeHistory(Official official, Agency ward) {
        return OFFICIALS.stream().anyMatch(r -> official.inGroup(GroupIds.role(ward.getCode(), r))) || isCityAuditorOf(official, ward);
    }

    /** The city's auditor ({@code {city}.kiem-tra-thanh-pho}) of a city the ward names as its parent. */
    private boolean isCityAuditorOf(Official official, Agency ward) {
        return agencies.findParents(ward.getId()).stream()
                .anyMatch(city -> official.inGroup(GroupIds.role(city.getCode(), Role.CITY_AUDITOR)));
    }

    private Set<Long> headedUnits(Official official, Agency ward) {
        Set<Long> ids = new LinkedHashSet<>();
        units.findByHeadUsername(official.userId()).stream().filter(u -> u.getAgencyId().equals(ward.getId()))
                .forEach(u -> ids.add(u.getId()));
        return ids;
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
