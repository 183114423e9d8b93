package cn.kaohe.workflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine grants nobody permissions on a single task. Camunda's default provider writes an authorization row
 * for every task's assignee, owner and candidate (UPDATE and TASK_WORK: "may complete it in Tasklist"), read one
 * back before writing it, and so costs every task three statements and leaves a row per task. In Kaohe tasks are
 * completed only through Kaohe's inbox, which checks the domain and audits the person; the engine's APIs are read-only
 * for everybody and Tasklist is not offered (docs/adr/0008). The groups {@code office}, {@code committee} and
 * {@code admin} read every task through their group grants ({@link EngineSecurityConfiguration}). Everything else
 * (users, groups, filters, deployments) keeps the default provider's behaviour. Docs/adr/0013, addendum "the
 * engine's share of a completion".
 */
public class NoPerTaskGrants extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new Manager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /**
     * The engine deletes a task's authorization rows when the task is done, and a process instance's when it ends (a
     * statement each). None exist: tasks get none ({@link Provider}), Camunda's provider gives process instances none,
     * the engine's APIs may not create any (docs/adr/0008), and the task rows a version before this one wrote name
     * tasks whose ids are never used again. Grants on every task or instance ({@code *}) are not touched.
     */
    static final class Manager extends AuthorizationManager {

        @Override
        public void deleteAuthorizationsByResourceId(Resource resource, String resourceId) {
            if ((resource.resourceType() == Resources.TASK.resourceType()
                            || resource.resourceType() == Resources.PROCESS_INSTANCE.resourceType())
                    && resourceId != null
                    && !resourceId.equals(Authorization.ANY)) {
                return;
            }
            super.deleteAuthorizationsByResourceId(resource, resourceId);
        }
    }

    /** The default provider without its per-task grants. */
    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        public AuthorizationEntity[] newTask(Task task) {
            return null;
        }

        @Override
        public AuthorizationEntity[] newTaskAssignee(Task task, String oldAssignee, String newAssignee) {
            return null;
        }

        @Override
        public AuthorizationEntity[] newTaskOwner(Task task, String oldOwner, String newOwner) {
            return null;
        }

        @Override
        public AuthorizationEntity[] newTaskUserIdentityLink(Task task, String userId, String type) {
            return null;
        }

        @Override
        public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
            return null;
        }

        @Override
        public AuthorizationEntity[] deleteTaskUserIdentityLink(Task task, String userId, String type) {
            return null;
        }

        @Override
        public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
            return null;
        }
    }
}
