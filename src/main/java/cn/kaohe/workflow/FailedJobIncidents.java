package cn.kaohe.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.incident.IncidentHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Incident;

/**
 * Camunda's failed-job incidents, without looking for an incident that cannot exist. Whenever a job is deleted (a
 * task's reminder and escalation timers when the task is done: two per completion) the engine reads ACT_RU_INCIDENT
 * for the job's incident. A failed-job incident is raised only when a job has no retries left, and giving a job
 * retries again resolves it; so a job that still has retries and no stored failure has none, and the read is skipped.
 * Every other case (no retries left, a stored failure, a job not in the command's cache) is Camunda's own handling.
 * Docs/adr/0013, addendum "the engine's bookkeeping".
 */
public class FailedJobIncidents extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<IncidentHandler> handlers = configuration.getCustomIncidentHandlers() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomIncidentHandlers());
        handlers.add(new Handler());
        configuration.setCustomIncidentHandlers(handlers);
    }

    static final class Handler extends DefaultIncidentHandler {

        Handler() {
            super(Incident.FAILED_JOB_HANDLER_TYPE);
        }

        @Override
        public void resolveIncident(IncidentContext context) {
            if (!cannotHaveIncident(context)) {
                super.resolveIncident(context);
            }
        }

        @Override
        public void deleteIncident(IncidentContext context) {
            if (!cannotHaveIncident(context)) {
                super.deleteIncident(context);
            }
        }

        private static boolean cannotHaveIncident(IncidentContext context) {
            CommandContext command = Context.getCommandContext();
            if (command == null || context.getConfiguration() == null) {
                return false;
            }
            JobEntity job = command.getDbEntityManager().getCachedEntity(JobEntity.class, context.getConfiguration());
            return job != null && job.getRetries() > 0 && job.getExceptionByteArrayId() == null;
        }
    }
}
