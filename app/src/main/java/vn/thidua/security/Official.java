package vn.thidua.security;

import java.util.List;

/** The logged-in person as the engine knows them: user id, groups, tenants (wards). */
public record Official(String userId, List<String> groupIds, List<String> tenantIds) {

    public boolean inGroup(String groupId) {
        return groupIds.contains(groupId);
    }

    public boolean inTenant(String tenantId) {
        return tenantIds.contains(tenantId);
    }
}
