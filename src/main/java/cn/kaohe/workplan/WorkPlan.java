package cn.kaohe.workplan;

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

/** A cadre's work plan for a month (月度工作安排, seed 003) and its review. */
@Entity
@Table(name = "work_plan")
public class WorkPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cadre_id")
    private Long cadreId;

    @Column(name = "plan_month")
    private String month;

    private String content;

    @Enumerated(EnumType.STRING)
    private WorkPlanStatus status;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "reviewer_login")
    private String reviewerLogin;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;

    @Column(name = "review_due")
    private OffsetDateTime reviewDue;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    @Column(name = "review_note")
    private String reviewNote;

    @Column(name = "posted_at")
    private OffsetDateTime postedAt;

    @Column(name = "review_escalated")
    private boolean reviewEscalated;

    @Version
    private long version;

    protected WorkPlan() {}

    WorkPlan(
            long cadreId,
            String month,
            String content,
            Long reviewerId,
            String reviewerLogin,
            String submittedBy,
            OffsetDateTime submittedAt,
            OffsetDateTime reviewDue) {
        this.cadreId = cadreId;
        this.month = month;
        this.content = content;
        this.status = WorkPlanStatus.SUBMITTED;
        this.reviewerId = reviewerId;
        this.reviewerLogin = reviewerLogin;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.reviewDue = reviewDue;
    }

    void reviewed(boolean approved, String user, String note, OffsetDateTime at) {
        this.status = approved ? WorkPlanStatus.POSTED : WorkPlanStatus.RETURNED;
        this.reviewedBy = user;
        this.reviewNote = note;
        this.reviewedAt = at;
        this.postedAt = approved ? at : null;
    }

    void revised(String newContent, OffsetDateTime at, OffsetDateTime newDue) {
        this.content = newContent;
        this.status = WorkPlanStatus.SUBMITTED;
        this.submittedAt = at;
        this.reviewDue = newDue;
        this.reviewEscalated = false;
    }

    void escalated() {
        this.reviewEscalated = true;
    }

    public Long getId() {
        return id;
    }

    public Long getCadreId() {
        return cadreId;
    }

    public String getMonth() {
        return month;
    }

    public String getContent() {
        return content;
    }

    public WorkPlanStatus getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return status.label();
    }

    public Long getReviewerId() {
        return reviewerId;
    }

    public String getReviewerLogin() {
        return reviewerLogin;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public OffsetDateTime getSubmittedAt() {
        return submittedAt;
    }

    public OffsetDateTime getReviewDue() {
        return reviewDue;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }

    public OffsetDateTime getPostedAt() {
        return postedAt;
    }

    /** Whether the review passed its due date undecided and went to the office (督办). */
    public boolean isReviewEscalated() {
        return reviewEscalated;
    }
}
