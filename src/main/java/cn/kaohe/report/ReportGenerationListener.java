package cn.kaohe.report;

import cn.kaohe.campaign.CampaignEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Generates the reports a campaign step needs, as a durable step (ADR 0010): ranking and grade distribution for
 * the committee review, the public notice when the notice opens, the whole pack at finalisation, and ranking,
 * distribution and notice again when an appeal changes results.
 *
 * <p>The step's own transaction writes a {@code report_job} row (so the job exists exactly when the step
 * committed). After commit the job is handed to this node's report thread, which claims and runs it, so the request
 * or engine job that made the step returns at once (a finalisation of 10,000 cadres stores its pack of several
 * large PDFs in the background, one report at a time; {@code kaohe.reports.after-commit=inline} runs it in the
 * committing thread, as integration tests do to read the reports right after the step); a job whose JVM died before
 * it finished is claimed
 * again by any node once its lease ({@value #LEASE_SECONDS} s) has run out — checked every
 * {@code kaohe.reports.job-poll} (10 s) and at start-up. While a node runs a job it renews the lease every
 * {@value #RENEW_SECONDS} s; the lease's end is the claim's token, so a runner whose lease was taken over (it stalled
 * longer than the lease) finds out before its next report and stops. A retried job skips the report types already
 * stored for it, so each report of a step is stored once. Nothing here can undo or fail the step (errors are recorded
 * by {@link ReportService}).
 */
@Component
class ReportGenerationListener implements org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportGenerationListener.class);

    static final int LEASE_SECONDS = 30;
    static final int RENEW_SECONDS = 10;
    static final int MAX_ATTEMPTS = 5;

    /** The lease a claim holds now, by job id: its end is the token only the holder knows. */
    private final Map<Long, Timestamp> leases = new java.util.concurrent.ConcurrentHashMap<>();

    private final java.util.concurrent.ScheduledExecutorService renewals =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "report-job-lease");
                t.setDaemon(true);
                return t;
            });

    /** One report at a time per node: memory stays bounded, and the steps' threads never wait for a report. */
    private final java.util.concurrent.ExecutorService background =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "report-jobs");
                t.setDaemon(true);
                return t;
            });

    private final ReportService reports;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final boolean enabled;
    private final boolean inline;

    ReportGenerationListener(
            ReportService reports,
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${kaohe.reports.job-poll-enabled:true}") boolean enabled,
            @Value("${kaohe.reports.after-commit:background}") String afterCommit) {
        this.reports = reports;
        this.jdbc = jdbc;
        this.clock = clock;
        this.enabled = enabled;
        this.inline = "inline".equalsIgnoreCase(afterCommit.trim());
        renewals.scheduleWithFixedDelay(
                this::renewAll, RENEW_SECONDS, RENEW_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        renewals.shutdownNow();
        background.shutdownNow(); // a job cut short keeps its row: its lease runs out and a node resumes it
    }

    /** In the step's transaction: the job is recorded with the step, or not at all. */
    @EventListener
    @org.springframework.core.annotation.Order(0)
    void record(CampaignEvent event) {
        jdbc.update(
                "insert into report_job (campaign_id, trigger_kind, created_at, attempts) values (?, ?, ?, 0)",
                event.campaignId(),
                trigger(event).name(),
                Timestamp.from(clock.instant()));
    }

    /** After the step committed: run its jobs right away, on the report thread (or in this thread when inline). */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @org.springframework.core.annotation.Order(1)
    void on(CampaignEvent event) {
        if (inline) {
            runPending(event.campaignId());
            return;
        }
        try {
            background.execute(() -> {
                try {
                    runPending(event.campaignId());
                } catch (RuntimeException e) {
                    // the job row stays: the poll resumes it once its lease has run out
                    log.error("Report jobs of campaign {} failed", event.campaignId(), e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            log.warn("Node shutting down: the report jobs of campaign {} are left to the poll", event.campaignId());
        }
    }

    /** Jobs left by a node that died (or by a failure) are resumed here. */
    @Scheduled(
            fixedDelayString = "${kaohe.reports.job-poll:PT30S}",
            initialDelayString = "${kaohe.reports.job-poll:PT30S}")
    void poll() {
        if (enabled) {
            runPending(null);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAtStart() {
        if (enabled) {
            runPending(null);
        }
    }

    /** Claims and runs every job that is free (unclaimed or with an expired lease); answers how many ran. */
    int runPending(Long campaignId) {
        // the poll leaves young jobs to the thread that committed them (it runs them right after commit)
        List<Map<String, Object>> jobs = campaignId == null
                ? jdbc.queryForList(
                        "select id, campaign_id, trigger_kind, created_at, attempts from report_job where created_at < ?"
                                + " order by id",
                        Timestamp.from(clock.instant().minusSeconds(10)))
                : jdbc.queryForList(
                        "select id, campaign_id, trigger_kind, created_at, attempts from report_job where campaign_id = ?"
                                + " order by id",
                        campaignId);
        int ran = 0;
        for (Map<String, Object> job : jobs) {
            long id = ((Number) job.get("id")).longValue();
            if (!claim(id)) {
                continue; // another thread or node has it
            }
            try {
                boolean retried = ((Number) job.get("attempts")).intValue() > 0;
                run(
                        id,
                        ((Number) job.get("campaign_id")).longValue(),
                        ReportTrigger.valueOf((String) job.get("trigger_kind")),
                        retried ? instant(job.get("created_at")) : null);
                if (jdbc.update("delete from report_job where id = ? and claimed_until = ?", id, leases.get(id)) == 1) {
                    ran++;
                }
            } catch (LeaseLost e) {
                log.warn("Report job {} was taken over by another node after its lease ran out: stopped here", id);
            } catch (RuntimeException e) {
                // leave the job (its lease expires and it is tried again) unless it has failed too often
                log.error("Report job {} ({}) failed", id, job, e);
                jdbc.update("delete from report_job where id = ? and attempts >= ?", id, MAX_ATTEMPTS);
            } finally {
                leases.remove(id);
            }
        }
        return ran;
    }

    /** One claimer wins: the update succeeds only while nobody holds a live lease. */
    private boolean claim(long id) {
        Instant now = clock.instant();
        Timestamp until = leaseEnd(now);
        boolean claimed = jdbc.update(
                        "update report_job set claimed_until = ?, attempts = attempts + 1 where id = ? and"
                                + " (claimed_until is null or claimed_until < ?)",
                        until,
                        id,
                        Timestamp.from(now))
                == 1;
        if (claimed) {
            leases.put(id, until);
        }
        return claimed;
    }

    /** Renews the lease of a job this node runs; false when another node has claimed it since. */
    private synchronized boolean renew(long id) {
        Timestamp mine = leases.get(id);
        if (mine == null) {
            return false;
        }
        Timestamp until = leaseEnd(clock.instant());
        if (until.equals(mine)) {
            until = new Timestamp(until.getTime() + 1); // the new end must differ from the old token
        }
        if (jdbc.update("update report_job set claimed_until = ? where id = ? and claimed_until = ?", until, id, mine)
                == 1) {
            leases.replace(id, mine, until);
            return true;
        }
        return false;
    }

    private void renewAll() {
        for (Long id : leases.keySet()) {
            try {
                renew(id);
            } catch (RuntimeException e) {
                log.warn("Could not renew the lease of report job {}: {}", id, e.toString());
            }
        }
    }

    /** Millisecond precision: the token must read back exactly as written on PostgreSQL and H2. */
    private static Timestamp leaseEnd(Instant now) {
        return new Timestamp(now.plus(Duration.ofSeconds(LEASE_SECONDS)).toEpochMilli());
    }

    /** Runs a job; {@code since} is set for a retried job (its first run died), whose stored reports are kept. */
    private void run(long jobId, long campaignId, ReportTrigger trigger, Instant since) {
        List<ReportType> types = reports.typesFor(campaignId, trigger).stream()
                .filter(type -> since == null || !alreadyStored(campaignId, type, trigger, since))
                .toList();
        if (!types.isEmpty()) {
            // before each report: still ours? (renewing the lease; a runner that lost it stops)
            reports.generateForStep(campaignId, types, trigger, () -> {
                if (!renew(jobId)) {
                    throw new LeaseLost();
                }
            });
        }
    }

    /** This node's lease of a report job was taken over by another node. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("report job lease lost", null, false, false);
        }
    }

    /** A retried job (its first run died half-way) does not store a report again. */
    private boolean alreadyStored(long campaignId, ReportType type, ReportTrigger trigger, Instant since) {
        Integer n = jdbc.queryForObject(
                "select count(*) from stored_report where campaign_id = ? and report_type = ? and trigger_kind = ?"
                        + " and assessment_id is null and generated_at >= ?",
                Integer.class,
                campaignId,
                type.name(),
                trigger.name(),
                Timestamp.from(since));
        return n != null && n > 0;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return Instant.parse(String.valueOf(value));
    }

    static ReportTrigger trigger(CampaignEvent event) {
        if (event instanceof CampaignEvent.Ranked) {
            return ReportTrigger.RANKED;
        }
        if (event instanceof CampaignEvent.NoticeOpened) {
            return ReportTrigger.NOTICE_OPENED;
        }
        if (event instanceof CampaignEvent.Finalised) {
            return ReportTrigger.FINALISED;
        }
        return ReportTrigger.RESULTS_CHANGED;
    }
}
