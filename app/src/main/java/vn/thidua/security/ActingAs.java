package vn.thidua.security;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls as the logged-in official. Without this the engine would neither check the
 * person's authorizations nor record them in its history and user operation log.
 */
@Component
public class ActingAs {

    private final IdentityService identity;

    ActingAs(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T call(Official official, Supplier<T> work) {
        identity.setAuthentication(official.userId(), official.groupIds(), official.tenantIds());
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
