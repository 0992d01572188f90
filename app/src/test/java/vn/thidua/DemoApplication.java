package vn.thidua;

import org.springframework.boot.SpringApplication;
import vn.thidua.support.EmbeddedDatabaseConfiguration;

/**
 * The zero-setup run (README): the real application on an embedded MariaDB whose data stays in
 * ./data/mariadb, with the demo ward, its users and the Thạch Khôi plan. Lives in the test sources
 * so the production jar never carries the embedded server.
 */
public final class DemoApplication {

    private DemoApplication() {
    }

    public static void main(String[] args) {
        SpringApplication.from(ThiDuaApplication::main)
                .with(EmbeddedDatabaseConfiguration.class)
                .withAdditionalProfiles("demo")
                .run(args);
    }
}
