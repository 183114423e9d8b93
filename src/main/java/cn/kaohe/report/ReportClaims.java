package cn.kaohe.report;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The report module's claims on the work of one campaign event ({@code report_claim}, V38; ADR 0024): whoever holds
 * the claim's live lease renders the step's reports, and the claim records when they were all stored. The lease's end
 * is the holder's token: every write after the claim checks it ({@code where claimed_until = <mine>}), so a holder whose
 * lease ran out (it died or stalled longer than {@value #LEASE_SECONDS} s) and was taken over can store nothing more.
 * Every statement runs in a transaction of its own, whatever thread calls it (a step's after-commit, a report thread,
 * a poll).
 */
@Component
class ReportClaims {

    static final int LEASE_SECONDS = 30;

    /** What a claim attempt found. */
    enum Outcome {
        /** Claimed here: render. */
        MINE,
        /** Every report of the event is stored: nothing to render, the publication may be completed. */
        DONE,
        /** Another holder has a live lease: leave it (and the publication incomplete) to that holder. */
        BUSY
    }

    /**
     * A claim held here: {@code attempts} counts this one; {@code createdAt} is when the event's work was first claimed
     * (no report of the step can be older), {@code token} the lease's end as written.
     */
    record Claim(
            Outcome outcome,
            UUID eventId,
            long campaignId,
            ReportTrigger trigger,
            Instant createdAt,
            int attempts,
            Timestamp token) {

        /** An earlier attempt may have stored some of the step's reports. */
        boolean retried() {
            return attempts > 1;
        }

        static Claim of(Outcome outcome) {
            return new Claim(outcome, null, 0, null, null, 0, null);
        }
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    ReportClaims(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** One claimer wins: a free claim (none yet, or its lease ran out) is taken; done or live claims are reported. */
    Claim claim(UUID eventId, long campaignId, ReportTrigger trigger) {
        Instant now = clock.instant();
        Timestamp until = leaseEnd(now);
        Integer taken = own.execute(s -> jdbc.update(
                "update report_claim set claimed_until = ?, attempts = attempts + 1 where event_id = ? and done_at is"
                        + " null and (claimed_until is null or claimed_until < ?)",
                until,
                eventId,
                Timestamp.from(now)));
        if (taken != null && taken == 1) {
            Map<String, Object> row = own.execute(
                    s -> jdbc.queryForMap("select created_at, attempts from report_claim where event_id = ?", eventId));
            return new Claim(
                    Outcome.MINE,
                    eventId,
                    campaignId,
                    trigger,
                    instant(row.get("created_at")),
                    ((Number) row.get("attempts")).intValue(),
                    until);
        }
        try {
            own.executeWithoutResult(s -> jdbc.update(
                    "insert into report_claim (event_id, campaign_id, trigger_kind, created_at, attempts,"
                            + " claimed_until) values (?, ?, ?, ?, 1, ?)",
                    eventId,
                    campaignId,
                    trigger.name(),
                    Timestamp.from(now),
                    until));
            return new Claim(Outcome.MINE, eventId, campaignId, trigger, now, 1, until);
        } catch (DuplicateKeyException e) {
            // another claimer was first, or the claim exists and is live or done
            List<Object> done = own.execute(s ->
                    jdbc.queryForList("select done_at from report_claim where event_id = ?", Object.class, eventId));
            return Claim.of(done != null && !done.isEmpty() && done.get(0) != null ? Outcome.DONE : Outcome.BUSY);
        }
    }

    /** Moves the lease on; answers the new token, or null when the claim is no longer held with {@code mine}. */
    Timestamp renew(UUID eventId, Timestamp mine) {
        Timestamp until = leaseEnd(clock.instant());
        if (until.equals(mine)) {
            until = new Timestamp(until.getTime() + 1); // the new end must differ from the old token
        }
        Timestamp next = until;
        Integer n = own.execute(s -> jdbc.update(
                "update report_claim set claimed_until = ? where event_id = ? and claimed_until = ? and done_at is null",
                next,
                eventId,
                mine));
        return n != null && n == 1 ? next : null;
    }

    /** Every report of the event is stored (or given up): true when the claim was still held with {@code mine}. */
    boolean done(UUID eventId, Timestamp mine) {
        Integer n = own.execute(s -> jdbc.update(
                "update report_claim set done_at = ?, claimed_until = null where event_id = ? and claimed_until = ?",
                Timestamp.from(clock.instant()),
                eventId,
                mine));
        return n != null && n == 1;
    }

    /** Gives a claim back at once (taken but never run): the next submission takes it. */
    void release(UUID eventId, Timestamp mine) {
        own.executeWithoutResult(s -> jdbc.update(
                "update report_claim set claimed_until = null where event_id = ? and claimed_until = ?",
                eventId,
                mine));
    }

    /** A retried claim does not store a report again that an earlier attempt stored. */
    boolean alreadyStored(Claim claim, ReportType type) {
        Integer n = own.execute(s -> jdbc.queryForObject(
                "select count(*) from stored_report where campaign_id = ? and report_type = ? and trigger_kind = ?"
                        + " and assessment_id is null and generated_at >= ?",
                Integer.class,
                claim.campaignId(),
                type.name(),
                claim.trigger().name(),
                Timestamp.from(claim.createdAt())));
        return n != null && n > 0;
    }

    /** Claims whose work was done before {@code before} are forgotten. */
    int deleteDoneBefore(Instant before) {
        Integer n = own.execute(s -> jdbc.update("delete from report_claim where done_at < ?", Timestamp.from(before)));
        return n == null ? 0 : n;
    }

    /** Millisecond precision: the token must read back exactly as written on PostgreSQL and H2. */
    private static Timestamp leaseEnd(Instant now) {
        return new Timestamp(now.plus(Duration.ofSeconds(LEASE_SECONDS)).toEpochMilli());
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
}
