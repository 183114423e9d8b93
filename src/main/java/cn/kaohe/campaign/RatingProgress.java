package cn.kaohe.campaign;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How far a campaign's ratings are, read from the assessments themselves (no counter on the campaign row), and the
 * signal that moves a campaign on once every assessment is rated (docs/adr/0013 addendum, issue 19).
 *
 * <p>A rating's transaction only changes its own assessment. After it commits and has given back its connection (the
 * task inbox calls {@link #signalCommitted}), a short transaction of its own checks
 * whether any assessment of the campaign is still unrated; if none is, it locks the campaign row and tells the campaign
 * process, which takes the message only while it waits at {@code ReceiveTask_AwaitRatings}. Of two last ratings that
 * commit at once, at least the later one sees every rating (its check starts after its own commit); if both do, the
 * second waits for the first's lock and then finds nothing waiting — the campaign moves on exactly once. A crash between
 * the commit and the signal is caught by the periodic re-check (WaitRecheck), which runs the same check.
 */
@Component
class RatingProgress {

    /** The steps of an assessment that is not yet rated. */
    static final Set<AssessmentStatus> UNRATED = EnumSet.of(AssessmentStatus.SELF_EVALUATION, AssessmentStatus.RATING);

    private static final String UNRATED_SQL =
            UNRATED.stream().map(s -> "'" + s.name() + "'").collect(java.util.stream.Collectors.joining(", "));

    /** The steps of a rated assessment. */
    static final Set<AssessmentStatus> RATED = EnumSet.of(AssessmentStatus.RATED, AssessmentStatus.FINAL);

    private static final Logger log = LoggerFactory.getLogger(RatingProgress.class);

    private final AssessmentRepository assessments;
    private final CampaignRepository campaigns;
    private final CampaignWorkflow workflow;
    private final TransactionTemplate own;
    private final JdbcTemplate jdbc;

    RatingProgress(
            AssessmentRepository assessments,
            CampaignRepository campaigns,
            CampaignWorkflow workflow,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.assessments = assessments;
        this.campaigns = campaigns;
        this.workflow = workflow;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Campaigns with a rating committed on this thread whose check has not run yet. */
    private static final ThreadLocal<Set<Long>> COMMITTED = ThreadLocal.withInitial(LinkedHashSet::new);

    /**
     * An assessment of the campaign was rated in the current transaction: once it commits, the campaign is noted for
     * {@link #signalCommitted}, which the task inbox calls when the transaction has also given back its connection
     * (a check inside {@code afterCommit} would take a second pooled connection while the first is still held: with
     * more requests than connections that waits for the pool's timeout). Several ratings of one campaign in one
     * transaction (a batch sign-off) check once.
     */
    void rated(long campaignId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            signalQuietly(campaignId);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                COMMITTED.get().add(campaignId);
            }
        });
    }

    /**
     * Runs the checks of the ratings committed on this thread (no transaction may be open: each check is a transaction
     * of its own); answers how many campaigns moved on. A check left over (a rating committed inside a caller's
     * transaction) runs at this thread's next call, or the periodic re-check does the same.
     */
    int signalCommitted() {
        if (TransactionSynchronizationManager.isActualTransactionActive()
                || COMMITTED.get().isEmpty()) {
            return 0;
        }
        Set<Long> ids = new LinkedHashSet<>(COMMITTED.get());
        COMMITTED.remove();
        int moved = 0;
        for (long id : ids) {
            moved += signalQuietly(id) ? 1 : 0;
        }
        return moved;
    }

    /**
     * In a transaction of its own: when every assessment of the campaign is rated, locks the campaign row and tells
     * the campaign process; answers whether this call moved a waiting campaign on.
     */
    boolean signalIfAllRated(long campaignId) {
        if (!TransactionSynchronizationManager.isActualTransactionActive() && !allRated(campaignId)) {
            // most ratings are not the last: one statement, no transaction (docs/adr/0013)
            return false;
        }
        return Boolean.TRUE.equals(own.execute(status -> {
            if (!allRated(campaignId)) {
                return false;
            }
            // the lock serialises the last ratings' signals and the re-check's: the second finds nothing waiting
            if (campaigns.lockById(campaignId).isEmpty()) {
                return false;
            }
            return workflow.allRated(campaignId);
        }));
    }

    /**
     * "All rated" of a campaign row {@code c}: every assessment opened and none at {@code SELF_EVALUATION} or {@code
     * RATING} (an index probe on {@code assessment_campaign_status}). The one definition the signal, its check after
     * commit and the periodic re-check use.
     */
    private static final String ALL_RATED = "c.opened_count >= c.cadre_count and not exists (select 1 from assessment a"
            + " where a.campaign_id = c.id and a.status in (" + UNRATED_SQL + "))";

    /** Every assessment of the campaign is opened and rated, in one statement. */
    boolean allRated(long campaignId) {
        Integer all = jdbc.query(
                "select case when " + ALL_RATED + " then 1 else 0 end from campaign c where c.id = ?",
                rs -> rs.next() ? rs.getInt(1) : 0,
                campaignId);
        return all != null && all == 1;
    }

    /** The campaigns in a status whose assessments are all rated, in one statement (the periodic re-check). */
    List<Long> allRatedIn(CampaignStatus status) {
        return jdbc.queryForList(
                "select c.id from campaign c where c.status = ? and " + ALL_RATED + " order by c.id",
                Long.class,
                status.name());
    }

    /** How many assessments of the campaign are rated (for the office's progress bar). */
    long ratedCount(long campaignId) {
        return assessments.countByCampaignIdAndStatusIn(campaignId, RATED);
    }

    /** {@link #ratedCount} of several campaigns in one query (a list of campaigns); absent means none rated. */
    java.util.Map<Long, Long> ratedCounts(java.util.Collection<Long> campaignIds) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        if (!campaignIds.isEmpty()) {
            for (Object[] row : assessments.countByCampaignIdInAndStatusIn(campaignIds, RATED)) {
                counts.put((Long) row[0], (Long) row[1]);
            }
        }
        return counts;
    }

    private boolean signalQuietly(long campaignId) {
        try {
            return signalIfAllRated(campaignId);
        } catch (RuntimeException e) {
            // the rating itself is committed; the periodic re-check (WaitRecheck) moves the campaign on later
            log.warn("Campaign {}: could not signal that every assessment is rated: {}", campaignId, e.toString());
            return false;
        }
    }
}
