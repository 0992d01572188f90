package vn.thidua.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * The engine's password policy is on everywhere (production and demo alike); only the demo's own
 * fictional accounts keep the short, documented password "demo", so that a walk-through needs no
 * password list. Camunda's IdentityServiceImpl has the call for exactly this.
 */
final class DemoPasswords {

    private DemoPasswords() {
    }

    static void saveSkippingPolicy(IdentityService identity, User user) {
        ((IdentityServiceImpl) identity).saveUser(user, true);
    }
}
