package vn.thidua.identity;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Idempotent grants: running the start-up sync again (or on another node) adds nothing twice. */
@Component
class EngineAuthorizations {

    private final AuthorizationService authorizations;

    EngineAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /** Checked against the snapshot the sync read in bulk; saves only a missing grant or permission. */
    void grantGroup(IdentitySnapshot known, String groupId, Resource resource, String resourceId, Permission... permissions) {
        String key = IdentitySnapshot.grantKey(groupId, resource, resourceId);
        Authorization existing = known.grants.get(key);
        Authorization grant = existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        if (existing == null) {
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission permission : permissions) {
            if (!grant.isPermissionGranted(permission)) {
                grant.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            known.grants.put(key, authorizations.saveAuthorization(grant));
            known.writes++;
        }
    }
}
