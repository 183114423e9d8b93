package cn.kaohe.deposit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A cadre's risk deposit for one work item of a year (目标风险抵押金) and its settlement. */
@Entity
@Table(name = "risk_deposit")
public class RiskDeposit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "cadre_id")
    private Long cadreId;

    @Column(name = "deposit_year")
    private int year;

    private String item;

    private BigDecimal amount;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    private DepositStatus status;

    @Column(name = "on_time")
    private Boolean onTime;

    private BigDecimal award;

    private BigDecimal refund;

    @Column(name = "settled_by")
    private String settledBy;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    @Column(name = "settle_note")
    private String settleNote;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected RiskDeposit() {}

    RiskDeposit(
            long cadreId,
            int year,
            String item,
            BigDecimal amount,
            LocalDate paidOn,
            String recordedBy,
            OffsetDateTime recordedAt) {
        this.cadreId = cadreId;
        this.year = year;
        this.item = item;
        this.amount = amount;
        this.paidOn = paidOn;
        this.status = DepositStatus.PAID;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void settled(boolean onTime, DepositRules.Settlement s, String user, OffsetDateTime at, String note) {
        this.onTime = onTime;
        this.status = s.status();
        this.refund = s.refund();
        this.award = s.award();
        this.settledBy = user;
        this.settledAt = at;
        this.settleNote = note;
    }

    public Long getId() {
        return id;
    }

    public Long getCadreId() {
        return cadreId;
    }

    public int getYear() {
        return year;
    }

    public String getItem() {
        return item;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public DepositStatus getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return status.label();
    }

    public Boolean getOnTime() {
        return onTime;
    }

    public BigDecimal getAward() {
        return award;
    }

    public BigDecimal getRefund() {
        return refund;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public OffsetDateTime getSettledAt() {
        return settledAt;
    }

    public String getSettleNote() {
        return settleNote;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public OffsetDateTime getRecordedAt() {
        return recordedAt;
    }
}
