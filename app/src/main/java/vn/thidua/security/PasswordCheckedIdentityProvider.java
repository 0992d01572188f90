package vn.thidua.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user store, with one change to its password check: an account without a
 * password (people imported from an organisation file, until an administrator sets one) fails like
 * a wrong password. The engine's check threw instead, and every login form answered 500 for such an
 * account and 401 for an unknown one: a way to learn which accounts exist.
 */
public class PasswordCheckedIdentityProvider extends DbIdentityServiceProvider {

    @Override
    public boolean checkPassword(String userId, String password) {
        UserEntity user = findUserById(userId);
        if (user == null || user.getPassword() == null || user.getPassword().isEmpty()) {
            return false;
        }
        return super.checkPassword(userId, password);
    }
}
