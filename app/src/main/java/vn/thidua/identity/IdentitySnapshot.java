package vn.thidua.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the engine already holds for one agency, read in a few bulk queries before a sync: the
 * agency's groups, users and their tenant membership, group memberships, Tasklist filters and
 * grants. The sync then checks each item in memory and writes only what is missing, so an
 * unchanged ward costs a handful of queries and no writes, whatever its number of units.
 * Recorded writes make that testable.
 */
final class IdentitySnapshot {

    /** Bounded IN lists. */
    private static final int SLICE = 500;

    final Set<String> groups = new HashSet<>();
    /** The engine's users by id, names included: a person renamed in the organisation file is renamed there too. */
    final Map<String, User> users = new HashMap<>();
    final Set<String> tenantUsers = new HashSet<>();
    final Set<String> memberships = new HashSet<>();
    final Map<String, String> filterIdByName = new HashMap<>();
    final Map<String, Authorization> grants = new HashMap<>();
    int writes;

    private IdentitySnapshot() {
    }

    static IdentitySnapshot load(IdentityService identity, AuthorizationService authorizations, JdbcTemplate jdbc,
            String agencyCode, String tenant, Collection<String> groupIds, Collection<String> userIds,
            Collection<String> filterNames) {
        IdentitySnapshot s = new IdentitySnapshot();
        slices(groupIds, ids -> identity.createGroupQuery().groupIdIn(ids.toArray(String[]::new)).list()
                .forEach((Group g) -> s.groups.add(g.getId())));
        slices(userIds, ids -> identity.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()
                .forEach((User u) -> s.users.put(u.getId(), u)));
        identity.createUserQuery().memberOfTenant(tenant).list().forEach(u -> s.tenantUsers.add(u.getId()));
        // The identity API has no query for many groups' memberships at once; read the engine's table.
        jdbc.query("SELECT USER_ID_, GROUP_ID_ FROM ACT_ID_MEMBERSHIP WHERE GROUP_ID_ LIKE ? ESCAPE '!'",
                rs -> { s.memberships.add(key(rs.getString(1), rs.getString(2))); }, likePrefix(agencyCode + "."));
        slices(filterNames, names -> jdbc.query("SELECT ID_, NAME_ FROM ACT_RU_FILTER WHERE RESOURCE_TYPE_ = 'Task' AND NAME_ IN ("
                + String.join(",", names.stream().map(n -> "?").toList()) + ")",
                rs -> { s.filterIdByName.putIfAbsent(rs.getString(2), rs.getString(1)); }, names.toArray()));
        slices(groupIds, ids -> authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(ids.toArray(String[]::new)).list()
                .forEach(a -> s.grants.putIfAbsent(grantKey(a.getGroupId(), a.getResourceType(), a.getResourceId()), a)));
        return s;
    }

    static String key(String user, String group) {
        return user + "\u0000" + group;
    }

    static String grantKey(String group, Resource resource, String resourceId) {
        return grantKey(group, resource.resourceType(), resourceId);
    }

    private static String grantKey(String group, int resourceType, String resourceId) {
        return group + "\u0000" + resourceType + "\u0000" + resourceId;
    }

    private static String likePrefix(String prefix) {
        return prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static void slices(Collection<String> all, Consumer<List<String>> action) {
        List<String> list = new ArrayList<>(new HashSet<>(all));
        for (int from = 0; from < list.size(); from += SLICE) {
            action.accept(list.subList(from, Math.min(list.size(), from + SLICE)));
        }
    }
}
