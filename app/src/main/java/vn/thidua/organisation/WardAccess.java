package vn.thidua.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.security.Official;

/**
 * May this official see what a ward owns (its documents, its register)? The one rule every page
 * and API asks: an official of another ward is told the thing does not exist, so a reply never
 * confirms that another ward's document is there (404); an official of the same ward without a
 * role the endpoint needs is refused (403). A ward is an engine tenant, so "of the ward" means
 * "member of its tenant", the same test the engine applies in Tasklist and Cockpit.
 */
@Component
public class WardAccess {

    /** What the endpoint answers. */
    public enum Answer {
        ALLOWED,
        /** Another ward's official, nobody logged in, or no such ward: 404. */
        NOT_FOUND,
        /** Of this ward, without any of the roles asked for: 403. */
        FORBIDDEN
    }

    private final AgencyRepository agencies;
    private final PersonRepository people;

    WardAccess(AgencyRepository agencies, PersonRepository people) {
        this.agencies = agencies;
        this.people = people;
    }

    /**
     * The agency the official is a person of (organisation file), whatever tenants the engine adds:
     * a city's auditor is in every ward's tenant, but their own agency is the city.
     */
    public Optional<Agency> ownAgency(Official official) {
        return official == null ? Optional.empty()
                : people.findByUsername(official.userId()).map(Person::getAgencyId).flatMap(agencies::findById);
    }

    /** For something the agency with this id owns, open to every official of that ward. */
    public Answer toAgency(Official official, Long agencyId) {
        Optional<Agency> agency = agencyId == null ? Optional.empty() : agencies.findById(agencyId);
        return agency.map(a -> toWard(official, a.getCode(), List.of())).orElse(Answer.NOT_FOUND);
    }

    /**
     * For something of the ward with this code, open to its officials who hold one of the roles
     * ({@link Role}); no roles: every official of the ward.
     */
    public Answer toWard(Official official, String agencyCode, Collection<String> roles) {
        if (official == null || agencyCode == null || !official.inTenant(GroupIds.tenant(agencyCode))) {
            return Answer.NOT_FOUND;
        }
        return roles.isEmpty() || holdsAny(official, agencyCode, roles) ? Answer.ALLOWED : Answer.FORBIDDEN;
    }

    /**
     * The ward an official means when they name none: their own agency if they hold one of the roles
     * there (or no roles are asked for), else the first (by code) in which they hold one, else their
     * own agency, else the first tenant they belong to; empty for nobody's official. Their own agency
     * comes first because tenants alone cannot tell: a city's auditor is in the tenant of every ward
     * under the city, and the first of those by code is an arbitrary ward, not where they work.
     */
    public Optional<String> defaultWard(Official official, Collection<String> roles) {
        Optional<String> own = ownAgency(official).map(Agency::getCode).filter(official::inTenant);
        return own.filter(code -> roles.isEmpty() || holdsAny(official, code, roles))
                .or(() -> official.tenantIds().stream().filter(t -> holdsAny(official, t, roles)).sorted().findFirst())
                .or(() -> own)
                .or(() -> official.tenantIds().stream().sorted().findFirst());
    }

    private static boolean holdsAny(Official official, String agencyCode, Collection<String> roles) {
        return roles.stream().anyMatch(role -> official.inGroup(GroupIds.role(agencyCode, role)));
    }
}
