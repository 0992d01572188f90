package vn.thidua.common.time;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.thidua.common.text.VietnameseDates;

/** One clock for the application, in Vietnam's zone whatever the server's zone is. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(VietnameseDates.VIETNAM);
    }
}
