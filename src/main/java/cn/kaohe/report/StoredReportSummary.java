package cn.kaohe.report;

import java.time.OffsetDateTime;

/** A stored report without its content, as listed by the API. */
public record StoredReportSummary(
        Long id,
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

    public String title() {
        return type.title();
    }
}
