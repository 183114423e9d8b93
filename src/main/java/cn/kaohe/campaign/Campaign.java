package cn.kaohe.campaign;

import cn.kaohe.shared.Cycle;
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

/** A campaign (考核批次): every cadre of a unit, one cycle, one frozen scheme version. */
@Entity
@Table(name = "campaign")
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    private Cycle cycle;

    @Column(name = "period_label")
    private String periodLabel;

    @Column(name = "period_start")
    private LocalDate periodStart;

    @Column(name = "period_end")
    private LocalDate periodEnd;

    @Column(name = "scheme_version_id")
    private Long schemeVersionId;

    @Enumerated(EnumType.STRING)
    private CampaignStatus status;

    @Column(name = "self_evaluation_due")
    private OffsetDateTime selfEvaluationDue;

    @Column(name = "rating_due")
    private OffsetDateTime ratingDue;

    @Column(name = "review_due")
    private OffsetDateTime reviewDue;

    @Column(name = "notice_working_days")
    private int noticeWorkingDays;

    @Column(name = "notice_start")
    private OffsetDateTime noticeStart;

    @Column(name = "notice_end")
    private OffsetDateTime noticeEnd;

    @Column(name = "rework_reason")
    private String reworkReason;

    @Column(name = "rework_due")
    private OffsetDateTime reworkDue;

    @Column(name = "cadre_count")
    private int cadreCount;

    @Column(name = "opened_count")
    private int openedCount;

    @Column(name = "last_opened_cadre_id")
    private long lastOpenedCadreId;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "opened_at")
    private OffsetDateTime openedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "approved_at")
    private OffsetDateTime approvedAt;

    @Column(name = "finalised_at")
    private OffsetDateTime finalisedAt;

    @Column(name = "active_key")
    private String activeKey;

    /** The engine's group results (ranking, quota check, pay reconciliation) as JSON. */
    @Column(name = "group_result")
    private String groupResult;

    /** 奖金总额 set by the office (null when the scheme pays no pool). */
    @Column(name = "pay_pool")
    private java.math.BigDecimal payPool;

    /** The period whose grades this campaign pays, e.g. 2026-Q3 (null: the campaign's own period). */
    @Column(name = "payout_period")
    private String payoutPeriod;

    @Version
    private long version;

    protected Campaign() {}

    Campaign(
            String name,
            Long unitId,
            Cycle cycle,
            String periodLabel,
            LocalDate periodStart,
            LocalDate periodEnd,
            Long schemeVersionId,
            OffsetDateTime selfEvaluationDue,
            OffsetDateTime ratingDue,
            OffsetDateTime reviewDue,
            int noticeWorkingDays,
            int cadreCount,
            String openedBy,
            OffsetDateTime openedAt) {
        this.name = name;
        this.unitId = unitId;
        this.cycle = cycle;
        this.periodLabel = periodLabel;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.schemeVersionId = schemeVersionId;
        this.selfEvaluationDue = selfEvaluationDue;
        this.ratingDue = ratingDue;
        this.reviewDue = reviewDue;
        this.noticeWorkingDays = noticeWorkingDays;
        this.cadreCount = cadreCount;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
        this.status = CampaignStatus.OPENING;
        this.activeKey = activeKey(unitId, cycle, periodLabel);
    }

    static String activeKey(Long unitId, Cycle cycle, String periodLabel) {
        return unitId + ":" + cycle + ":" + periodLabel;
    }

    /**
     * One open campaign per unit, cycle, period and kind of subject: a township assesses its cadres (seed 000) and its
     * offices (seed 002) for the same year, each once.
     */
    static String activeKey(Long unitId, Cycle cycle, String periodLabel, boolean assessesUnits) {
        return activeKey(unitId, cycle, periodLabel) + (assessesUnits ? ":UNITS" : "");
    }

    void assessesUnits(boolean units) {
        this.activeKey = activeKey(unitId, cycle, periodLabel, units);
    }

    void opened(int count, long lastCadreId) {
        this.openedCount += count;
        this.lastOpenedCadreId = lastCadreId;
        if (openedCount >= cadreCount) {
            status = CampaignStatus.IN_PROGRESS;
        }
    }

    void moveTo(CampaignStatus next) {
        this.status = next;
    }

    /** The committee sent the campaign back (退回整改) with its reason; the office corrects it by {@code due}. */
    void sentBack(String reason, OffsetDateTime due) {
        this.status = CampaignStatus.REWORK;
        this.reworkReason = reason;
        this.reworkDue = due;
    }

    void approved(String by, OffsetDateTime at) {
        this.approvedBy = by;
        this.approvedAt = at;
    }

    void noticeOpened(OffsetDateTime start, OffsetDateTime end) {
        this.noticeStart = start;
        this.noticeEnd = end;
        this.status = CampaignStatus.PUBLIC_NOTICE;
    }

    void cancel() {
        this.status = CampaignStatus.CANCELLED;
        this.activeKey = null; // the unit and period can be opened again
    }

    void groupResult(String json) {
        this.groupResult = json;
    }

    void finalised(OffsetDateTime at) {
        this.finalisedAt = at;
        this.status = CampaignStatus.FINALISED;
    }

    void payInputs(java.math.BigDecimal pool, String payout) {
        this.payPool = pool;
        this.payoutPeriod = payout;
    }

    public java.math.BigDecimal getPayPool() {
        return payPool;
    }

    public String getPayoutPeriod() {
        return payoutPeriod;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getUnitId() {
        return unitId;
    }

    public Cycle getCycle() {
        return cycle;
    }

    public String getPeriodLabel() {
        return periodLabel;
    }

    public LocalDate getPeriodStart() {
        return periodStart;
    }

    public LocalDate getPeriodEnd() {
        return periodEnd;
    }

    public Long getSchemeVersionId() {
        return schemeVersionId;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public OffsetDateTime getSelfEvaluationDue() {
        return selfEvaluationDue;
    }

    public OffsetDateTime getRatingDue() {
        return ratingDue;
    }

    public OffsetDateTime getReviewDue() {
        return reviewDue;
    }

    public int getNoticeWorkingDays() {
        return noticeWorkingDays;
    }

    public OffsetDateTime getNoticeStart() {
        return noticeStart;
    }

    public OffsetDateTime getNoticeEnd() {
        return noticeEnd;
    }

    public String getReworkReason() {
        return reworkReason;
    }

    public OffsetDateTime getReworkDue() {
        return reworkDue;
    }

    public int getCadreCount() {
        return cadreCount;
    }

    public int getOpenedCount() {
        return openedCount;
    }

    public long getLastOpenedCadreId() {
        return lastOpenedCadreId;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public OffsetDateTime getOpenedAt() {
        return openedAt;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public OffsetDateTime getApprovedAt() {
        return approvedAt;
    }

    public String getGroupResult() {
        return groupResult;
    }

    public OffsetDateTime getFinalisedAt() {
        return finalisedAt;
    }
}
