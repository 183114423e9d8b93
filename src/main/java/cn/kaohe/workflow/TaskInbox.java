package cn.kaohe.workflow;

import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.PageSpec;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task inbox (我的待办): lists a user's open tasks, claims, saves drafts, completes (one or a batch)
 * through the domain. Controllers use this, never the engine's TaskService.
 */
@Service
public class TaskInbox {

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final Map<String, TaskCompletionHandler> handlers;
    private final Clock clock;

    TaskInbox(
            TaskService taskService, RuntimeService runtimeService, List<TaskCompletionHandler> handlers, Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(TaskCompletionHandler::taskDefinitionKey, Function.identity()));
        this.clock = clock;
    }

    /** Open tasks assigned to the user or offered to one of their groups, earliest due first. */
    @Transactional(readOnly = true)
    public List<InboxTask> tasksOf(String user, Collection<String> groups) {
        List<Task> tasks = new ArrayList<>(taskService
                .createTaskQuery()
                .taskAssignee(user)
                .active()
                .orderByDueDate()
                .asc()
                .list());
        if (!groups.isEmpty()) {
            tasks.addAll(taskService
                    .createTaskQuery()
                    .taskCandidateGroupIn(List.copyOf(groups))
                    .taskUnassigned()
                    .active()
                    .list());
        }
        return describe(tasks);
    }

    /** Sort keys of a paged task list. */
    public static final java.util.Set<String> SORT_KEYS = java.util.Set.of("due", "created", "name");

    /** One page of a user's tasks (assigned to them, or to a group of theirs and unclaimed), sorted by the engine. */
    @Transactional(readOnly = true)
    public PageSpec.Page<InboxTask> tasksOf(String user, Collection<String> groups, PageSpec spec) {
        TaskQuery q = taskService.createTaskQuery().active();
        q = groups.isEmpty()
                ? q.taskAssignee(user)
                : q.or().taskAssignee(user)
                        .taskCandidateGroupIn(List.copyOf(groups))
                        .endOr();
        return page(q, spec);
    }

    /** One page of the open tasks across the engine (of one campaign), for the office's overview. */
    @Transactional(readOnly = true)
    public PageSpec.Page<InboxTask> openTasks(Long campaignId, boolean overdueOnly, PageSpec spec) {
        TaskQuery q = taskService.createTaskQuery().active();
        if (overdueOnly) {
            q = q.dueBefore(Date.from(clock.instant()));
        }
        if (campaignId != null) {
            q = q.processVariableValueEquals(ProcessVocabulary.VAR_CAMPAIGN_ID, campaignId);
        }
        return page(q, spec);
    }

    private PageSpec.Page<InboxTask> page(TaskQuery q, PageSpec spec) {
        long total = q.count();
        TaskQuery ordered =
                switch (spec.sort()) {
                    case "created" -> q.orderByTaskCreateTime();
                    case "name" -> q.orderByTaskName();
                    default -> q.orderByDueDate();
                };
        ordered = spec.ascending() ? ordered.asc() : ordered.desc();
        ordered = spec.ascending()
                ? ordered.orderByTaskId().asc()
                : ordered.orderByTaskId().desc();
        return spec.page(describe(ordered.listPage(spec.offset(), spec.size())), total);
    }

    /** Open tasks of one kind across the engine, for the office's overview (e.g. every overdue rating). */
    @Transactional(readOnly = true)
    public List<InboxTask> openTasks(Long campaignId, boolean overdueOnly) {
        TaskQuery q = taskService.createTaskQuery().active();
        if (overdueOnly) {
            q = q.dueBefore(Date.from(clock.instant()));
        }
        List<InboxTask> all = describe(q.orderByDueDate().asc().list());
        return campaignId == null
                ? all
                : all.stream().filter(t -> campaignId.equals(t.campaignId())).toList();
    }

    @Transactional(readOnly = true)
    public InboxTask task(String taskId, String user, Collection<String> groups) {
        Task task = mayAct(taskId, user, groups);
        return describe(List.of(task)).get(0);
    }

    @Transactional
    public void claim(String taskId, String user, Collection<String> groups) {
        Task task = mayAct(taskId, user, groups);
        if (task.getAssignee() == null) {
            engine(() -> taskService.claim(taskId, user), taskId);
        }
    }

    @Transactional
    public void saveDraft(String taskId, String user, Collection<String> groups, JsonNode form) {
        Task task = mayAct(taskId, user, groups);
        handler(task).saveDraft(context(task), user, form);
    }

    /** Completes a task with form data; the domain validates and records it in the same transaction. */
    @Transactional
    public void complete(String taskId, String user, Collection<String> groups, JsonNode form) {
        Task task = mayAct(taskId, user, groups);
        Map<String, Object> variables = handler(task).complete(context(task), user, form);
        engine(
                () -> {
                    if (task.getAssignee() == null) {
                        taskService.claim(taskId, user);
                    }
                    taskService.complete(taskId, variables);
                },
                taskId);
    }

    /** Completes several tasks at once (e.g. a leader's batch sign-off): all of them, or none. */
    @Transactional
    public int completeAll(List<BatchItem> items, String user, Collection<String> groups) {
        if (items == null || items.isEmpty()) {
            throw new KaoheException(TaskError.EMPTY_BATCH);
        }
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            try {
                complete(item.taskId(), user, groups, item.form());
            } catch (KaoheException e) {
                throw new KaoheException(
                        TaskError.BATCH_ITEM_FAILED, e.problems(), i + 1, item.taskId(), e.getMessage());
            }
        }
        return items.size();
    }

    /** One task of a batch with its form. */
    public record BatchItem(String taskId, JsonNode form) {}

    private Task mayAct(String taskId, String user, Collection<String> groups) {
        Task task = taskService.createTaskQuery().taskId(taskId).singleResult();
        if (task == null) {
            throw new KaoheException(TaskError.TASK_GONE, taskId);
        }
        if (task.getAssignee() != null) {
            if (!task.getAssignee().equals(user)) {
                throw new KaoheException(TaskError.NOT_YOUR_TASK);
            }
            return task;
        }
        List<IdentityLink> links = taskService.getIdentityLinksForTask(taskId);
        boolean offered = links.stream()
                .anyMatch(l -> "candidate".equals(l.getType())
                        && (user.equals(l.getUserId()) || (l.getGroupId() != null && groups.contains(l.getGroupId()))));
        if (!offered) {
            throw new KaoheException(TaskError.NOT_YOUR_TASK);
        }
        return task;
    }

    private TaskCompletionHandler handler(Task task) {
        TaskCompletionHandler h = handlers.get(task.getTaskDefinitionKey());
        if (h == null) {
            throw new IllegalStateException("No handler for task " + task.getTaskDefinitionKey());
        }
        return h;
    }

    private TaskCompletionHandler.TaskContext context(Task task) {
        return describeContext(task, processRefs(List.of(task)));
    }

    private void engine(Runnable call, String taskId) {
        try {
            call.run();
        } catch (OptimisticLockingException | NullPointerException e) {
            // two people completing the same task at once: the loser gets a conflict, never a 500
            throw new KaoheException(TaskError.CONCURRENT_COMPLETION);
        } catch (org.camunda.bpm.engine.exception.NullValueException e) {
            throw new KaoheException(TaskError.TASK_GONE, taskId);
        }
    }

    /** Business key and campaign of each task's process, read in two queries for the whole list. */
    private record ProcessRef(String businessKey, Long campaignId) {}

    private Map<String, ProcessRef> processRefs(List<Task> tasks) {
        java.util.Set<String> ids = tasks.stream()
                .map(Task::getProcessInstanceId)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Long> campaigns = new HashMap<>();
        runtimeService
                .createVariableInstanceQuery()
                .processInstanceIdIn(ids.toArray(String[]::new))
                .variableName(ProcessVocabulary.VAR_CAMPAIGN_ID)
                .list()
                .forEach(v -> campaigns.put(v.getProcessInstanceId(), ((Number) v.getValue()).longValue()));
        Map<String, ProcessRef> refs = new HashMap<>();
        for (ProcessInstance pi : runtimeService
                .createProcessInstanceQuery()
                .processInstanceIds(ids)
                .list()) {
            refs.put(pi.getId(), new ProcessRef(pi.getBusinessKey(), campaigns.get(pi.getId())));
        }
        return refs;
    }

    private List<InboxTask> describe(List<Task> tasks) {
        Map<String, ProcessRef> keys = processRefs(tasks);
        OffsetDateTime now = OffsetDateTime.now(clock);
        ZoneId zone = clock.getZone();
        List<InboxTask> result = new ArrayList<>();
        for (Task t : tasks) {
            TaskCompletionHandler.TaskContext c = describeContext(t, keys);
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

    private TaskCompletionHandler.TaskContext describeContext(Task t, Map<String, ProcessRef> refs) {
        ProcessRef ref = refs.get(t.getProcessInstanceId());
        Long assessmentId = null;
        Long appealId = null;
        if (ref != null && ref.businessKey() != null) {
            String key = ref.businessKey();
            long id = Long.parseLong(key.substring(key.indexOf('-') + 1));
            if (key.startsWith("assessment-")) {
                assessmentId = id;
            } else if (key.startsWith("appeal-")) {
                appealId = id;
            }
        }
        return new TaskCompletionHandler.TaskContext(
                t.getId(), ref == null ? null : ref.campaignId(), assessmentId, appealId);
    }
}
