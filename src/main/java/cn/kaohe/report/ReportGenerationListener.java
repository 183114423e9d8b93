package cn.kaohe.report;

import cn.kaohe.campaign.CampaignEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Generates the reports a campaign step needs (ranking and grade distribution for the committee review, the public
 * notice when the notice opens, the whole pack at finalisation, ranking, distribution and notice again when an appeal
 * changes results) from the step's {@link CampaignEvent}, delivered through Spring Modulith's event publication
 * registry (ADR 0024, which replaces the {@code report_job} outbox of ADR 0010).
 *
 * <p>The registry stores a publication of the event to this listener in the step's own transaction, so the work exists
 * exactly when the step committed. After commit this listener claims the event's work ({@link ReportClaims}, a fenced
 * lease of {@value ReportClaims#LEASE_SECONDS} s keyed by the event's id) in the committing thread and hands it to this
 * node's report thread, so the request or engine job that made the step returns at once ({@code
 * kaohe.reports.after-commit=inline} renders in the committing thread instead, as integration tests do to read the
 * reports right after the step). The answer is a future: the registry marks the publication completed when it
 * completes, that is once every report is stored, and leaves it incomplete when it fails.
 *
 * <p>Incomplete publications (their JVM died, or rendering failed) are resubmitted by every node every {@code
 * kaohe.reports.job-poll} (10 s) and at start-up ({@link #resubmit}); a resubmission first takes the claim, so of two
 * nodes (or a restart and a poll) one renders and the other leaves it; a claim whose work is done completes the
 * publication without rendering. While a node runs an event's work it renews the lease every {@value #RENEW_SECONDS}
 * s and checks it before each report: a runner whose lease was taken over stops. A retried claim skips the report
 * types already stored since the claim was first taken, so each report of a step is stored once. Nothing here can
 * undo or fail the step (errors of single reports are recorded by {@link ReportService}).
 */
@Component
class ReportGenerationListener implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ReportGenerationListener.class);

    /** The registry's name for this listener ({@code event_publication.listener_id}), independent of the method. */
    static final String LISTENER_ID = "report-generation";

    static final int RENEW_SECONDS = 10;
    static final int MAX_ATTEMPTS = 5;

    /** The poll leaves publications younger than this to the node whose step committed them. */
    static final Duration YOUNG = Duration.ofSeconds(10);

    /** The lease each claim this node holds has now (queued or running), by event id: its end is the token. */
    private final Map<UUID, Timestamp> leases = new ConcurrentHashMap<>();

    /** Claims a resubmission took for the invocation that follows it. */
    private final Map<UUID, ReportClaims.Claim> handedOver = new ConcurrentHashMap<>();

    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "report-job-lease");
        t.setDaemon(true);
        return t;
    });

    /** One report at a time per node: memory stays bounded, and the steps' threads never wait for a report. */
    private final ExecutorService background = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-jobs");
        t.setDaemon(true);
        return t;
    });

    private final ReportService reports;
    private final ReportClaims claims;
    private final IncompleteEventPublications incomplete;
    private final CompletedEventPublications completed;
    private final Clock clock;
    private final boolean enabled;
    private final boolean inline;
    private final Duration keepCompleted;

    ReportGenerationListener(
            ReportService reports,
            ReportClaims claims,
            IncompleteEventPublications incomplete,
            CompletedEventPublications completed,
            Clock clock,
            @Value("${kaohe.reports.job-poll-enabled:true}") boolean enabled,
            @Value("${kaohe.reports.after-commit:background}") String afterCommit,
            @Value("${kaohe.reports.keep-completed:P7D}") Duration keepCompleted) {
        this.reports = reports;
        this.claims = claims;
        this.incomplete = incomplete;
        this.completed = completed;
        this.clock = clock;
        this.enabled = enabled;
        this.inline = "inline".equalsIgnoreCase(afterCommit.trim());
        this.keepCompleted = keepCompleted;
        renewals.scheduleWithFixedDelay(this::renewAll, RENEW_SECONDS, RENEW_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void destroy() {
        renewals.shutdownNow();
        background.shutdownNow(); // work cut short keeps its publication: its lease runs out and a node resumes it
    }

    /**
     * After the step committed (or on a resubmission): claims the event's work and renders it on the report thread (in
     * this thread when inline). Completes when every report is stored or the work was already done; fails (the
     * publication stays incomplete) when another holder has it or rendering stopped.
     */
    @TransactionalEventListener(id = LISTENER_ID, fallbackExecution = true)
    public CompletableFuture<Void> on(CampaignEvent event) {
        UUID key = event.eventId();
        ReportClaims.Claim claim = handedOver.remove(key);
        if (claim == null) {
            try {
                claim = claims.claim(key, event.campaignId(), trigger(event));
            } catch (RuntimeException e) {
                log.error("Could not claim the reports of {}", event, e);
                return CompletableFuture.failedFuture(e);
            }
            if (claim.outcome() == ReportClaims.Outcome.DONE) {
                return CompletableFuture.completedFuture(null);
            }
            if (claim.outcome() == ReportClaims.Outcome.BUSY) {
                log.info("The reports of {} are being generated by another node: left to it", event);
                return CompletableFuture.failedFuture(new ClaimedElsewhere(key));
            }
            leases.put(key, claim.token());
        }
        if (claim.outcome() == ReportClaims.Outcome.DONE) {
            return CompletableFuture.completedFuture(null);
        }
        ReportClaims.Claim mine = claim;
        if (inline) {
            CompletableFuture<Void> result = new CompletableFuture<>();
            try {
                run(mine);
                result.complete(null);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
            return result;
        }
        try {
            return CompletableFuture.runAsync(() -> run(mine), background);
        } catch (RejectedExecutionException e) {
            log.warn("Node shutting down: the reports of {} are left to another node", event);
            release(mine);
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Resubmits this listener's incomplete publications older than {@link #YOUNG} (all at start-up). */
    @Scheduled(
            fixedDelayString = "${kaohe.reports.job-poll:PT10S}",
            initialDelayString = "${kaohe.reports.job-poll:PT10S}")
    void poll() {
        if (enabled) {
            resubmit(YOUNG);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeAtStart() {
        if (enabled) {
            resubmit(Duration.ZERO);
        }
    }

    /**
     * Resubmits this listener's incomplete publications at least {@code minAge} old whose claim this node can take (or
     * whose work is done); answers how many were resubmitted. A publication another node holds is left to it.
     */
    public int resubmit(Duration minAge) {
        Instant before = clock.instant().minus(minAge);
        AtomicInteger resubmitted = new AtomicInteger();
        incomplete.resubmitIncompletePublications(p -> {
            if (ours(p) && !p.getPublicationDate().isAfter(before) && take(p)) {
                resubmitted.incrementAndGet();
                return true;
            }
            return false;
        });
        // a claim taken above whose invocation did not come is given back
        for (UUID key : List.copyOf(handedOver.keySet())) {
            ReportClaims.Claim claim = handedOver.remove(key);
            if (claim != null && claim.outcome() == ReportClaims.Outcome.MINE) {
                release(claim);
            }
        }
        return resubmitted.get();
    }

    /** Completed publications and their claims are deleted once they are {@code kaohe.reports.keep-completed} old. */
    @Scheduled(fixedDelayString = "${kaohe.reports.cleanup-every:PT1H}", initialDelayString = "PT1M")
    void deleteCompleted() {
        if (enabled) {
            completed.deletePublicationsOlderThan(keepCompleted);
            claims.deleteDoneBefore(clock.instant().minus(keepCompleted));
        }
    }

    private static boolean ours(EventPublication p) {
        return p instanceof TargetEventPublication t
                && LISTENER_ID.equals(t.getTargetIdentifier().getValue())
                && p.getEvent() instanceof CampaignEvent;
    }

    /** Takes the claim of a publication to resubmit: true when it is ours now or its work is done. */
    private boolean take(EventPublication p) {
        CampaignEvent event = (CampaignEvent) p.getEvent();
        UUID key = event.eventId();
        if (leases.containsKey(key)) {
            return false; // queued or running here
        }
        try {
            ReportClaims.Claim claim = claims.claim(key, event.campaignId(), trigger(event));
            switch (claim.outcome()) {
                case MINE -> leases.put(key, claim.token());
                case DONE -> {}
                case BUSY -> {
                    return false;
                }
            }
            handedOver.put(key, claim);
            return true;
        } catch (RuntimeException e) {
            log.warn("Could not claim the reports of {}: {}", event, e.toString());
            return false;
        }
    }

    /** Renders the claimed work; throws (leaving the publication incomplete) unless it is done. */
    private void run(ReportClaims.Claim claim) {
        UUID key = claim.eventId();
        try {
            List<ReportType> types = reports.typesFor(claim.campaignId(), claim.trigger()).stream()
                    .filter(type -> !claim.retried() || !claims.alreadyStored(claim, type))
                    .toList();
            if (!types.isEmpty()) {
                // before each report: still ours? (renewing the lease; a runner that lost it stops)
                reports.generateForStep(claim.campaignId(), types, claim.trigger(), () -> {
                    if (!renew(key)) {
                        throw new LeaseLost();
                    }
                });
            }
            if (!finish(key)) {
                throw new LeaseLost();
            }
        } catch (LeaseLost e) {
            log.warn("The claim on the reports of event {} was taken over by another node: stopped here", key);
            throw e;
        } catch (RuntimeException e) {
            if (claim.attempts() >= MAX_ATTEMPTS && finish(key)) {
                log.error(
                        "The reports of event {} ({}) failed {} times: given up",
                        key,
                        claim.trigger(),
                        MAX_ATTEMPTS,
                        e);
                return;
            }
            // the claim's lease runs out and a poll tries again
            log.error("The reports of event {} ({}) failed", key, claim.trigger(), e);
            throw e;
        } finally {
            leases.remove(key);
        }
    }

    private synchronized boolean finish(UUID key) {
        Timestamp mine = leases.get(key);
        return mine != null && claims.done(key, mine);
    }

    private synchronized void release(ReportClaims.Claim claim) {
        Timestamp mine = leases.remove(claim.eventId());
        if (mine != null) {
            try {
                claims.release(claim.eventId(), mine);
            } catch (RuntimeException e) {
                log.warn("Could not give back the claim on event {}: {}", claim.eventId(), e.toString());
            }
        }
    }

    /** Renews the lease of work this node holds; false when another node has claimed it since. */
    private synchronized boolean renew(UUID key) {
        Timestamp mine = leases.get(key);
        if (mine == null) {
            return false;
        }
        Timestamp next = claims.renew(key, mine);
        if (next == null) {
            return false;
        }
        leases.replace(key, mine, next);
        return true;
    }

    private void renewAll() {
        for (UUID key : leases.keySet()) {
            try {
                renew(key);
            } catch (RuntimeException e) {
                log.warn("Could not renew the claim on event {}: {}", key, e.toString());
            }
        }
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

    /** This node's lease on an event's reports was taken over by another node. */
    static final class LeaseLost extends RuntimeException {
        LeaseLost() {
            super("report claim lease lost", null, false, false);
        }
    }

    /** Another node holds a live claim on the event's reports: the publication stays incomplete, for it to complete. */
    static final class ClaimedElsewhere extends RuntimeException {
        ClaimedElsewhere(UUID eventId) {
            super("the reports of event " + eventId + " are claimed by another node", null, false, false);
        }
    }
}
