package vn.thidua.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * While an auditor's page is being served (data and view), the report warm-up pauses between its
 * passes: on two cores the two would share the CPU, and the page is what a person waits for.
 */
@Configuration
class WarmUpWaitsForAuditorPages implements WebMvcConfigurer, HandlerInterceptor {

    private final AuditReportWarmUp warmUp;

    WarmUpWaitsForAuditorPages(AuditReportWarmUp warmUp) {
        this.warmUp = warmUp;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/app/kiem-tra/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        warmUp.pageStarted();
        return true;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        warmUp.pageServed();
    }
}
