package cn.kaohe.workflow.ops;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Camunda Tasklist for the groups the README offers it to besides the administrators (the office,
 * {@code kaohe.tasklist.groups}): they may open the Tasklist app and read its default filter ({@code 所有任务},
 * created by the starter for its owner only), which then lists the tasks their engine authorizations show them —
 * the tasks of their candidate groups and their own. Without this a user outside {@code camunda-admin} gets a 403
 * on the filter and Tasklist logs them out in a loop. Granted once at start-up, idempotent; nothing else is
 * granted (no task or process permission: those follow from the tasks' candidate groups).
 */
@Component
class TasklistAccess {

    private static final Logger log = LoggerFactory.getLogger(TasklistAccess.class);
    static final String TASKLIST = "tasklist";

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final String defaultFilter;
    private final List<String> groups;

    TasklistAccess(
            AuthorizationService authorizations,
            FilterService filters,
            @Value("${camunda.bpm.filter.create:}") String defaultFilter,
            @Value("${kaohe.tasklist.groups:office}") List<String> groups) {
        this.authorizations = authorizations;
        this.filters = filters;
        this.defaultFilter = defaultFilter;
        this.groups = groups;
    }

    @EventListener(ApplicationReadyEvent.class)
    void grant() {
        int created = 0;
        for (String group : groups) {
            if (group.isBlank()) {
                continue;
            }
            created += grant(group, Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
            if (!defaultFilter.isBlank()) {
                for (Filter filter :
                        filters.createFilterQuery().filterName(defaultFilter).list()) {
                    created += grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
                }
            }
        }
        if (created > 0) {
            log.info("Tasklist: groups {} may open Tasklist and read the filter '{}'", groups, defaultFilter);
        }
    }

    private int grant(String group, Resource resource, String resourceId, Permission permission) {
        Authorization existing = authorizations
                .createAuthorizationQuery()
                .groupIdIn(group)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (existing != null && existing.isPermissionGranted(permission)) {
            return 0;
        }
        Authorization authorization =
                existing != null ? existing : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        authorization.setGroupId(group);
        authorization.setResource(resource);
        authorization.setResourceId(resourceId);
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
        return 1;
    }
}
