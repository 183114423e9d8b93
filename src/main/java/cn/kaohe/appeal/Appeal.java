package cn.kaohe.appeal;

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

/** An appeal (申诉) against one cadre's result, with its deadlines and whether each was met. */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "assessment_id")
    private Long assessmentId;

    private String appellant;

    private String grounds;

    /** Contested score items: category ids, TOTAL or GRADE, comma separated. */
    private String items;

    private String attachments;

    @Enumerated(EnumType.STRING)
    private AppealStatus status;

    /** 1 while the appeal is open, null once closed: one open appeal per assessment (unique index, V14). */
    @Column(name = "open_slot")
    private Short openSlot = 1;

    @Column(name = "filed_at")
    private OffsetDateTime filedAt;

    @Column(name = "forward_due")
    private OffsetDateTime forwardDue;

    @Column(name = "forwarded_at")
    private OffsetDateTime forwardedAt;

    @Column(name = "forwarded_by")
    private String forwardedBy;

    @Column(name = "forward_note")
    private String forwardNote;

    @Column(name = "forward_escalated")
    private boolean forwardEscalated;

    @Column(name = "decision_due")
    private OffsetDateTime decisionDue;

    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_escalated")
    private boolean decisionEscalated;

    @Enumerated(EnumType.STRING)
    private AppealOutcome outcome;

    private String decision;

    /** The adjustments decided, as JSON. */
    private String changes;

    /** Other cadres whose rank or grade changed by the re-ranking, as JSON. */
    @Column(name = "others_changed")
    private String othersChanged;

    @Column(name = "renotice_start")
    private OffsetDateTime renoticeStart;

    @Column(name = "renotice_end")
    private OffsetDateTime renoticeEnd;

    @Column(name = "closed_at")
    private OffsetDateTime closedAt;

    @Version
    private long version;

    protected Appeal() {}

    Appeal(
            Long campaignId,
            Long assessmentId,
            String appellant,
            String grounds,
            String items,
            String attachments,
            OffsetDateTime filedAt,
            OffsetDateTime forwardDue) {
        this.campaignId = campaignId;
        this.assessmentId = assessmentId;
        this.appellant = appellant;
        this.grounds = grounds;
        this.items = items;
        this.attachments = attachments;
        this.filedAt = filedAt;
        this.forwardDue = forwardDue;
        this.status = AppealStatus.FILED;
    }

    void forwarded(String by, String note, OffsetDateTime at, OffsetDateTime decisionDue) {
        this.forwardedBy = by;
        this.forwardNote = note;
        this.forwardedAt = at;
        this.decisionDue = decisionDue;
        this.status = AppealStatus.FORWARDED;
    }

    void forwardEscalated() {
        this.forwardEscalated = true;
    }

    void decisionEscalated() {
        this.decisionEscalated = true;
    }

    void decided(
            AppealOutcome outcome,
            String decision,
            String changes,
            String othersChanged,
            String by,
            OffsetDateTime at) {
        this.outcome = outcome;
        this.decision = decision;
        this.changes = changes;
        this.othersChanged = othersChanged;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    void renotice(OffsetDateTime start, OffsetDateTime end) {
        this.renoticeStart = start;
        this.renoticeEnd = end;
        this.status = AppealStatus.RENOTICE;
    }

    void closed(OffsetDateTime at) {
        this.closedAt = at;
        this.status = AppealStatus.CLOSED;
        this.openSlot = null;
    }

    /** Was the forward deadline met (null while not yet forwarded and not yet due)? */
    public Boolean forwardMet(OffsetDateTime now) {
        if (forwardedAt != null) {
            return !forwardedAt.isAfter(forwardDue);
        }
        return now.isAfter(forwardDue) ? Boolean.FALSE : null;
    }

    /** Was the decision deadline met (null while undecided and not yet due)? */
    public Boolean decisionMet(OffsetDateTime now) {
        if (decisionDue == null) {
            return null;
        }
        if (decidedAt != null) {
            return !decidedAt.isAfter(decisionDue);
        }
        return now.isAfter(decisionDue) ? Boolean.FALSE : null;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public String getAppellant() {
        return appellant;
    }

    public String getGrounds() {
        return grounds;
    }

    public String getItems() {
        return items;
    }

    public String getAttachments() {
        return attachments;
    }

    public AppealStatus getStatus() {
        return status;
    }

    public OffsetDateTime getFiledAt() {
        return filedAt;
    }

    public OffsetDateTime getForwardDue() {
        return forwardDue;
    }

    public OffsetDateTime getForwardedAt() {
        return forwardedAt;
    }

    public String getForwardedBy() {
        return forwardedBy;
    }

    public String getForwardNote() {
        return forwardNote;
    }

    public boolean isForwardEscalated() {
        return forwardEscalated;
    }

    public OffsetDateTime getDecisionDue() {
        return decisionDue;
    }

    public OffsetDateTime getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public boolean isDecisionEscalated() {
        return decisionEscalated;
    }

    public AppealOutcome getOutcome() {
        return outcome;
    }

    public String getDecision() {
        return decision;
    }

    public String getChanges() {
        return changes;
    }

    public String getOthersChanged() {
        return othersChanged;
    }

    public OffsetDateTime getRenoticeStart() {
        return renoticeStart;
    }

    public OffsetDateTime getRenoticeEnd() {
        return renoticeEnd;
    }

    public OffsetDateTime getClosedAt() {
        return closedAt;
    }
}
