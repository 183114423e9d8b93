package cn.kaohe.workflow.security;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The engine side of the login: Camunda's webapps ({@code /camunda/*}) and REST API
 * ({@code /engine-rest/*}) take the user from Spring Security (URL rules there admit ADMIN and OFFICE only).
 * Engine authorization checks are on ({@code camunda.bpm.authorization.enabled}); the group
 * {@code camunda-admin} holds every permission. Kaohe's own code never sets an engine user, so the checks
 * do not apply to it.
 */
@Configuration
class EngineSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineSecurityConfiguration.class);

    /** After Spring Security's filter chain (order -100), before the webapps' own filters. */
    private static final int ORDER = 10;

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> camundaWebappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> r =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        r.setName("kaoheCamundaWebappAuthentication");
        r.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityEngineAuthenticationProvider.class.getName()));
        r.addUrlPatterns("/camunda/*");
        r.setOrder(ORDER);
        return r;
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> r =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        r.setName("kaoheEngineRestAuthentication");
        r.setInitParameters(Map.of(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SpringSecurityEngineAuthenticationProvider.class.getName()));
        r.addUrlPatterns("/engine-rest/*");
        r.setOrder(ORDER);
        return r;
    }

    /** Grants the administrator group every permission on every resource, once. */
    @EventListener(ApplicationReadyEvent.class)
    void grantAdministratorGroup(ApplicationReadyEvent event) {
        AuthorizationService authorizations = event.getApplicationContext().getBean(AuthorizationService.class);
        int created = 0;
        for (Resource resource : Resources.values()) {
            boolean present = authorizations
                            .createAuthorizationQuery()
                            .groupIdIn(Groups.CAMUNDA_ADMIN)
                            .resourceType(resource)
                            .resourceId(Authorization.ANY)
                            .count()
                    > 0;
            if (!present) {
                Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                a.setGroupId(Groups.CAMUNDA_ADMIN);
                a.setResource(resource);
                a.setResourceId(Authorization.ANY);
                a.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(a);
                created++;
            }
        }
        if (created > 0) {
            log.info("Engine authorizations: group {} granted ALL on {} resources", Groups.CAMUNDA_ADMIN, created);
        }
    }
}
