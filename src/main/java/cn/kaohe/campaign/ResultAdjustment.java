package cn.kaohe.campaign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A change of a result by the committee (审议调整) or by an appeal decision: which target (a category id,
 * {@code TOTAL} or {@code GRADE}), the new value, why, who, when. Never edited; it can be withdrawn with a reason
 * (who, when, why), after which the result no longer counts it but the row stays.
 */
@Entity
@Table(name = "result_adjustment")
public class ResultAdjustment {

    public static final String TOTAL = "TOTAL";
    public static final String GRADE = "GRADE";

    /** Sources: the committee's review (审议调整) or an appeal decision (申诉裁定, {@code sourceRef} = the appeal's id). */
    public static final String COMMITTEE = "COMMITTEE";

    public static final String APPEAL = "APPEAL";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id")
    private Long assessmentId;

    private String target;

    @Column(name = "new_value")
    private String newValue;

    private String reason;

    private String source;

    @Column(name = "source_ref")
    private String sourceRef;

    @Column(name = "adjusted_by")
    private String adjustedBy;

    @Column(name = "adjusted_at")
    private OffsetDateTime adjustedAt;

    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_reason")
    private String withdrawnReason;

    protected ResultAdjustment() {}

    public ResultAdjustment(
            Long assessmentId,
            String target,
            String newValue,
            String reason,
            String source,
            String sourceRef,
            String adjustedBy,
            OffsetDateTime adjustedAt) {
        this.assessmentId = assessmentId;
        this.target = target;
        this.newValue = newValue;
        this.reason = reason;
        this.source = source;
        this.sourceRef = sourceRef;
        this.adjustedBy = adjustedBy;
        this.adjustedAt = adjustedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getTarget() {
        return target;
    }

    public String getNewValue() {
        return newValue;
    }

    public String getReason() {
        return reason;
    }

    public String getSource() {
        return source;
    }

    public String getSourceRef() {
        return sourceRef;
    }

    public String getAdjustedBy() {
        return adjustedBy;
    }

    public OffsetDateTime getAdjustedAt() {
        return adjustedAt;
    }

    public OffsetDateTime getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    /** True while the adjustment counts (not withdrawn). */
    public boolean inForce() {
        return withdrawnAt == null;
    }

    void withdraw(String by, OffsetDateTime at, String reason) {
        this.withdrawnBy = by;
        this.withdrawnAt = at;
        this.withdrawnReason = reason;
    }
}
