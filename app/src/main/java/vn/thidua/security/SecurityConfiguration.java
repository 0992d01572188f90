package vn.thidua.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every endpoint needs a login. Camunda's webapps (Tasklist, Cockpit, Admin) keep their own login
 * and CSRF protection; the engine REST API requires HTTP Basic through the engine's own filter, so
 * the user it names is the one the engine authorizes and records. Our pages and API accept a form
 * login, HTTP Basic, or the Tasklist session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, IdentityService identity,
            EngineIdentityAuthenticationProvider provider) throws Exception {
        http.authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/camunda/**", "/engine-rest/**").permitAll()
                        .requestMatchers("/login", "/css/**", "/favicon.ico", "/error").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new TasklistSessionBridge(identity), AnonymousAuthenticationFilter.class)
                .formLogin(form -> form.loginPage(LoginAttemptFilter.FORM_LOGIN).failureUrl(LoginAttemptFilter.FORM_FAILURE)
                        .defaultSuccessUrl("/app", false).permitAll())
                .httpBasic(Customizer.withDefaults())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Camunda's webapps and REST API protect themselves; script clients using Basic
                // carry no session to forge. Browser posts to our pages need the CSRF token.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(browserStateChange()))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    private static RequestMatcher browserStateChange() {
        return (HttpServletRequest request) -> !SAFE_METHODS.contains(request.getMethod())
                && request.getHeader("Authorization") == null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
    }

    /** The engine REST API is otherwise open to anyone: Basic auth, checked against the engine's users. */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.setName("engine-rest-authentication");
        registration.setOrder(Integer.MIN_VALUE + 100);
        return registration;
    }
}
