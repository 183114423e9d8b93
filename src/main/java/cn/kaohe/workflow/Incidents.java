package cn.kaohe.workflow;

import cn.kaohe.shared.KaoheException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;

/**
 * Steps that failed for good (故障): an async step or timer whose job used up its retries (back-off
 * {@code failedJobRetryTimeCycle}, ADR 0010) raises an engine incident; the office sees it here with a Chinese
 * description and can retry it once the cause is fixed (e.g. after loading the next year's holiday calendar).
 */
@Service
public class Incidents {

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final Clock clock;
    private final Map<String, String> names = new ConcurrentHashMap<>();

    Incidents(RuntimeService runtime, RepositoryService repository, ManagementService management, Clock clock) {
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.clock = clock;
    }

    /** One open incident as the office sees it. */
    public record OpenIncident(
            String id,
            OffsetDateTime since,
            String process,
            String step,
            String businessKey,
            String description,
            String cause) {}

    public List<OpenIncident> open() {
        return runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list().stream()
                .map(this::describe)
                .toList();
    }

    /** Gives the failed job of an incident one more try (the incident ends when it succeeds). */
    public void retry(String incidentId) {
        Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
        if (incident == null) {
            throw KaoheException.notFound("故障", incidentId);
        }
        if (!Incident.FAILED_JOB_HANDLER_TYPE.equals(incident.getIncidentType())
                || incident.getConfiguration() == null) {
            throw new KaoheException(TaskError.BAD_ACTION, "重试（该故障不是失败的作业）");
        }
        management.setJobRetries(incident.getConfiguration(), 1);
    }

    private OpenIncident describe(Incident i) {
        String process = name(i.getProcessDefinitionId(), null);
        String step = name(i.getProcessDefinitionId(), i.getActivityId());
        String key = null;
        if (i.getProcessInstanceId() != null) {
            ProcessInstance pi = runtime.createProcessInstanceQuery()
                    .processInstanceId(i.getProcessInstanceId())
                    .singleResult();
            key = pi == null ? null : pi.getBusinessKey();
        }
        String description = Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType())
                ? "「" + step + "」多次自动重试后仍失败，流程在此暂停，请排除原因后点击重试"
                : "「" + step + "」出现故障（" + i.getIncidentType() + "），流程在此暂停";
        return new OpenIncident(
                i.getId(),
                i.getIncidentTimestamp() == null
                        ? null
                        : i.getIncidentTimestamp()
                                .toInstant()
                                .atZone(clock.getZone())
                                .toOffsetDateTime(),
                process,
                step,
                key,
                description,
                i.getIncidentMessage());
    }

    /** The Chinese name of a process definition, or of one of its steps. */
    private String name(String definitionId, String activityId) {
        if (definitionId == null) {
            return activityId;
        }
        return names.computeIfAbsent(definitionId + "/" + activityId, k -> {
            if (activityId == null) {
                String n = repository.getProcessDefinition(definitionId).getName();
                return n == null ? definitionId : n;
            }
            FlowElement e = repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
            return e == null || e.getName() == null ? activityId : e.getName();
        });
    }
}
