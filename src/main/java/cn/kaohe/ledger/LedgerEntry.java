package cn.kaohe.ledger;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A ledger fact (台账事项) with evidence, recorder and time. Never edited: corrections reverse it. */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fact_type", updatable = false)
    private String factType;

    @Column(updatable = false)
    private String level;

    @Column(name = "occurred_on", updatable = false)
    private LocalDate occurredOn;

    @Column(name = "cadre_id", updatable = false)
    private Long cadreId;

    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    @Column(updatable = false)
    private BigDecimal quantity;

    @Column(updatable = false)
    private BigDecimal points;

    @Column(updatable = false)
    private BigDecimal amount;

    @Column(updatable = false)
    private boolean consecutive;

    @Column(name = "work_item_key", updatable = false)
    private String workItemKey;

    @Column(updatable = false)
    private String reason;

    @Column(updatable = false)
    private String evidence;

    @Column(name = "attachment_ref", updatable = false)
    private String attachmentRef;

    @Column(name = "recorded_by", updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", updatable = false)
    private OffsetDateTime recordedAt;

    @Column(name = "reverses_id", updatable = false)
    private Long reversesId;

    protected LedgerEntry() {}

    LedgerEntry(RecordFact f, BigDecimal quantity, String recordedBy, OffsetDateTime recordedAt, Long reversesId) {
        this.factType = f.factType();
        this.level = f.level();
        this.occurredOn = f.occurredOn();
        this.cadreId = f.cadreId();
        this.unitId = f.unitId();
        this.quantity = quantity;
        this.points = f.points();
        this.amount = f.amount();
        this.consecutive = Boolean.TRUE.equals(f.consecutive());
        this.workItemKey = f.workItemKey();
        this.reason = f.reason();
        this.evidence = f.evidence();
        this.attachmentRef = f.attachmentRef();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.reversesId = reversesId;
    }

    /**
     * An entry read with plain SQL (the one-cadre read of {@link LedgerService#inPeriod}); entries are never edited,
     * so a copy outside the persistence context is the entry.
     */
    static LedgerEntry read(ResultSet rs) throws SQLException {
        LedgerEntry e = new LedgerEntry();
        e.id = rs.getLong("id");
        e.factType = rs.getString("fact_type");
        e.level = rs.getString("level");
        e.occurredOn = rs.getObject("occurred_on", LocalDate.class);
        e.cadreId = rs.getObject("cadre_id", Long.class);
        e.unitId = rs.getObject("unit_id", Long.class);
        e.quantity = rs.getBigDecimal("quantity");
        e.points = rs.getBigDecimal("points");
        e.amount = rs.getBigDecimal("amount");
        e.consecutive = rs.getBoolean("consecutive");
        e.workItemKey = rs.getString("work_item_key");
        e.reason = rs.getString("reason");
        e.evidence = rs.getString("evidence");
        e.attachmentRef = rs.getString("attachment_ref");
        e.recordedBy = rs.getString("recorded_by");
        e.recordedAt = rs.getObject("recorded_at", OffsetDateTime.class);
        e.reversesId = rs.getObject("reverses_id", Long.class);
        return e;
    }

    public Long getId() {
        return id;
    }

    public String getFactType() {
        return factType;
    }

    public String getLevel() {
        return level;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
    }

    public Long getCadreId() {
        return cadreId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public BigDecimal getQuantity() {
        return quantity;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public boolean isConsecutive() {
        return consecutive;
    }

    public String getWorkItemKey() {
        return workItemKey;
    }

    public String getReason() {
        return reason;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getAttachmentRef() {
        return attachmentRef;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }

    public Long getReversesId() {
        return reversesId;
    }
}
