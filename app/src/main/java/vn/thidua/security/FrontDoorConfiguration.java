package vn.thidua.security;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * Servlet filters in front of everything: our pages and API, the engine REST API and Camunda's
 * webapps alike, ahead of Spring Security and of the engine's own filters.
 */
@Configuration(proxyBeanMethods = false)
class FrontDoorConfiguration {

    /** First of all: nothing behind it may see a set-up request. */
    @Bean
    FilterRegistrationBean<EngineSetupClosed> engineSetupClosed() {
        FilterRegistrationBean<EngineSetupClosed> registration = new FilterRegistrationBean<>(new EngineSetupClosed());
        registration.addUrlPatterns(EngineSetupClosed.URL_PATTERN);
        registration.setName("engine-setup-closed");
        registration.setOrder(Integer.MIN_VALUE);
        return registration;
    }

    /** Before anything reads a body. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(@Value("${thidua.http.max-body-size}") DataSize max) {
        FilterRegistrationBean<RequestBodyLimit> registration = new FilterRegistrationBean<>(new RequestBodyLimit(max));
        registration.addUrlPatterns("/*");
        registration.setName("request-body-limit");
        registration.setOrder(Integer.MIN_VALUE + 10);
        return registration;
    }

    @Bean
    AddressLoginThrottle addressLoginThrottle(@Value("${thidua.login.address-max-failures}") int maxFailures,
            @Value("${thidua.login.address-window}") Duration window) {
        return new AddressLoginThrottle(maxFailures, window);
    }

    /** Before anything checks a password: a throttled address never reaches the check. */
    @Bean
    FilterRegistrationBean<LoginAttemptFilter> loginAttempts(AddressLoginThrottle throttle) {
        FilterRegistrationBean<LoginAttemptFilter> registration = new FilterRegistrationBean<>(new LoginAttemptFilter(throttle));
        registration.addUrlPatterns("/*");
        registration.setName("login-attempts");
        registration.setOrder(Integer.MIN_VALUE + 20);
        return registration;
    }
}
