package cn.kaohe.workflow;

import cn.kaohe.campaign.CampaignService;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.PageSpec;
import cn.kaohe.shared.Problem;
import cn.kaohe.web.Conflicts;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The task inbox (我的待办): lists a user's open tasks, claims, saves drafts, completes (one or a batch)
 * through the domain. Controllers use this, never the engine's TaskService.
 */
@Service
public class TaskInbox {

    private final TaskService taskService;
    private final Map<String, TaskCompletionHandler> handlers;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final CampaignService campaigns;
    private final TaskDescriptions descriptions;

    /** Tries of one request that lost a race on a row it does not own (see {@link #inTransaction}). */
    static final int ATTEMPTS = 3;

    /** A batch completes at most this many tasks in one transaction. */
    static final int MAX_BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(TaskInbox.class);

    private final TaskLocks locks;

    TaskInbox(
            TaskService taskService,
            List<TaskCompletionHandler> handlers,
            Clock clock,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            @Lazy CampaignService campaigns,
            TaskDescriptions descriptions,
            TaskLocks locks) {
        this.locks = locks;
        this.taskService = taskService;
        this.handlers = handlers.stream()
                .collect(Collectors.toMap(TaskCompletionHandler::taskDefinitionKey, Function.identity()));
        this.clock = clock;
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.campaigns = campaigns;
        this.descriptions = descriptions;
    }

