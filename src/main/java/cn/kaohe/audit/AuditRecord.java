package cn.kaohe.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * One audited change: who, when, what, before/after, why, from which request. Immutable once written, apart from
 * its link into the chain ({@code seq}, {@code prevHash}, {@code hash}), which the sealer adds after commit.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(nullable = false, updatable = false)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private String entityId;

    @Column(updatable = false)
    private String reason;

    @Column(name = "before_state", updatable = false)
    private String beforeState;

    @Column(name = "after_state", updatable = false)
    private String afterState;

    @Column(name = "request_id", updatable = false)
    private String requestId;

    @Column(name = "content_mac", insertable = false, updatable = false)
    private String contentMac;

    /** Position in the chain; null until sealed, negative for rows from before the key (legacy). */
    @Column(insertable = false, updatable = false)
    private Long seq;

    @Column(name = "prev_hash", insertable = false, updatable = false)
    private String prevHash;

    @Column(insertable = false, updatable = false)
    private String hash;

    protected AuditRecord() {}

    AuditRecord(
            OffsetDateTime occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String reason,
            String beforeState,
            String afterState,
            String requestId) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.reason = reason;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.requestId = requestId;
    }

    /** The id the database gave the row {@link AuditTrail} inserted through JDBC. */
    void inserted(long id) {
        this.id = id;
    }

    void sealedContent(String contentMac) {
        this.contentMac = contentMac;
    }

    public Long getId() {
        return id;
    }

    public OffsetDateTime getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getReason() {
        return reason;
    }

    public String getBeforeState() {
        return beforeState;
    }

    public String getAfterState() {
        return afterState;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getContentMac() {
        return contentMac;
    }

    /** Position in the chain, null until the sealer has linked this record (normally within a second). */
    public Long getSeq() {
        return seq;
    }

    public String getPrevHash() {
        return prevHash;
    }

    public String getHash() {
        return hash;
    }
}
