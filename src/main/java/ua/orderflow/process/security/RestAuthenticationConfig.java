package ua.orderflow.process.security;

import jakarta.servlet.Filter;
import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import ua.orderflow.access.Role;
import ua.orderflow.sandbox.ConditionalOnSandbox;

/**
 * Who may reach what over HTTP (README "Who may call what"). HTTP Basic against the engine's users on
 * the engine's REST API (out of the box it answers anyone), then the expression guard on it and on
 * the webapps' copy; HTTP Basic on /api, whose endpoints check roles, and with a role on the actuator
 * and the API description; HTTP Basic as an administrator on the sandbox's ROZETKA side (/sandbox/admin),
 * which makes orders, moves statuses, injects faults and forgets everything.
 */
@Configuration
public class RestAuthenticationConfig {

    private static final int AUTHENTICATION = 10;

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("orderflow-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(AUTHENTICATION);
        return registration;
    }

    /** First of all: a client that keeps guessing passwords waits before any password is checked. */
    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter() {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(new LoginThrottle(Clock.systemUTC())));
        registration.setName("orderflow-login-throttle");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*", "/actuator/*", "/v3/*",
                "/swagger-ui/*", "/swagger-ui.html", "/desk/*", "/sandbox/admin/*");
        registration.setOrder(AUTHENTICATION - 1);
        return registration;
    }

    @Bean
    EngineCallers engineCallers(ProcessEngine engine) {
        return new EngineCallers(engine.getIdentityService());
    }

    @Bean
    FilterRegistrationBean<ExpressionGuard> expressionGuardFilter(EngineCallers callers, JdbcClient jdbc) {
        return after(new ExpressionGuard(callers, new StoredFilters(jdbc)), "orderflow-expression-guard",
                "/engine-rest/*", "/camunda/api/*");
    }

    @Bean
    FilterRegistrationBean<SignedInOnly> apiLogin(EngineCallers callers) {
        return after(new SignedInOnly(callers), "orderflow-api-login", "/api/*");
    }

    @Bean
    FilterRegistrationBean<SignedInOnly> actuatorLogin(EngineCallers callers) {
        return after(new SignedInOnly(callers, Role.SUPERVISOR), "orderflow-actuator-login", "/actuator/*");
    }

    @Bean
    FilterRegistrationBean<SignedInOnly> apiDocsLogin(EngineCallers callers) {
        return after(new SignedInOnly(callers, Role.MANAGER, Role.SUPERVISOR, Role.STOREKEEPER, Role.ANALYST),
                "orderflow-api-docs-login", "/v3/*", "/swagger-ui/*", "/swagger-ui.html");
    }

    /**
     * The sandbox plays ROZETKA and its buyers for whoever runs the demo: the administrator. Whoever
     * else reaches the port could otherwise put orders into the shop's books or reset the marketplace.
     * Without the sandbox (prod) nothing is served there, and nothing guarded.
     */
    @Bean
    @ConditionalOnSandbox
    FilterRegistrationBean<SignedInOnly> sandboxAdminLogin(EngineCallers callers) {
        return after(new SignedInOnly(callers, Role.ADMIN), "orderflow-sandbox-admin-login", "/sandbox/admin/*");
    }

    @Bean
    FilterRegistrationBean<DeskSignIn> deskSignIn(EngineCallers callers) {
        return after(new DeskSignIn(callers), "orderflow-desk-sign-in", "/desk", "/desk/*");
    }

    /** Runs after the HTTP Basic filter, so that the engine knows the caller. */
    private static <F extends Filter> FilterRegistrationBean<F> after(F filter, String name, String... patterns) {
        FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
        registration.setName(name);
        registration.addUrlPatterns(patterns);
        registration.setOrder(AUTHENTICATION + 1);
        return registration;
    }
}
