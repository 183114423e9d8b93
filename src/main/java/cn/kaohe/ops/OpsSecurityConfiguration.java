package cn.kaohe.ops;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Metrics are for administrators: {@code /actuator/prometheus} and {@code /actuator/metrics/**} need the ADMIN
 * role, by HTTP Basic (a Prometheus scraper) or the session of the login page. Health stays open (the main chain
 * in {@code web.security}); the OpenAPI document and Swagger UI are behind the login there as well.
 */
@Configuration(proxyBeanMethods = false)
class OpsSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http) throws Exception {
        http.securityMatcher(
                        "/actuator/prometheus", "/actuator/prometheus/**", "/actuator/metrics", "/actuator/metrics/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasRole("ADMIN"))
                .httpBasic(Customizer.withDefaults())
                .csrf(c -> c.disable()); // read-only endpoints
        return http.build();
    }
}
