package cn.kaohe.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An automatic generation that failed; the workflow went on, the report can be generated on demand. */
@Entity
@Table(name = "report_failure")
public class ReportFailure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type")
    private ReportType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    private ReportTrigger trigger;

    private String message;

    @Column(name = "failed_at")
    private OffsetDateTime failedAt;

    protected ReportFailure() {}

    ReportFailure(Long campaignId, ReportType type, ReportTrigger trigger, String message, OffsetDateTime failedAt) {
        this.campaignId = campaignId;
        this.type = type;
        this.trigger = trigger;
        this.message = message;
        this.failedAt = failedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public ReportType getType() {
        return type;
    }

    public ReportTrigger getTrigger() {
        return trigger;
    }

    public String getMessage() {
        return message;
    }

    public OffsetDateTime getFailedAt() {
        return failedAt;
    }
}
