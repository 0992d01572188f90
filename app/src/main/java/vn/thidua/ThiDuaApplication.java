package vn.thidua;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The production entry point: needs a MariaDB given by DB_URL / DB_USER / DB_PASSWORD. For the
 * zero-setup run on an embedded MariaDB with demo data see {@code DemoApplication} (test sources).
 */
@SpringBootApplication
@EnableProcessApplication("thidua")
@ConfigurationPropertiesScan
@EnableScheduling
public class ThiDuaApplication {

    public static void main(String[] args) {
        SpringApplication.run(ThiDuaApplication.class, args);
    }
}
