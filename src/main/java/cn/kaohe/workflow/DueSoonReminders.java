package cn.kaohe.workflow;

import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Due soon" (即将到期): a message in the app to the assignee of an open task (or to its candidate group) {@link
 * #BEFORE} before its due date. Tasks whose process already reminds them with a non-interrupting timer on the task
 * (自评, 分管领导评分, 申诉转报, 申诉裁定) are left to that timer, and each task is reminded once per due date (the
 * {@code task_due_reminder} table), so nobody is told twice. Runs every {@code kaohe.workflow.due-soon-sweep}.
 */
@Component
public class DueSoonReminders {

    /** How long before the due date the reminder goes (the same as the process timers' reminders). */
    public static final Duration BEFORE = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(DueSoonReminders.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final ZoneId ZONE = cn.kaohe.shared.KaoheZone.ZONE;

    private final TaskService tasks;
    private final RepositoryService repository;
    private final Notifications notifications;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean enabled;
    /** Per process definition and task: does a reminder timer sit on the task? (definitions never change) */
    private final Map<String, Boolean> ownTimer = new ConcurrentHashMap<>();

    DueSoonReminders(
            TaskService tasks,
            RepositoryService repository,
            Notifications notifications,
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${kaohe.workflow.due-soon-enabled:true}") boolean enabled) {
        this.tasks = tasks;
        this.repository = repository;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(
            fixedDelayString = "${kaohe.workflow.due-soon-sweep:PT15M}",
            initialDelayString = "${kaohe.workflow.due-soon-sweep:PT15M}")
    void scheduled() {
        if (enabled) {
            try {
                sweep();
            } catch (RuntimeException e) {
                // another node sent the same reminders first (the key of task_due_reminder): nothing is lost
                log.info("due-soon sweep skipped: {}", e.getMessage());
            }
        }
    }

    /** Sends the reminders now due; answers how many were sent. */
    @Transactional
    public int sweep() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Task> dueSoon = tasks.createTaskQuery()
                .active()
                .dueAfter(Date.from(now.toInstant()))
                .dueBefore(Date.from(now.plus(BEFORE).toInstant()))
                .list();
        int sent = 0;
        for (Task t : dueSoon) {
            if (remindedByItsProcess(t)) {
                continue;
            }
            Optional<String> recipient = recipient(t);
            if (recipient.isEmpty()) {
                continue;
            }
            OffsetDateTime due = t.getDueDate().toInstant().atZone(ZONE).toOffsetDateTime();
            Integer already = jdbc.queryForObject(
                    "select count(*) from task_due_reminder where task_id = ? and due_at = ?",
                    Integer.class,
                    t.getId(),
                    due);
            if (already != null && already > 0) {
                continue;
            }
            jdbc.update(
                    "insert into task_due_reminder (task_id, due_at, recipient, sent_at) values (?, ?, ?, ?)",
                    t.getId(),
                    due,
                    recipient.get(),
                    now);
            notifications.send(new Notifications.Message(
                    NotificationKind.REMINDER,
                    recipient.get(),
                    "待办即将到期：" + t.getName(),
                    "“" + t.getName() + "”将于 " + due.format(TIME) + " 到期，请及时办理（见“我的待办”）。",
                    campaignId(t),
                    null,
                    null));
            sent++;
        }
        return sent;
    }

    private Optional<String> recipient(Task t) {
        if (t.getAssignee() != null) {
            return Optional.of(t.getAssignee());
        }
        return tasks.getIdentityLinksForTask(t.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst()
                .map(g -> "group:" + g);
    }

    /** A non-interrupting timer attached to the task's activity: the process reminds this task itself. */
    private boolean remindedByItsProcess(Task t) {
        return ownTimer.computeIfAbsent(t.getProcessDefinitionId() + "#" + t.getTaskDefinitionKey(), k -> {
            BpmnModelInstance model = repository.getBpmnModelInstance(t.getProcessDefinitionId());
            return model.getModelElementsByType(BoundaryEvent.class).stream()
                    .filter(b -> b.getAttachedTo() != null
                            && t.getTaskDefinitionKey().equals(b.getAttachedTo().getId()))
                    .filter(b -> !b.cancelActivity())
                    .anyMatch(b -> b.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance));
        });
    }

    private Long campaignId(Task t) {
        if (t.getProcessInstanceId() == null) {
            return null;
        }
        List<String> keys = jdbc.queryForList(
                "select business_key_ from act_ru_execution where id_ = ?", String.class, t.getProcessInstanceId());
        String key = keys.isEmpty() ? null : keys.get(0);
        if (key != null && key.startsWith("campaign-")) {
            try {
                return Long.parseLong(key.substring("campaign-".length()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }
}
