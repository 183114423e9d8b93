package cn.kaohe.support;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * Moves time for process tests: the application clock reads the engine's clock
 * ({@code workflow.EngineClock}), so moving {@link ClockUtil} moves both. Runs due jobs itself because
 * the job executor is off in tests.
 *
 * <p>Tests never read the wall clock: when the test context starts, and after every {@link #reset()},
 * the clock runs from {@link #TEST_EPOCH} (a fixed working Monday inside the shipped holiday calendar),
 * ticking with real time from there. A test that needs a particular moment sets it with {@link #set}.
 */
@Component
public class EngineTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Monday 1 June 2026, 09:00 in Asia/Shanghai: every date a test derives from "now" stays in 2026. */
    public static final OffsetDateTime TEST_EPOCH = at("2026-06-01T09:00");

    private final ManagementService managementService;

    public EngineTime(ManagementService managementService) {
        this.managementService = managementService;
        reset();
    }

    /** A local date-time in Asia/Shanghai, e.g. {@code at("2026-10-08T00:00")}. */
    public static OffsetDateTime at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ZONE).toOffsetDateTime();
    }

    public void set(OffsetDateTime time) {
        ClockUtil.setCurrentTime(Date.from(time.toInstant()));
    }

    public void set(String isoLocalInShanghai) {
        set(java.time.LocalDateTime.parse(isoLocalInShanghai).atZone(ZONE).toOffsetDateTime());
    }

    public OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toOffsetDateTime();
    }

    public void advance(Duration d) {
        ClockUtil.setCurrentTime(
                Date.from(ClockUtil.getCurrentTime().toInstant().plus(d)));
    }

    /**
     * Back to the fixed test epoch (ticking from there), never to the wall clock. A node of the fault suite's kill
     * programme (its own JVM) sets {@value #OFFSET_PROPERTY} instead: every node then reads the same clock.
     */
    public void reset() {
        ClockUtil.reset();
        String shared = System.getProperty(OFFSET_PROPERTY);
        ClockUtil.offset(
                shared != null
                        ? Long.parseLong(shared)
                        : TEST_EPOCH.toInstant().toEpochMilli() - System.currentTimeMillis());
    }

    /** The engine clock's offset from the wall clock shared by the nodes of one test (milliseconds). */
    public static final String OFFSET_PROPERTY = "kaohe.test.clock-offset-millis";

    /** Executes every job that is due now (async continuations and timers), repeatedly, until none is left. */
    public int runDueJobs() {
        int executed = 0;
        for (int round = 0; round < 10_000; round++) {
            List<Job> due =
                    managementService.createJobQuery().executable().active().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (Job job : due) {
                managementService.executeJob(job.getId());
                executed++;
            }
        }
        throw new IllegalStateException("Jobs keep coming: a loop in a process?");
    }

    /** Jobs that exist but are not yet due (e.g. timers waiting), for assertions. */
    public List<Job> waitingTimers(String processInstanceId) {
        return managementService
                .createJobQuery()
                .processInstanceId(processInstanceId)
                .timers()
                .list();
    }

    public Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
