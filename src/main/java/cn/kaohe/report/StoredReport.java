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

/**
 * A generated report file kept for download: never changed after it is stored. Its bytes are in
 * {@code stored_report_chunk} ({@link StoredReportContent}), written and read as streams. {@code dataVersion} is a
 * hash of the read model it was filled from; {@code dataTime} is the time printed in it, taken from the
 * data (never the clock), so regenerating unchanged data gives the same version and the same bytes.
 */
@Entity
@Table(name = "stored_report")
public class StoredReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "report_type")
    private ReportType type;

    @Enumerated(EnumType.STRING)
    private ReportFormat format;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "page_count")
    private int pageCount;

    private String checksum;

    @Column(name = "data_version")
    private String dataVersion;

    @Column(name = "data_time")
    private OffsetDateTime dataTime;

    @Column(name = "generated_at")
    private OffsetDateTime generatedAt;

    @Column(name = "generated_by")
    private String generatedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    private ReportTrigger trigger;

    protected StoredReport() {}

    StoredReport(
            Long campaignId,
            Long assessmentId,
            ReportType type,
            ReportFormat format,
            String fileName,
            long sizeBytes,
            int pageCount,
            String checksum,
            String dataVersion,
            OffsetDateTime dataTime,
            OffsetDateTime generatedAt,
            String generatedBy,
            ReportTrigger trigger) {
        this.campaignId = campaignId;
        this.assessmentId = assessmentId;
        this.type = type;
        this.format = format;
        this.fileName = fileName;
        this.sizeBytes = sizeBytes;
        this.pageCount = pageCount;
        this.checksum = checksum;
        this.dataVersion = dataVersion;
        this.dataTime = dataTime;
        this.generatedAt = generatedAt;
        this.generatedBy = generatedBy;
        this.trigger = trigger;
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

    public ReportType getType() {
        return type;
    }

    public ReportFormat getFormat() {
        return format;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public int getPageCount() {
        return pageCount;
    }

    public String getChecksum() {
        return checksum;
    }

    public String getDataVersion() {
        return dataVersion;
    }

    public OffsetDateTime getDataTime() {
        return dataTime;
    }

    public OffsetDateTime getGeneratedAt() {
        return generatedAt;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public ReportTrigger getTrigger() {
        return trigger;
    }
}
