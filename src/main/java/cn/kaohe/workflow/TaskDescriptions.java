package cn.kaohe.workflow;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What an engine task is about, as the inbox shows it: its kind, the campaign, assessment, appeal, target change,
 * leave request or work plan its process belongs to (from the business key and the campaign variable), its group and
 * due date. Read for a whole list at once (split from {@link TaskInbox}, docs/adr/0022).
 */
@Component
class TaskDescriptions {

    private final TaskService taskService;
    private final Map<String, TaskCompletionHandler> handlers;
    private final Clock clock;
    private final JdbcTemplate jdbc;

    TaskDescriptions(TaskService taskService, List<TaskCompletionHandler> handlers, Clock clock, JdbcTemplate jdbc) {
        this.taskService = taskService;
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(TaskCompletionHandler::taskDefinitionKey, Function.identity()));
        this.clock = clock;
        this.jdbc = jdbc;
    }

    /** The domain ids of one task (for its completion handler). */
    TaskCompletionHandler.TaskContext context(Task task) {
        return context(task.getId(), task.getProcessInstanceId());
    }

    /** The context of one task known by its id and its process instance (the inbox's locked row). */
    TaskCompletionHandler.TaskContext context(String taskId, String processInstanceId) {
        List<String> ids = processInstanceId == null ? List.of() : List.of(processInstanceId);
        return describeContext(taskId, processInstanceId, processRefs(ids));
    }

    /** The context of one task whose process's business key and campaign were read with it. */
    static TaskCompletionHandler.TaskContext context(
            String taskId, String processInstanceId, String businessKey, Long campaignId) {
        Map<String, ProcessRef> refs = processInstanceId == null
                ? Map.of()
                : Map.of(processInstanceId, new ProcessRef(businessKey, campaignId));
        return describeContext(taskId, processInstanceId, refs);
    }

    /** Business key and campaign of each task's process, read in two queries for the whole list. */
    private record ProcessRef(String businessKey, Long campaignId) {}

    private static final int REFS_SLICE = 1000;

    /**
     * One read of the engine's tables for the whole list (its process instances' business keys and their campaign
     * variable), in slices of {@value #REFS_SLICE} ids: it was two engine queries per call, 12 % of a completion's
     * time (ADR 0013 addendum).
     */
    private Map<String, ProcessRef> processRefs(List<String> ids) {
        Map<String, ProcessRef> refs = new HashMap<>();
        for (int from = 0; from < ids.size(); from += REFS_SLICE) {
            List<String> slice = ids.subList(from, Math.min(ids.size(), from + REFS_SLICE));
            String marks = String.join(",", java.util.Collections.nCopies(slice.size(), "?"));
            List<Object> args = new ArrayList<>();
            args.add(ProcessVocabulary.VAR_CAMPAIGN_ID);
            args.addAll(slice);
            jdbc.query(
                    "select e.id_, e.business_key_, v.long_ from act_ru_execution e"
                            + " left join act_ru_variable v on v.execution_id_ = e.id_ and v.name_ = ?"
                            + " where e.id_ in (" + marks + ")",
                    rs -> {
                        long value = rs.getLong(3);
                        Long campaign = rs.wasNull() ? null : value;
                        refs.put(rs.getString(1), new ProcessRef(rs.getString(2), campaign));
                    },
                    args.toArray());
        }
        return refs;
    }

    List<InboxTask> describe(List<Task> tasks) {
        Map<String, ProcessRef> keys = processRefs(tasks.stream()
                .map(Task::getProcessInstanceId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        ZoneId zone = clock.getZone();
        List<InboxTask> result = new ArrayList<>();
        for (Task t : tasks) {
            TaskCompletionHandler.TaskContext c = describeContext(t.getId(), t.getProcessInstanceId(), keys);
            OffsetDateTime due = t.getDueDate() == null
                    ? null
                    : t.getDueDate().toInstant().atZone(zone).toOffsetDateTime();
            String group = t.getAssignee() == null ? candidateGroup(t) : null;
            TaskCompletionHandler h = handlers.get(t.getTaskDefinitionKey());
            result.add(new InboxTask(
                    t.getId(),
                    h == null ? t.getTaskDefinitionKey() : h.kind(),
                    t.getName(),
                    t.getAssignee(),
                    group,
                    c.campaignId(),
                    c.assessmentId(),
                    c.appealId(),
                    t.getCreateTime().toInstant().atZone(zone).toOffsetDateTime(),
                    due,
                    due != null && due.isBefore(now)));
        }
        return result;
    }

    private String candidateGroup(Task t) {
        return taskService.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst()
                .orElse(null);
    }

    private static TaskCompletionHandler.TaskContext describeContext(
            String taskId, String processInstanceId, Map<String, ProcessRef> refs) {
        ProcessRef ref = processInstanceId == null ? null : refs.get(processInstanceId);
        Long assessmentId = null;
        Long appealId = null;
        Long targetChangeId = null;
        Long leaveId = null;
        Long workPlanId = null;
        if (ref != null && ref.businessKey() != null) {
            String key = ref.businessKey();
            long id = Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
            if (key.startsWith("assessment-")) {
                assessmentId = id;
            } else if (key.startsWith("appeal-")) {
                appealId = id;
            } else if (key.startsWith("target-change-")) {
                targetChangeId = id;
            } else if (key.startsWith("leave-")) {
                leaveId = id;
            } else if (key.startsWith("work-plan-")) {
                workPlanId = id;
            }
        }
        return new TaskCompletionHandler.TaskContext(
                taskId,
                ref == null ? null : ref.campaignId(),
                assessmentId,
                appealId,
                targetChangeId,
                leaveId,
                workPlanId);
    }
}
