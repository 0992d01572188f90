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
                // Camunda's webapps and REST API protect themselves. Browser posts to our pages
                // need the CSRF token; only a script logging in with Basic and sending no session
                // cookie is spared it, as there is no session a third-party page could ride on.
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(browserStateChange()))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()));
        return http.build();
    }

    private static RequestMatcher browserStateChange() {
        return (HttpServletRequest request) -> !SAFE_METHODS.contains(request.getMethod())
                && !basicWithoutSession(request)
                && !request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")
                && !request.getRequestURI().startsWith(request.getContextPath() + "/engine-rest/");
    }

    /**
     * Any Authorization header used to skip the check, so a page could add a bogus one to a
     * request that really authenticates with the victim's session cookie.
     */
    private static boolean basicWithoutSession(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)
                && request.getRequestedSessionId() == null;
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
