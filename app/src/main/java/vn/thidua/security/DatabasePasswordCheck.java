package vn.thidua.security;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a database account without a password: a forgotten DB_PASSWORD would
 * otherwise start silently against a server anyone on its network can open. Checks the pool that
 * is really used (production's from DB_*, the demo's and the tests' embedded or CI server alike),
 * before the first connection. {@code DB_ALLOW_EMPTY_PASSWORD=true} is the deliberate exception.
 */
@Component
class DatabasePasswordCheck implements BeanPostProcessor {

    private final Environment env;

    DatabasePasswordCheck(Environment env) {
        this.env = env;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && !hasPassword(pool)
                && !env.getProperty("thidua.database.allow-empty-password", Boolean.class, false)) {
            throw new UnsafeConfigurationException(
                    "The database password is empty (DB_PASSWORD, account '" + pool.getUsername() + "'): anyone who "
                            + "reaches the database server could read and change every plan, report and signature.",
                    "Set DB_PASSWORD to the account's password. Only for a server that accepts no remote "
                            + "connections, set DB_ALLOW_EMPTY_PASSWORD=true to start without one.");
        }
        return bean;
    }

    /** The driver also takes a password from the URL ({@code ?password=}); the URL is never logged. */
    private static boolean hasPassword(HikariDataSource pool) {
        String url = pool.getJdbcUrl() == null ? "" : pool.getJdbcUrl().toLowerCase(java.util.Locale.ROOT);
        return (pool.getPassword() != null && !pool.getPassword().isEmpty()) || url.contains("password=");
    }
}
