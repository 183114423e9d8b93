package cn.kaohe.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. {@link #record} joins the caller's transaction, so the change and its
 * audit record commit or roll back together. A record is a plain insert sealed with the audit key (its content and
 * id); it touches no shared row, so audited writes never wait for each other. {@link AuditSealer} links committed
 * records into the keyed chain within about a second; {@link #verify()} links what is pending and then checks the
 * whole chain (docs/adr/0009-sealed-audit-chain.md).
 */
@Service
public class AuditTrail {

    private final AuditRecordRepository records;
    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final CurrentActor currentActor;
    private final Clock clock;
    private final AuditKey key;
    private final AuditSealer sealer;
    private final ChainVerifier verifier;

    AuditTrail(
            AuditRecordRepository records,
            JdbcTemplate jdbc,
            ObjectMapper objectMapper,
            CurrentActor currentActor,
            Clock clock,
            AuditKey key,
            AuditSealer sealer,
            ChainVerifier verifier) {
        this.records = records;
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.currentActor = currentActor;
        this.clock = clock;
        this.key = key;
        this.sealer = sealer;
        this.verifier = verifier;
    }

    /** Records a change made by the current actor. */
    @Transactional
    public AuditRecord record(AuditEvent event) {
        return record(currentActor.name(), event);
    }

    /**
     * Records a change made by the named actor (e.g. the engine acting for a timer). The record's position in the
     * chain ({@link AuditRecord#getSeq()}, its links) is added after commit. The caller's changes are flushed with the
     * record: code after it may read them through JDBC.
     */
    @Transactional
    public AuditRecord record(String actor, AuditEvent event) {
        return append(actor, event, true);
    }

    /**
     * Records a step of a task completion: the record is written at once, the caller's own changes (the assessment)
     * with its transaction — one update of the assessment instead of two when the scoring after the step changes it
     * again (docs/adr/0013, addendum "the engine's bookkeeping"). Code after it in the transaction must read the
     * caller's changes through JPA, not JDBC.
     */
    @Transactional
    public AuditRecord recordStep(String actor, AuditEvent event) {
        return append(actor, event, false);
    }

    private AuditRecord append(String actor, AuditEvent event, boolean flushCaller) {
        Objects.requireNonNull(event.action(), "action");
        AuditRecord record = new AuditRecord(
                // microseconds: what the database stores, so that the sealed content is what is read back
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS),
                actor,
                event.action(),
                event.entityType(),
                event.entityId(),
                event.reason(),
                json(event.before()),
                json(event.after()),
                currentActor.requestId());
        if (flushCaller) {
            records.flush(); // the caller's changes first: code after the record may read them through JDBC
        }
        // the row at once, through JDBC on the transaction's connection, without Hibernate's persist (its proxies and
        // bookkeeping were half of a step's audit record, docs/adr/0013)
        record.inserted(insert(record));
        String contentMac = AuditHash.content(
                key,
                record.getId(),
                record.getOccurredAt(),
                record.getActor(),
                record.getAction(),
                record.getEntityType(),
                record.getEntityId(),
                record.getReason(),
                record.getBeforeState(),
                record.getAfterState(),
                record.getRequestId());
        // through JDBC on the transaction's connection: a native JPA update would flush the whole session a second time
        jdbc.update("update audit_record set content_mac = ? where id = ?", contentMac, record.getId());
        record.sealedContent(contentMac);
        return record;
    }

    private long insert(AuditRecord r) {
        KeyHolder id = new GeneratedKeyHolder();
        jdbc.update(
                con -> {
                    PreparedStatement ps = con.prepareStatement(
                            "insert into audit_record (occurred_at, actor, action, entity_type, entity_id, reason,"
                                    + " before_state, after_state, request_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            new String[] {"id"});
                    ps.setObject(1, r.getOccurredAt());
                    ps.setString(2, r.getActor());
                    ps.setString(3, r.getAction());
                    ps.setString(4, r.getEntityType());
                    ps.setString(5, r.getEntityId());
                    ps.setString(6, r.getReason());
                    ps.setString(7, r.getBeforeState());
                    ps.setString(8, r.getAfterState());
                    ps.setString(9, r.getRequestId());
                    return ps;
                },
                id);
        return Objects.requireNonNull(id.getKey(), "audit record id").longValue();
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(String entityType, String entityId) {
        return records.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }

    /**
     * Links every committed record into the chain, then recomputes the whole chain with the key and compares its end
     * with the anchor outside the database; reports the first broken position. Not inside a caller's transaction.
     */
    public ChainVerification verify() {
        try {
            sealer.sealPending(true);
        } catch (AuditSealer.SealingRefused refused) {
            // the head does not authenticate: the verification below names the first broken position
        }
        return verifier.verify();
    }

    /** Links committed records into the chain now (normally the schedule does it within a second). */
    public int sealPending() {
        return sealer.sealPending(true);
    }

    private String json(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            return s;
        }
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialise audit state of " + value.getClass(), e);
        }
    }
}
