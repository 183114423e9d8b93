package cn.kaohe.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only audit trail. {@link #record} joins the caller's transaction, so the change and its
 * audit record commit or roll back together. Each record carries a SHA-256 hash chained to the
 * previous one; {@link #verify()} finds the first broken link.
 */
@Service
public class AuditTrail {

    private final AuditRecordRepository records;
    private final EntityManager entityManager;
    private final ObjectMapper objectMapper;
    private final CurrentActor currentActor;
    private final Clock clock;

    AuditTrail(
            AuditRecordRepository records,
            EntityManager entityManager,
            ObjectMapper objectMapper,
            CurrentActor currentActor,
            Clock clock) {
        this.records = records;
        this.entityManager = entityManager;
        this.objectMapper = objectMapper;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    /** Records a change made by the current actor. */
    @Transactional
    public AuditRecord record(AuditEvent event) {
        return record(currentActor.name(), event);
    }

    /** Records a change made by the named actor (e.g. the engine acting for a timer). */
    @Transactional
    public AuditRecord record(String actor, AuditEvent event) {
        Objects.requireNonNull(event.action(), "action");
        // Serialise appends: the head row is locked until this transaction ends.
        String prevHash = (String) entityManager
                .createNativeQuery("select last_hash from audit_chain_head where id = 1 for update")
                .getSingleResult();
        AuditRecord record = new AuditRecord(
                OffsetDateTime.now(clock),
                actor,
                event.action(),
                event.entityType(),
                event.entityId(),
                event.reason(),
                json(event.before()),
                json(event.after()),
                currentActor.requestId(),
                prevHash);
        records.saveAndFlush(record);
        entityManager
                .createNativeQuery("update audit_chain_head set last_id = :id, last_hash = :hash where id = 1")
                .setParameter("id", record.getId())
                .setParameter("hash", record.getHash())
                .executeUpdate();
        return record;
    }

    @Transactional(readOnly = true)
    public List<AuditRecord> history(String entityType, String entityId) {
        return records.findByEntityTypeAndEntityIdOrderByIdAsc(entityType, entityId);
    }

    /** Recomputes the whole chain and reports the first record whose link or content does not match. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        String expectedPrev = ChainVerification.GENESIS;
        long checked = 0;
        Long lastId = null;
        try (var stream = records.streamAllByOrderByIdAsc()) {
            for (AuditRecord r : (Iterable<AuditRecord>) stream::iterator) {
                checked++;
                if (!r.getPrevHash().equals(expectedPrev)) {
                    return ChainVerification.broken(checked, r.getId(), "前一条记录缺失或被改动（链接不符）");
                }
                if (!AuditHash.of(r).equals(r.getHash())) {
                    return ChainVerification.broken(checked, r.getId(), "记录内容被改动（哈希不符）");
                }
                expectedPrev = r.getHash();
                lastId = r.getId();
                entityManager.detach(r);
            }
        }
        Object[] head = (Object[]) entityManager
                .createNativeQuery("select last_id, last_hash from audit_chain_head where id = 1")
                .getSingleResult();
        if (!expectedPrev.equals(head[1])) {
            return ChainVerification.broken(checked, lastId, "最后的记录之后有记录被删除（链尾不符）");
        }
        return ChainVerification.intact(checked);
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
