package cn.kaohe.workflow.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
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