    /**
     * Open tasks assigned to the user or offered to them or to one of their groups (an escalated work-plan review is
     * offered to the office and still to its reviewer), earliest due first.
     */
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
        tasks.addAll(
                taskService.createTaskQuery().taskCandidateUser(user).active().list());
        return descriptions.describe(
                tasks.stream().filter(distinctBy(Task::getId)).toList());
    }

    private static <T> java.util.function.Predicate<T> distinctBy(Function<T, Object> key) {
        java.util.Set<Object> seen = new java.util.HashSet<>();
        return t -> seen.add(key.apply(t));
    }

    /** Sort keys of a paged task list. */
    public static final java.util.Set<String> SORT_KEYS = java.util.Set.of("due", "created", "name");

    /** One page of a user's tasks (assigned to them, or to a group of theirs and unclaimed), sorted by the engine. */
    @Transactional(readOnly = true)
    public PageSpec.Page<InboxTask> tasksOf(String user, Collection<String> groups, PageSpec spec) {
        return tasksOf(user, groups, spec, null);
    }

    /**
     * One page of a user's tasks whose name or cadre's name contains {@code search} (every task when blank). The cadre
     * of a task: the cadre assessed (assessment and appeal tasks) or asking for leave.
     */
    @Transactional(readOnly = true)
    public PageSpec.Page<InboxTask> tasksOf(String user, Collection<String> groups, PageSpec spec, String search) {
        TaskQuery q = taskService.createTaskQuery().active();
        if (search != null && !search.isBlank()) {
            String like = "%" + search.trim().replace("%", "").replace("_", "") + "%";
            List<String> keys = businessKeysOfCadresNamed(like);
            q = keys.isEmpty()
                    ? q.taskNameLike(like)
                    : q.or().taskNameLike(like)
                            .processInstanceBusinessKeyIn(keys.toArray(String[]::new))
                            .endOr();
        }
        // offered to the user too: an escalated work-plan review stays in its reviewer's list
        q = groups.isEmpty()
                ? q.or().taskAssignee(user).taskCandidateUser(user).endOr()
                : q.or().taskAssignee(user)
                        .taskCandidateUser(user)
                        .taskCandidateGroupIn(List.copyOf(groups))
                        .endOr();
        return page(q, spec);
    }

    /** At most this many processes are matched by a cadre's name in a task search (type more of the name). */
    static final int NAME_MATCHES = 1000;

    /** Business keys of the processes about cadres whose name is like {@code like}: assessments, appeals, leave. */
    private List<String> businessKeysOfCadresNamed(String like) {
        return jdbc.queryForList(
                "select 'assessment-' || a.id from assessment a join cadre c on c.id = a.cadre_id where c.name like ?"
                        + " union all select 'appeal-' || p.id from appeal p join assessment a on a.id = p.assessment_id"
                        + " join cadre c on c.id = a.cadre_id where c.name like ?"
                        + " union all select 'leave-' || l.id from leave_request l join cadre c on c.id = l.cadre_id"
                        + " where c.name like ? fetch first " + NAME_MATCHES + " rows only",
                String.class,
                like,
                like,
                like);
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
        return spec.page(descriptions.describe(ordered.listPage(spec.offset(), spec.size())), total);
    }

    /** Open tasks of one kind across the engine, for the office's overview (e.g. every overdue rating). */
    @Transactional(readOnly = true)
    public List<InboxTask> openTasks(Long campaignId, boolean overdueOnly) {
        TaskQuery q = taskService.createTaskQuery().active();
        if (overdueOnly) {
            q = q.dueBefore(Date.from(clock.instant()));
        }
        List<InboxTask> all = descriptions.describe(q.orderByDueDate().asc().list());
        return campaignId == null
                ? all
                : all.stream().filter(t -> campaignId.equals(t.campaignId())).toList();
    }

    @Transactional(readOnly = true)
    public InboxTask task(String taskId, String user, Collection<String> groups) {
        Task task = mayAct(taskId, user, groups);
        return descriptions.describe(List.of(task)).get(0);
    }

    /**
     * Claims a task. Like every change through the inbox it runs in its own transaction that first locks the task
     * (ADR 0010), so that a double click waits for the first click and then finds the task claimed or done.
     */
    public void claim(String taskId, String user, Collection<String> groups) {
        inTransaction(() -> {
            TaskLocks.LockedTask task = lockAndCheck(taskId, user, groups);
            if (task.assignee() == null) {
                engine(() -> taskService.claim(taskId, user), taskId);
            }
            return null;
        });
    }

    public void saveDraft(String taskId, String user, Collection<String> groups, JsonNode form) {
        JsonNode checked = formObject(form, "form");
        inTransaction(() -> {
            TaskLocks.LockedTask task = lockAndCheck(taskId, user, groups);
            handler(task.definitionKey()).saveDraft(context(task), user, checked);
            return null;
        });
    }

    /**
     * Completes a task with form data; the domain validates and records it in the same transaction. Of two
     * requests completing the same task at once exactly one succeeds; the other answers TASK-001 (409). A request
     * that lost only a race on another row (a deadlock, a stale version) is tried again, up to {@value #ATTEMPTS}
     * times; if it still loses it answers TASK-003 (409). Never a 500, never both lost.
     */
    public void complete(String taskId, String user, Collection<String> groups, JsonNode form) {
        JsonNode checked = formObject(form, "form");
        inTransaction(() -> {
            completeLocked(taskId, user, groups, checked);
            return null;
        });
    }

    /** Completes several tasks at once (e.g. a leader's batch sign-off): all of them, or none. */
    public int completeAll(List<BatchItem> items, String user, Collection<String> groups) {
        List<BatchItem> checked = checkBatch(items);
        return inTransaction(() -> {
            for (int i = 0; i < checked.size(); i++) {
                BatchItem item = checked.get(i);
                try {
                    completeLocked(item.taskId(), user, groups, item.form());
                } catch (KaoheException e) {
                    if (e.errorCode() == TaskError.TASK_GONE || e.errorCode() == TaskError.CONCURRENT_COMPLETION) {
                        throw e; // someone else was faster: a conflict (409), not bad input
                    }
                    throw new KaoheException(
                            TaskError.BATCH_ITEM_FAILED, e.problems(), i + 1, item.taskId(), e.getMessage());
                }
            }
            return checked.size();
        });
    }

    /** One task of a batch with its form. */
    public record BatchItem(String taskId, JsonNode form) {}

    private void completeLocked(String taskId, String user, Collection<String> groups, JsonNode form) {
        TaskLocks.LockedTask task = lockAndCheck(taskId, user, groups);
        Map<String, Object> variables = handler(task.definitionKey()).complete(context(task), user, form);
        engine(
                () -> {
                    if (task.assignee() == null) {
                        taskService.claim(taskId, user);
                    }
                    taskService.complete(taskId, variables);
                },
                taskId);
    }

    /** A batch names each task once, by id, with an object (or no) form. */
    private static List<BatchItem> checkBatch(List<BatchItem> items) {
        if (items == null || items.isEmpty()) {
            throw new KaoheException(TaskError.EMPTY_BATCH);
        }
        if (items.size() > MAX_BATCH) {
            throw KaoheException.invalid(
                    List.of(Problem.ofField("items", "一次最多办理 " + MAX_BATCH + " 项，本次 " + items.size() + " 项")));
        }
        List<Problem> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<BatchItem> checked = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            BatchItem item = items.get(i);
            String at = "[" + i + "]";
            if (item == null) {
                problems.add(Problem.ofField(at, "缺少待办"));
                continue;
            }
            if (item.taskId() == null || item.taskId().isBlank()) {
                problems.add(Problem.ofField(at + ".taskId", "必填"));
            } else if (!seen.add(item.taskId())) {
                problems.add(Problem.ofField(at + ".taskId", "同一待办在一批中出现多次：" + item.taskId()));
            }
            JsonNode form = item.form();
            if (form != null && !form.isNull() && !form.isObject()) {
                problems.add(Problem.ofField(at + ".form", "须为 JSON 对象"));
            }
            checked.add(new BatchItem(item.taskId(), form == null || form.isNull() ? null : form));
        }
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        return checked;
    }

    /**
     * A form is a JSON object; a missing body is an empty form (the domain names what is missing); a literal
     * {@code null}, an array or a value is a 400 naming the form (a draft is never wiped by a {@code null}).
     */
    private static JsonNode formObject(JsonNode form, String field) {
        if (form == null || form.isMissingNode()) {
            return null;
        }
        if (!form.isObject()) {
            throw KaoheException.invalid(List.of(Problem.ofField(field, "须为 JSON 对象")));
        }
        return form;
    }

    /**
     * Runs one inbox change in its own transaction, tried again when it lost a race on a row it does not own (a
     * deadlock broken by the database, a stale version of another row, the engine's optimistic locking). Each try
     * starts by locking the task, so a retry of a double click finds the task done (TASK-001). Inside a caller's
     * transaction there is no retry: the caller's transaction decides.
     */
    <T> T inTransaction(java.util.function.Supplier<T> work) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            try {
                return translate(work);
            } catch (LostRace e) {
                throw new KaoheException(TaskError.CONCURRENT_COMPLETION);
            }
        }
        for (int attempt = 1; ; attempt++) {
            try {
                T result = tx.execute(status -> translate(work));
                // committed and its connection given back: a last rating now moves its campaign on (docs/adr/0013)
                campaigns.moveOnCommittedRatings();
                return result;
            } catch (LostRace e) {
                if (attempt >= ATTEMPTS) {
                    log.info(
                            "Task change lost {} races, giving up: {}",
                            attempt,
                            e.getCause().toString());
                    throw new KaoheException(TaskError.CONCURRENT_COMPLETION);
                }
            } catch (KaoheException e) {
                throw e;
            } catch (RuntimeException e) {
                // thrown at commit (a flush that met a stale version or a deadlock)
                if (!Conflicts.isTransient(e)) {
                    throw e;
                }
                if (attempt >= ATTEMPTS) {
                    log.info("Task change lost {} races at commit, giving up: {}", attempt, e.toString());
                    throw new KaoheException(TaskError.CONCURRENT_COMPLETION);
                }
            }
            pause(attempt);
        }
    }

    private static <T> T translate(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (KaoheException | LostRace e) {
            throw e;
        } catch (RuntimeException e) {
            if (Conflicts.isTransient(e)) {
                throw new LostRace(e);
            }
            throw e;
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(5, 25L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KaoheException(TaskError.CONCURRENT_COMPLETION);
        }
    }

    /** Lost a race on some row; the transaction is rolled back and the change may be tried again. */
    private static final class LostRace extends RuntimeException {
        LostRace(Throwable cause) {
            super(cause);
        }
    }

    /**
     * Locks the task's engine row until the transaction ends (first in the lock order, ADR 0010), then checks the
     * user may act on it. A second request for the same task waits here; when the first completed the task, the
     * row is gone and the second answers TASK-001.
     */
    private TaskLocks.LockedTask lockAndCheck(String taskId, String user, Collection<String> groups) {
        return locks.lockAndCheck(taskId, user, groups);
    }

    private TaskCompletionHandler.TaskContext context(TaskLocks.LockedTask task) {
        return task.withProcess()
                ? TaskDescriptions.context(task.id(), task.processInstanceId(), task.businessKey(), task.campaignId())
                : descriptions.context(task.id(), task.processInstanceId());
    }

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

    private TaskCompletionHandler handler(String definitionKey) {
        TaskCompletionHandler h = handlers.get(definitionKey);
        if (h == null) {
            throw new IllegalStateException("No handler for task " + definitionKey);
        }
        return h;
    }

    private void engine(Runnable call, String taskId) {
        try {
            call.run();
        } catch (OptimisticLockingException e) {
            throw new LostRace(e);
        } catch (NullPointerException e) {
            // seen inside the engine when two completions of one task overlap (STACK.md): a lost race, never a 500
            throw new LostRace(e);
        } catch (org.camunda.bpm.engine.exception.NullValueException e) {
            throw new KaoheException(TaskError.TASK_GONE, taskId);
        }
    }
}
