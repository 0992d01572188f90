package vn.thidua.demo;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's administrator {@code admin}, with the demo password. Production creates its first
 * administrator through Camunda's {@code camunda.bpm.admin-user} (CAMUNDA_BPM_ADMINUSER_*), which
 * applies the password policy and would refuse "demo"; the demo creates the same thing itself
 * (user, the camunda-admin group with every permission on every resource, membership) and skips
 * the policy for this one account, as it does for the demo officials.
 */
@Component
@Profile("demo")
class DemoAdministrator {

    static final String LOGIN = "admin";

    private final IdentityService identity;
    private final AuthorizationService authorizations;

    DemoAdministrator(IdentityService identity, AuthorizationService authorizations) {
        this.identity = identity;
        this.authorizations = authorizations;
    }

    void ensure(String password) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
            group.setName("camunda BPM Administrators");
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
        for (Resource resource : Resources.values()) {
            if (authorizations.createAuthorizationQuery().groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource)
                    .resourceId(Authorization.ANY).count() == 0) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(Groups.CAMUNDA_ADMIN);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
        if (identity.createUserQuery().userId(LOGIN).count() == 0) {
            User user = identity.newUser(LOGIN);
            user.setFirstName("Quản trị");
            user.setLastName("Hệ thống");
            user.setPassword(password);
            DemoPasswords.saveSkippingPolicy(identity, user);
        }
        if (identity.createUserQuery().userId(LOGIN).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            identity.createMembership(LOGIN, Groups.CAMUNDA_ADMIN);
        }
    }
}
