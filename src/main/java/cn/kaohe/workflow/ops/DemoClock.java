package cn.kaohe.workflow.ops;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.KaoheZone;
import cn.kaohe.shared.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo's clock control, in the demo profile only (elsewhere neither this bean nor {@link DemoClockController}
 * exists, and {@code /api/admin/demo-clock} answers 404): moves the engine's clock, and
 * with it the application's ({@code EngineClock} reads {@link ClockUtil}), forward by hours or days. Time keeps
 * running from there (an offset, not a frozen time); timers that are now due are run by the job executor as they
 * would be when their time came, which is woken at once. Every move is audited (action {@code DEMO_CLOCK_ADVANCED},
 * entity {@code DemoClock/engine}); at start-up the offset of the last move is taken up again, so a restarted demo
 * does not travel back in time.
 */
@Component
@Profile("demo")
public class DemoClock {

    static final String ENTITY_TYPE = "DemoClock";
    static final String ENTITY_ID = "engine";
    static final String ACTION = "DEMO_CLOCK_ADVANCED";
    static final long MAX_HOURS = 24L * 60;
    static final long MAX_DAYS = 60;

    private static final Logger log = LoggerFactory.getLogger(DemoClock.class);

    private final ManagementService management;
    private final ProcessEngineConfigurationImpl engineConfiguration;
    private final AuditTrail audit;
    private final ObjectMapper json;
    private final ZoneId zone;

    public DemoClock(
            ManagementService management,
            ProcessEngineConfigurationImpl engineConfiguration,
            AuditTrail audit,
            ObjectMapper json,
            @Value("${kaohe.zone:" + KaoheZone.ID + "}") String zone) {
        this.management = management;
        this.engineConfiguration = engineConfiguration;
        this.audit = audit;
        this.json = json;
        this.zone = KaoheZone.checked(zone);
    }

    /** What the clock says, how far it is ahead of the wall clock, and the next timers. */
    public record State(OffsetDateTime now, long offsetMinutes, long dueJobs, List<PendingTimer> nextTimers) {}

    public record PendingTimer(OffsetDateTime due, String process, String activity) {}

    /** How far to move: hours and/or days, both whole and not negative, at least one of them positive. */
    public record Move(Long hours, Long days, String reason) {}

    /** Takes up the offset of the last audited move (the demo database outlives the process). */
    @EventListener(ApplicationReadyEvent.class)
    public synchronized void restore() {
        List<AuditRecord> moves = audit.history(ENTITY_TYPE, ENTITY_ID);
        if (moves.isEmpty()) {
            return;
        }
        try {
            JsonNode after = json.readTree(moves.get(moves.size() - 1).getAfterState());
            Duration offset = Duration.ofMinutes(after.path("offsetMinutes").asLong(0));
            ClockUtil.offset(offset.toMillis());
            log.info("Demo clock: {} ahead of real time (last move restored), now {}", offset, now());
        } catch (Exception e) {
            log.warn("Demo clock: cannot read the last move, the clock stays on real time", e);
        }
    }

    public synchronized State state() {
        List<Job> timers =
                management.createJobQuery().timers().orderByJobDuedate().asc().listPage(0, 8);
        Map<String, String> activities = new HashMap<>();
        for (Job job : timers) {
            if (job.getJobDefinitionId() != null && !activities.containsKey(job.getJobDefinitionId())) {
                JobDefinition definition = management
                        .createJobDefinitionQuery()
                        .jobDefinitionId(job.getJobDefinitionId())
                        .singleResult();
                activities.put(job.getJobDefinitionId(), definition == null ? null : definition.getActivityId());
            }
        }
        List<PendingTimer> next = new ArrayList<>();
        for (Job job : timers) {
            next.add(new PendingTimer(
                    job.getDuedate().toInstant().atZone(zone).toOffsetDateTime(),
                    job.getProcessDefinitionKey(),
                    activities.get(job.getJobDefinitionId())));
        }
        long due = management.createJobQuery().executable().count();
        return new State(now(), offset().toMinutes(), due, next);
    }

    /** Moves the clock forward (audited first: if the audit fails, the clock stays). */
    public synchronized State advance(Move move, String actor) {
        Duration by = validated(move);
        Map<String, Object> before = snapshot();
        OffsetDateTime target = now().plus(by);
        // relative to the wall clock, so that time keeps running from the new time (even if it was held still)
        Duration newOffset = Duration.ofMillis(target.toInstant().toEpochMilli() - System.currentTimeMillis());
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("now", target.toString());
        after.put("offsetMinutes", newOffset.toMinutes());
        after.put("movedMinutes", by.toMinutes());
        String reason = move.reason() == null || move.reason().isBlank()
                ? "演示：时钟前移" + describe(by)
                : move.reason().strip();
        audit.record(actor, AuditEvent.changed(ACTION, ENTITY_TYPE, ENTITY_ID, before, after, reason));
        ClockUtil.offset(newOffset.toMillis());
        log.info("Demo clock moved forward by {} by {}: now {}", by, actor, now());
        JobExecutor executor = engineConfiguration.getJobExecutor();
        if (executor != null && executor.isActive()) {
            executor.jobWasAdded(); // wake the acquisition: timers now due run at once
        }
        return state();
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("now", now().toString());
        state.put("offsetMinutes", offset().toMinutes());
        return state;
    }

    /** How far the clock is ahead of the wall clock. */
    private static Duration offset() {
        return Duration.ofMillis(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis());
    }

    private OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(zone).toOffsetDateTime();
    }

    static Duration validated(Move move) {
        List<Problem> problems = new ArrayList<>();
        if (move == null) {
            throw KaoheException.invalid(List.of(Problem.ofField("hours", "请填写前移的小时数或天数")));
        }
        long hours = move.hours() == null ? 0 : move.hours();
        long days = move.days() == null ? 0 : move.days();
        if (hours < 0 || hours > MAX_HOURS) {
            problems.add(Problem.ofField("hours", "小时数须在 0 到 " + MAX_HOURS + " 之间（时钟只能前移）"));
        }
        if (days < 0 || days > MAX_DAYS) {
            problems.add(Problem.ofField("days", "天数须在 0 到 " + MAX_DAYS + " 之间（时钟只能前移）"));
        }
        if (problems.isEmpty() && hours == 0 && days == 0) {
            problems.add(Problem.ofField("hours", "请填写前移的小时数或天数（至少一项大于 0）"));
        }
        if (move.reason() != null && move.reason().length() > 200) {
            problems.add(Problem.ofField("reason", "说明不能超过 200 个字"));
        }
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        return Duration.ofDays(days).plusHours(hours);
    }

    private static String describe(Duration by) {
        long days = by.toDays();
        long hours = by.minusDays(days).toHours();
        return (days > 0 ? " " + days + " 天" : "") + (hours > 0 ? " " + hours + " 小时" : "");
    }
}
