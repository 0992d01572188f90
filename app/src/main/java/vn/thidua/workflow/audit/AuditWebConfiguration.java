package vn.thidua.workflow.audit;

import org.camunda.bpm.engine.HistoryService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.thidua.common.audit.AuditTrail;
import vn.thidua.organisation.WardAccess;

@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration {

    /** After Spring Security's chain (order -100): the person is known for every kind of login. */
    @Bean
    FilterRegistrationBean<AuditedRefusals> auditedRefusals(AuditTrail trail, HistoryService history, JdbcTemplate jdbc,
            WardAccess wards) {
        FilterRegistrationBean<AuditedRefusals> registration = new FilterRegistrationBean<>(
                new AuditedRefusals(trail, history, jdbc, wards));
        registration.addUrlPatterns("/*");
        registration.setName("audited-refusals");
        registration.setOrder(0);
        return registration;
    }
}
