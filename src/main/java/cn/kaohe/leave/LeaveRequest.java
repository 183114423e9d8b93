package cn.kaohe.leave;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A cadre's leave request (请假条), its decision and its return (销假). */
@Entity
@Table(name = "leave_request")
public class LeaveRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cadre_id")
    private Long cadreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_type")
    private LeaveType type;

    @Column(name = "from_date")
    private LocalDate from;

    @Column(name = "to_date")
    private LocalDate to;

    private int days;

    /** From this many working days on the office consents (the scheme's number when asked; null: the seed's 2). */
    @Column(name = "office_consent_from_days")
    private Integer officeConsentFromDays;

    private String reason;

    @Enumerated(EnumType.STRING)
    private LeaveStatus status;

    @Column(name = "approver_id")
    private Long approverId;

    @Column(name = "approver_login")
    private String approverLogin;

    @Enumerated(EnumType.STRING)
    @Column(name = "approver_role")
    private ApproverRole approverRole;

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

    @Column(name = "returned_on")
    private LocalDate returnedOn;

    @Column(name = "returned_by")
    private String returnedBy;

    @Column(name = "days_taken")
    private Integer daysTaken;

    @Column(name = "ledger_entry_id")
    private Long ledgerEntryId;

    @Version
    private long version;

    protected LeaveRequest() {}

    LeaveRequest(
            long cadreId,
            LeaveRules.Asked asked,
            int days,
            Long approverId,
            String approverLogin,
            ApproverRole approverRole,
            String requestedBy,
            OffsetDateTime requestedAt,
            OffsetDateTime decisionDue,
            int officeConsentFromDays) {
        this.cadreId = cadreId;
        this.officeConsentFromDays = officeConsentFromDays;
        this.type = asked.type();
        this.from = asked.from();
        this.to = asked.to();
        this.days = days;
        this.reason = asked.reason().strip();
        this.status = LeaveStatus.SUBMITTED;
        this.approverId = approverId;
        this.approverLogin = approverLogin;
        this.approverRole = approverRole;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
        this.decisionDue = decisionDue;
    }

    boolean needsOfficeConsent() {
        return officeConsentFromDays == null
                ? LeaveRules.officeConsent(days)
                : LeaveRules.officeConsent(days, officeConsentFromDays);
    }

    /** The approver's decision: refused, approved, or (2 days or more) on to the office. */
    void decide(boolean approved, String user, String note, OffsetDateTime at) {
        this.status = !approved
                ? LeaveStatus.REFUSED
                : needsOfficeConsent() ? LeaveStatus.AWAITING_OFFICE : LeaveStatus.APPROVED;
        this.decidedBy = user;
        this.decisionNote = note;
        this.decidedAt = at;
    }

    /** The office's consent (办公室主任, 2 days or more). */
    void consent(boolean approved, String user, String note) {
        this.status = approved ? LeaveStatus.APPROVED : LeaveStatus.REFUSED;
        String line = "办公室（" + user + "）：" + (note == null ? (approved ? "同意" : "不同意") : note);
        this.decisionNote = decisionNote == null ? line : decisionNote + "；" + line;
    }

    void escalated() {
        this.decisionEscalated = true;
    }

    void returned(LocalDate on, String user, int taken, Long ledgerEntry) {
        this.status = LeaveStatus.RETURNED;
        this.returnedOn = on;
        this.returnedBy = user;
        this.daysTaken = taken;
        this.ledgerEntryId = ledgerEntry;
    }

    public Long getId() {
        return id;
    }

    public Long getCadreId() {
        return cadreId;
    }

    public LeaveType getType() {
        return type;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public int getDays() {
        return days;
    }

    public String getReason() {
        return reason;
    }

    public LeaveStatus getStatus() {
        return status;
    }

    public Long getApproverId() {
        return approverId;
    }

    public String getApproverLogin() {
        return approverLogin;
    }

    public ApproverRole getApproverRole() {
        return approverRole;
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

    public LocalDate getReturnedOn() {
        return returnedOn;
    }

    public String getReturnedBy() {
        return returnedBy;
    }

    public Integer getDaysTaken() {
        return daysTaken;
    }

    public Long getLedgerEntryId() {
        return ledgerEntryId;
    }
}
