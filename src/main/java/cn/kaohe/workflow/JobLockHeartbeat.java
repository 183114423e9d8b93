package cn.kaohe.workflow;

import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the job locks of a live node alive (ADR 0010, addendum). The lock time is short (30 s) so that the jobs of a
 * node that died are taken over within a minute; a job that runs longer on a live node (a chunk of 250 process starts
 * on a busy machine, ranking a county) must not be taken by another node meanwhile. Every third of the lock time this
 * moves the expiry of every job this node's job executor has locked to now + the lock time. Camunda 7 has no API for
 * it (only external tasks can extend their lock), so it is one SQL update per job, in its own short transaction, that
 * leaves the row's revision alone: the engine's optimistic check when the job ends is unaffected. A node that dies
 * stops extending, and its locks run out after at most the lock time.
 */
@Component
class JobLockHeartbeat implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobLockHeartbeat.class);

    private final ProcessEngineConfigurationImpl engine;
    private final JdbcTemplate jdbc;
    private ScheduledExecutorService executor;

    JobLockHeartbeat(ProcessEngineConfigurationImpl engine, DataSource dataSource) {
        this.engine = engine;
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setQueryTimeout(10);
    }

    @EventListener(ApplicationReadyEvent.class)
    synchronized void start() {
        JobExecutor jobs = engine.getJobExecutor();
        if (executor != null || jobs == null) {
            return;
        }
        long period = Math.max(1000, jobs.getLockTimeInMillis() / 3);
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "job-lock-heartbeat");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::beatQuietly, period, period, TimeUnit.MILLISECONDS);
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            log.warn("Could not extend the job locks of this node: {}", e.toString());
        }
    }

    /** Extends every lock this node holds; answers how many. */
    int beat() {
        JobExecutor jobs = engine.getJobExecutor();
        if (jobs == null || !jobs.isActive()) {
            return 0;
        }
        String owner = jobs.getLockOwner();
        long now = ClockUtil.getCurrentTime().getTime();
        Timestamp until = new Timestamp(now + jobs.getLockTimeInMillis());
        List<String> held = jdbc.queryForList(
                "select id_ from act_ru_job where lock_owner_ = ? and lock_exp_time_ is not null", String.class, owner);
        int extended = 0;
        for (String id : held) {
            // one row per statement: the heartbeat never holds one job row while waiting for another
            extended += jdbc.update(
                    "update act_ru_job set lock_exp_time_ = ? where id_ = ? and lock_owner_ = ?", until, id, owner);
        }
        return extended;
    }

    @Override
    public synchronized void destroy() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
