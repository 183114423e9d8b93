package cn.kaohe.workflow.security;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
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
 * ({@code /engine-rest/*}) take the user from Spring Security, whose URL rules admit ADMIN, OFFICE and
 * COMMITTEE to read only (web.security.EngineReadOnly refuses every change). Engine authorization checks are on
 * ({@code camunda.bpm.authorization.enabled}, on H2 too: {@link H2AuthorizationSql}); the groups
 * {@code office}, {@code committee} and {@code admin} hold read permissions and Cockpit only, nobody is a member
 * of {@code camunda-admin} (docs/adr/0008). Kaohe's own code never sets an engine user, so the checks do not
 * apply to it.
 */
@Configuration
class EngineSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EngineSecurityConfiguration.class);

    /** After Spring Security's filter chain (order -100), before the webapps' own filters. */
    private static final int ORDER = 10;

    /** The engine groups (lowercase roles) that may look at the engine: Cockpit and reads, nothing else. */
    static final List<String> READ_ONLY_GROUPS = List.of("office", "committee", "admin");

    /** The engine's only {@code camunda-admin} member: not a login (see {@link #ensureSetupPlaceholder}). */
    static final String SETUP_PLACEHOLDER = "kaohe-webapp-setup-placeholder-never-a-login";

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

    @Bean
    H2AuthorizationSql h2AuthorizationSql(DataSource dataSource) {
        return new H2AuthorizationSql(dataSource);
    }

    @Bean
    NoPerTaskGrants noPerTaskGrants() {
        return new NoPerTaskGrants();
    }

    /**
     * Once per start: nobody stays in {@code camunda-admin} and its blanket grants go (an earlier version
     * granted it ALL on every resource and mapped ADMIN and OFFICE to it); the read-only groups get read
     * permissions and Cockpit.
     */
    @EventListener(ApplicationReadyEvent.class)
    void engineAuthorizations(ApplicationReadyEvent event) {
        AuthorizationService authorizations = event.getApplicationContext().getBean(AuthorizationService.class);
        IdentityService identity = event.getApplicationContext().getBean(IdentityService.class);
        for (User member :
                identity.createUserQuery().memberOfGroup(Groups.CAMUNDA_ADMIN).list()) {
            if (!SETUP_PLACEHOLDER.equals(member.getId())) {
                identity.deleteMembership(member.getId(), Groups.CAMUNDA_ADMIN);
                log.warn("Engine group {}: membership of '{}' removed", Groups.CAMUNDA_ADMIN, member.getId());
            }
        }
        ensureSetupPlaceholder(identity);
        for (Authorization a : authorizations
                .createAuthorizationQuery()
                .groupIdIn(Groups.CAMUNDA_ADMIN)
                .list()) {
            authorizations.deleteAuthorization(a.getId());
        }
        for (String group : READ_ONLY_GROUPS) {
            grant(authorizations, group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(
                    authorizations,
                    group,
                    Resources.PROCESS_DEFINITION,
                    Authorization.ANY,
                    ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE,
                    ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK);
            grant(
                    authorizations,
                    group,
                    Resources.PROCESS_INSTANCE,
                    Authorization.ANY,
                    ProcessInstancePermissions.READ);
            grant(
                    authorizations,
                    group,
                    Resources.TASK,
                    Authorization.ANY,
                    TaskPermissions.READ,
                    TaskPermissions.READ_HISTORY);
            grant(authorizations, group, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
            grant(
                    authorizations,
                    group,
                    Resources.DECISION_DEFINITION,
                    Authorization.ANY,
                    Permissions.READ,
                    Permissions.READ_HISTORY);
            grant(
                    authorizations,
                    group,
                    Resources.DECISION_REQUIREMENTS_DEFINITION,
                    Authorization.ANY,
                    Permissions.READ);
            grant(
                    authorizations,
                    group,
                    Resources.HISTORIC_PROCESS_INSTANCE,
                    Authorization.ANY,
                    HistoricProcessInstancePermissions.READ);
            grant(authorizations, group, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
        }
    }

    /**
     * Camunda's webapps send every page to their "create the first administrator" setup while no user is a member
     * of {@code camunda-admin}. That setup is refused (read-only URL rules) and must not be needed: one member that
     * nobody can log in as — its id is longer than any Kaohe login (at most 40 characters), its engine password is
     * random and never used, and requests carry the groups of the Kaohe user, never this membership.
     */
    private static void ensureSetupPlaceholder(IdentityService identity) {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            org.camunda.bpm.engine.identity.Group g = identity.newGroup(Groups.CAMUNDA_ADMIN);
            g.setName("Camunda BPM Administrators");
            g.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(g);
        }
        if (identity.createUserQuery().userId(SETUP_PLACEHOLDER).count() == 0) {
            User u = identity.newUser(SETUP_PLACEHOLDER);
            u.setFirstName("Kaohe");
            u.setLastName("(no login)");
            u.setPassword(java.util.UUID.randomUUID() + "-" + java.util.UUID.randomUUID());
            identity.saveUser(u);
        }
        if (identity.createUserQuery()
                        .userId(SETUP_PLACEHOLDER)
                        .memberOfGroup(Groups.CAMUNDA_ADMIN)
                        .count()
                == 0) {
            identity.createMembership(SETUP_PLACEHOLDER, Groups.CAMUNDA_ADMIN);
        }
    }

    /** Adds the permissions to the group's grant on the resource (created if missing); idempotent. */
    private static void grant(
            AuthorizationService authorizations,
            String group,
            Resource resource,
            String resourceId,
            Permission... permissions) {
        List<Authorization> existing = authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .list();
        Authorization a;
        if (existing.isEmpty()) {
            a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            a.setGroupId(group);
            a.setResource(resource);
            a.setResourceId(resourceId);
        } else {
            a = existing.get(0);
            boolean complete = true;
            for (Permission p : permissions) {
                complete &= a.isPermissionGranted(p);
            }
            if (complete) {
                return;
            }
        }
        for (Permission p : permissions) {
            a.addPermission(p);
        }
        authorizations.saveAuthorization(a);
    }
}
