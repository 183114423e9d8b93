package cn.kaohe.web.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what, by URL; ownership (a cadre's own results, a leader's own cadres) is checked by
 * {@link AccessPolicy} in the controllers. Three chains:
 *
 * <ol>
 *   <li>{@code /engine-rest/**}: Camunda's REST API, HTTP Basic only (no session, so no CSRF), ADMIN, OFFICE or
 *       COMMITTEE, reads only ({@link EngineReadOnly}: every change is refused, 403 AUTH-010);
 *   <li>{@code /camunda/**}: Camunda's webapps with the session of our login page, ADMIN, OFFICE or COMMITTEE,
 *       reads only as above (the webapps have their own CSRF filter and CSP);
 *   <li>everything else: form login with a session cookie and a CSRF cookie for the browser, HTTP Basic for
 *       API clients (only a Basic call without a session cookie skips the CSRF check); {@code /api/**}
 *       answers 401/403 as JSON, pages redirect to {@code /login}.
 * </ol>
 */
@Configuration
@EnableWebSecurity
class SecurityConfiguration {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /** May look at the engine (Cockpit, reads); nobody may change anything there (docs/adr/0008). */
    private static final String[] ENGINE_ROLES = {Role.ADMIN.name(), Role.OFFICE.name(), Role.COMMITTEE.name()};

    private static final String[] READERS = {Role.OFFICE.name(), Role.COMMITTEE.name(), Role.PARTY.name()};

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LockingAuthenticationProvider lockingAuthenticationProvider(
            UserAccounts accounts, LockOut lockOut, PasswordEncoder encoder, LoginThrottle throttle) {
        return new LockingAuthenticationProvider(accounts, lockOut, encoder, throttle);
    }

    @Bean
    ApiErrors apiErrors(ObjectMapper json) {
        return new ApiErrors(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRest(HttpSecurity http, ApiErrors apiErrors) throws Exception {
        http.securityMatcher(new AntPathRequestMatcher("/engine-rest/**"))
                .authorizeHttpRequests(a -> a.requestMatchers(EngineReadOnly::allows)
                        .hasAnyRole(ENGINE_ROLES)
                        .anyRequest()
                        .denyAll())
                .httpBasic(b -> b.authenticationEntryPoint(apiErrors))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(apiErrors).accessDeniedHandler(apiErrors))
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http, ApiErrors apiErrors) throws Exception {
        http.securityMatcher(new AntPathRequestMatcher("/camunda/**"))
                .authorizeHttpRequests(a -> a.requestMatchers(EngineReadOnly::allows)
                        .hasAnyRole(ENGINE_ROLES)
                        .anyRequest()
                        .denyAll())
                // the webapps' own CsrfPreventionFilter guards their API (cookie CAMUNDA-XSRF-TOKEN)
                .csrf(c -> c.disable())
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(
                                apiErrors, new AntPathRequestMatcher("/camunda/api/**"))
                        .defaultAuthenticationEntryPointFor(
                                new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(apiErrors))
                // the webapps send their own Content-Security-Policy
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain application(HttpSecurity http, ApiErrors apiErrors) throws Exception {
        RequestMatcher api = new AntPathRequestMatcher("/api/**");
        // only a stateless HTTP Basic call (no session cookie) is exempt from CSRF: a session cookie with any
        // Authorization header (a stray or wrong one) still needs the token
        RequestMatcher statelessBasic = (HttpServletRequest r) -> r.getRequestedSessionId() == null
                && r.getHeader("Authorization") != null
                && r.getHeader("Authorization").regionMatches(true, 0, "Basic ", 0, 6);
        http.authorizeHttpRequests(a -> a
                        // the web UI is static and calls /api; a 401 there sends the page to /login
                        .requestMatchers(HttpMethod.GET, "/", "/*.html", "/css/**", "/js/**", "/img/**", "/favicon.ico")
                        .permitAll()
                        .requestMatchers(
                                "/login", "/error", "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        // the actuator's index and any other endpoint: the administrator only
                        .requestMatchers("/actuator", "/actuator/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/me", "/api/me/**")
                        .authenticated()
                        .requestMatchers("/api/admin/**")
                        .hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/audit/verify")
                        .hasAnyRole(Role.OFFICE.name(), Role.COMMITTEE.name(), Role.ADMIN.name())
                        // campaigns: the office runs them, the committee adjusts, the party committee reads
                        .requestMatchers(HttpMethod.POST, "/api/campaigns", "/api/campaigns/*/cancel")
                        .hasRole(Role.OFFICE.name())
                        .requestMatchers("/api/campaigns/*/group-ratings", "/api/campaigns/*/group-rating-slots")
                        .hasRole(Role.OFFICE.name())
                        // issue 13: the office's pay inputs of a campaign
                        .requestMatchers("/api/campaigns/*/pay-inputs")
                        .hasRole(Role.OFFICE.name())
                        // the target register (目标责任书): the office registers, a unit's own cadres report and ask for
                        // changes, the inspection checks, the committee decides — checked by TargetController
                        .requestMatchers("/api/targets", "/api/targets/**")
                        .authenticated()
                        // issue 13: exclusions from a campaign's ranking and the villages' monthly 党建 grades
                        .requestMatchers(
                                "/api/campaigns/*/exclusions",
                                "/api/campaigns/*/exclusions/**",
                                "/api/village-grades",
                                "/api/village-grades/**")
                        .hasRole(Role.OFFICE.name())
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/campaigns/*/reports",
                                "/api/campaigns/*/reports/**",
                                "/api/reports/**")
                        .hasAnyRole(READERS)
                        .requestMatchers(
                                HttpMethod.GET,
                                "/api/campaigns/*/ranking",
                                "/api/campaigns/*/group-result",
                                "/api/campaigns/*/adjustments",
                                "/api/assessments/*/adjustment-ranges")
                        .hasAnyRole(READERS)
                        .requestMatchers(HttpMethod.POST, "/api/assessments/*/adjustments")
                        .hasRole(Role.COMMITTEE.name())
                        .requestMatchers(HttpMethod.POST, "/api/adjustments/*/withdraw")
                        .hasRole(Role.COMMITTEE.name())
                        .requestMatchers(HttpMethod.GET, "/api/campaigns/*/inputs")
                        .hasAnyRole(Role.OFFICE.name(), Role.COMMITTEE.name(), Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/appeals")
                        .hasAnyRole(READERS)
                        .requestMatchers("/api/tasks/open")
                        .hasAnyRole(Role.OFFICE.name(), Role.COMMITTEE.name())
                        // the office keeps the ledger, the roster, schemes and the calendar
                        .requestMatchers(HttpMethod.POST, "/api/ledger", "/api/ledger/**")
                        .hasRole(Role.OFFICE.name())
                        .requestMatchers("/api/roster/**")
                        .hasRole(Role.OFFICE.name())
                        .requestMatchers(HttpMethod.POST, "/api/schemes/preview")
                        .hasAnyRole(Role.OFFICE.name(), Role.COMMITTEE.name())
                        .requestMatchers(HttpMethod.POST, "/api/schemes", "/api/schemes/**")
                        .hasRole(Role.OFFICE.name())
                        .requestMatchers(HttpMethod.PUT, "/api/calendar/**")
                        .hasRole(Role.OFFICE.name())
                        .requestMatchers(
                                HttpMethod.POST, "/api/cadres", "/api/cadres/**", "/api/units", "/api/units/**")
                        .hasRole(Role.OFFICE.name())
                        .requestMatchers(HttpMethod.PUT, "/api/cadres/**", "/api/units/**")
                        .hasRole(Role.OFFICE.name())
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .defaultSuccessUrl("/")
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .httpBasic(b -> b.authenticationEntryPoint(apiErrors))
                .logout(l -> l.logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("JSESSIONID")
                        .permitAll())
                .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                        .ignoringRequestMatchers(statelessBasic))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(apiErrors, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), r -> true)
                        .defaultAccessDeniedHandlerFor(apiErrors, api))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
