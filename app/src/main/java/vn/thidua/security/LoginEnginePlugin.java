package vn.thidua.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * How the engine checks passwords, for every login (Tasklist, the engine REST API, our pages):
 * a password-less account fails like a wrong password ({@link PasswordCheckedIdentityProvider}),
 * and repeated failures delay the account's next attempts but never lock it for good. The engine
 * waits 3 s after a first failure, doubling up to 60 s, and refuses even the right password while
 * it waits; its permanent lock after 10 failures let anyone who knows a login name shut its owner
 * out until an administrator stepped in, so it is off.
 */
@Component
class LoginEnginePlugin extends AbstractProcessEnginePlugin {

    static final int DELAY_BASE_SECONDS = 3;
    static final int DELAY_FACTOR = 2;
    static final int DELAY_MAX_SECONDS = 60;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(PasswordCheckedIdentityProvider.class));
        configuration.setLoginDelayBase(DELAY_BASE_SECONDS);
        configuration.setLoginDelayFactor(DELAY_FACTOR);
        configuration.setLoginDelayMaxTime(DELAY_MAX_SECONDS);
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    }
}
