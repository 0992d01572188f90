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

    WardAccess(AgencyRepository agencies) {
        this.agencies = agencies;
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
     * The ward an official means when they name none: the first (by code) in which they hold one
     * of the roles, else the first they belong to; empty for nobody's official.
     */
    public Optional<String> defaultWard(Official official, Collection<String> roles) {
        return official.tenantIds().stream().filter(t -> holdsAny(official, t, roles)).sorted().findFirst()
                .or(() -> official.tenantIds().stream().sorted().findFirst());
    }

    private static boolean holdsAny(Official official, String agencyCode, Collection<String> roles) {
        return roles.stream().anyMatch(role -> official.inGroup(GroupIds.role(agencyCode, role)));
    }
}
