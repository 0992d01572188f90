package vn.thidua.support;

import com.zaxxer.hikari.HikariDataSource;
import java.io.File;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * Points the application at a real MariaDB without installing one: the embedded server for the
 * zero-setup run (data kept in ./data/mariadb between runs) and for tests (a fresh database per
 * test JVM), as root with the password generated into its data directory. With TEST_DB_URL set, tests use that server instead (CI runs them again on Debian's
 * MariaDB 10.11).
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedDatabaseConfiguration {

    @Bean
    DatabaseServer databaseServer(Environment env) {
        String externalUrl = System.getenv("TEST_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            return DatabaseServer.external(externalUrl, env("TEST_DB_USER", "root"), env("TEST_DB_PASSWORD", ""));
        }
        File dir = new File(env.getProperty("thidua.embedded-db.dir", "data/mariadb")).getAbsoluteFile();
        int port = env.getProperty("thidua.embedded-db.port", Integer.class, 3307);
        boolean fresh = env.getProperty("thidua.embedded-db.fresh", Boolean.class, false);
        String database = env.getProperty("thidua.embedded-db.database", "thidua");
        // Durable unless asked otherwise (the unit-phase benchmark may measure the faster setting).
        boolean durable = env.getProperty("thidua.embedded-db.durable", Boolean.class, true);
        return DatabaseServer.embedded(dir, port, database, fresh,
                durable ? EmbeddedMariaDb.Durability.DURABLE : EmbeddedMariaDb.Durability.FAST);
    }

    /** Depends on the server, so Spring closes the pool before the server stops. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(DatabaseServer server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        return dataSource;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
