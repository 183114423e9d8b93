package cn.kaohe.target;

import cn.kaohe.scoring.ScoringInput.TargetOutcome;
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
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One target of a unit's target book (目标责任书) with its completion report and the inspection's check. */
@Entity
@Table(name = "target")
public class Target {

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

    private int position;

    private String title;

    private BigDecimal points;

    @Enumerated(EnumType.STRING)
    private TargetKind kind;

    @Column(name = "target_value")
    private BigDecimal targetValue;

    @Column(name = "measure_unit")
    private String measureUnit;

    @Column(name = "lead_unit_id")
    private Long leadUnitId;

    /** Co-responsible units (协办), comma separated ids. */
    @Column(name = "co_unit_ids")
    private String coUnitIds;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "reported_by")
    private String reportedBy;

    @Column(name = "reported_at")
    private OffsetDateTime reportedAt;

    @Column(name = "actual_value")
    private BigDecimal actualValue;

    @Enumerated(EnumType.STRING)
    private TargetOutcome outcome;

    @Column(name = "claimed_missing")
    private boolean claimedMissing;

    @Column(name = "force_majeure")
    private boolean forceMajeure;

    private String evidence;

    private String attachments;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_result")
    private CheckResult checkResult;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private OffsetDateTime checkedAt;

    @Column(name = "check_note")
    private String checkNote;

    @Version
    private long version;

    protected Target() {}

    Target(TargetBook book, int position, TargetRules.Item item, String createdBy, OffsetDateTime createdAt) {
        this.schemeVersionId = book.schemeVersionId();
        this.unitId = book.unitId();
        this.periodLabel = book.periodLabel();
        this.categoryId = book.categoryId();
        this.position = position;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        define(item);
    }

    /** Sets what the target is (registration or an approved change). */
    void define(TargetRules.Item item) {
        this.title = item.title().strip();
        this.points = item.points();
        this.kind = item.kind();
        this.targetValue = item.kind() == TargetKind.NUMERIC ? item.targetValue() : null;
        this.measureUnit =
                item.kind() == TargetKind.NUMERIC ? item.measureUnit().strip() : null;
        this.leadUnitId = item.leadUnitId() == null ? unitId : item.leadUnitId();
        this.coUnitIds = item.coUnitIds() == null || item.coUnitIds().isEmpty()
                ? null
                : item.coUnitIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** The target as registered, for change requests and the audit trail. */
    TargetRules.Item item() {
        return new TargetRules.Item(id, title, points, kind, targetValue, measureUnit, leadUnitId, coUnits());
    }

    void report(TargetRules.Completion c, String user, OffsetDateTime at) {
        this.actualValue = c.actual();
        this.outcome = c.outcome();
        this.claimedMissing = Boolean.TRUE.equals(c.notApplicable());
        this.forceMajeure = Boolean.TRUE.equals(c.forceMajeure());
        this.evidence = c.evidence().strip();
        this.attachments = c.attachments();
        this.reportedBy = user;
        this.reportedAt = at;
    }

    void check(TargetRules.Check c, String user, OffsetDateTime at) {
        this.checkResult = c.result();
        if (c.actual() != null) {
            this.actualValue = c.actual();
        }
        if (c.outcome() != null) {
            this.outcome = c.outcome();
        }
        this.checkNote = c.note() == null ? null : c.note().strip();
        this.checkedBy = user;
        this.checkedAt = at;
    }

    /** The completion and its check as a map (audit before/after). */
    Map<String, Object> completionState() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("actual", actualValue);
        m.put("outcome", outcome);
        m.put("notApplicable", claimedMissing);
        m.put("forceMajeure", forceMajeure);
        m.put("evidence", evidence);
        m.put("attachments", attachments);
        m.put("reportedBy", reportedBy);
        m.put("checkResult", checkResult);
        m.put("checkNote", checkNote);
        m.put("checkedBy", checkedBy);
        return m;
    }

    public List<Long> coUnits() {
        return coUnitIds == null || coUnitIds.isBlank()
                ? List.of()
                : Arrays.stream(coUnitIds.split(",")).map(Long::valueOf).toList();
    }

    public boolean isReported() {
        return reportedAt != null;
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

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getPoints() {
        return points;
    }

    public TargetKind getKind() {
        return kind;
    }

    public BigDecimal getTargetValue() {
        return targetValue;
    }

    public String getMeasureUnit() {
        return measureUnit;
    }

    public Long getLeadUnitId() {
        return leadUnitId;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }

    public BigDecimal getActualValue() {
        return actualValue;
    }

    public TargetOutcome getOutcome() {
        return outcome;
    }

    public boolean isClaimedMissing() {
        return claimedMissing;
    }

    public boolean isForceMajeure() {
        return forceMajeure;
    }

    public String getEvidence() {
        return evidence;
    }

    public String getAttachments() {
        return attachments;
    }

    public CheckResult getCheckResult() {
        return checkResult;
    }

    public String getCheckedBy() {
        return checkedBy;
    }

    public OffsetDateTime getCheckedAt() {
        return checkedAt;
    }

    public String getCheckNote() {
        return checkNote;
    }
}
