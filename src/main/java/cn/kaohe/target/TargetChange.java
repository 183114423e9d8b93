package cn.kaohe.target;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A unit's request to change targets of its book (目标调整申请, seed 004 第九条) and the committee's decision. */
@Entity
@Table(name = "target_change")
public class TargetChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "scheme_version_id")
    private Long schemeVersionId;

    @Column(name = "unit_id")
    private Long unitId;

    @Column(name = "period_label")
    private String periodLabel;

    @Column(name = "category_id")
    private String categoryId;

    private String reason;

    /** The requested new values, as JSON (a list of {@link TargetRules.Item} with the target ids). */
    private String changes;

    @Enumerated(EnumType.STRING)
    private TargetChangeStatus status;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "requested_at")
    private OffsetDateTime requestedAt;

    @Column(name = "decision_due")
    private OffsetDateTime decisionDue;

    @Column(name = "decision_escalated")
    private boolean decisionEscalated;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    /** The targets before the approved change was applied, as JSON. */
    @Column(name = "applied_before")
    private String appliedBefore;

    /** 1 while awaiting the committee, null once decided: one open request per book (unique index, V22). */
    @Column(name = "open_slot")
    private Short openSlot = 1;

    @Version
    private long version;

    protected TargetChange() {}

    TargetChange(
            TargetBook book,
            String reason,
            String changes,
            String requestedBy,
            OffsetDateTime requestedAt,
            OffsetDateTime decisionDue) {
        this.schemeVersionId = book.schemeVersionId();
        this.unitId = book.unitId();
        this.periodLabel = book.periodLabel();
        this.categoryId = book.categoryId();
        this.reason = reason;
        this.changes = changes;
        this.status = TargetChangeStatus.SUBMITTED;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.decisionDue = decisionDue;
    }

    TargetBook book() {
        return new TargetBook(schemeVersionId, unitId, periodLabel, categoryId);
    }

    void decide(boolean approved, String user, String note, OffsetDateTime at) {
        this.status = approved ? TargetChangeStatus.APPROVED : TargetChangeStatus.REFUSED;
        this.openSlot = null;
        this.decidedBy = user;
        this.decisionNote = note;
        this.decidedAt = at;
    }

    void escalated() {
        this.decisionEscalated = true;
    }

    void applied(String before) {
        this.appliedBefore = before;
    }

    /** Whether the decision came in time; null while undecided and not yet due. */
    public Boolean decisionMet(OffsetDateTime now) {
        if (decidedAt != null) {
            return !decidedAt.isAfter(decisionDue);
        }
        return now.isAfter(decisionDue) ? Boolean.FALSE : null;
    }

    public Long getId() {
        return id;
    }

    public Long getSchemeVersionId() {
        return schemeVersionId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public String getCategoryId() {
        return categoryId;
    }

    public String getReason() {
        return reason;
    }

    public String getChanges() {
        return changes;
    }

    public TargetChangeStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public OffsetDateTime getRequestedAt() {
        return requestedAt;
    }

    public OffsetDateTime getDecisionDue() {
        return decisionDue;
    }

    public boolean isDecisionEscalated() {
        return decisionEscalated;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public String getAppliedBefore() {
        return appliedBefore;
    }
}
