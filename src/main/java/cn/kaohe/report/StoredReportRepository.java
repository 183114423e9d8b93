package cn.kaohe.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface StoredReportRepository extends JpaRepository<StoredReport, Long> {

    /** The list without the file contents. */
    @Query("select new cn.kaohe.report.StoredReportSummary(r.id, r.campaignId, r.assessmentId, r.type, r.format,"
            + " r.fileName, r.sizeBytes, r.pageCount, r.checksum, r.dataVersion, r.dataTime, r.generatedAt,"
            + " r.generatedBy, r.trigger) from StoredReport r where r.campaignId = :campaignId order by r.id")
    List<StoredReportSummary> summaries(Long campaignId);

    Optional<StoredReport> findFirstByCampaignIdAndTypeAndFormatAndChecksumOrderByIdAsc(
            Long campaignId, ReportType type, ReportFormat format, String checksum);
}
