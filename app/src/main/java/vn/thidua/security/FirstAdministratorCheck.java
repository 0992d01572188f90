package vn.thidua.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With the engine's set-up page closed ({@link EngineSetupClosed}), an engine without any
 * administrator can only get one from the environment at the next start: say so where the
 * operator looks, instead of leaving them at a login nobody can pass.
 */
@Component
class FirstAdministratorCheck {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministratorCheck.class);

    private final IdentityService identity;

    FirstAdministratorCheck(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenNoAdministratorExists() {
        if (identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
            LOG.warn("No administrator exists (the group {} has no member) and the engine's set-up page is closed. "
                    + "Set CAMUNDA_BPM_ADMINUSER_ID and CAMUNDA_BPM_ADMINUSER_PASSWORD and restart to create the first "
                    + "administrator; unset them afterwards.", Groups.CAMUNDA_ADMIN);
        }
    }
}
