package cn.kaohe.report;

import cn.kaohe.report.model.AnnualRollupReport;
import cn.kaohe.report.model.AppealRegisterReport;
import cn.kaohe.report.model.GradeDistributionReport;
import cn.kaohe.report.model.PerformancePayReport;
import cn.kaohe.report.model.PublicNoticeReport;
import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.ReportDocument;
import cn.kaohe.report.model.ReportHeader;
import cn.kaohe.report.model.ResultNoticeReport;
import cn.kaohe.report.model.ScoreSheetReport;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;

/**
 * The data version of a report: the first 16 hex digits of the SHA-256 of its read model as canonical
 * JSON (record components in declaration order, map keys sorted, decimals as plain text), taken with the
 * header's data version left empty. The same data give the same version on every node and every run.
 */
final class DataVersions {

    static final int LENGTH = 16;

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private DataVersions() {}

    /** The version of {@code document}'s data. */
    static String of(ReportDocument document) {
        try {
            byte[] json = CANONICAL.writeValueAsBytes(withVersion(document, null));
            String v = ReproducibleOutput.sha256(new String(json, StandardCharsets.ISO_8859_1))
                    .substring(0, LENGTH);
            try {
                java.nio.file.Files.write(java.nio.file.Path.of("/tmp/dv-" + v + ".json"), json);
            } catch (Exception e) {
            }
            return v;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the read model of " + document.type(), e);
        }
    }

    /** {@code document} with its header carrying {@code version}. */
    static ReportDocument withVersion(ReportDocument d, String version) {
        ReportHeader h = d.header();
        ReportHeader header = new ReportHeader(
                h.township(), h.campaign(), h.schemeVersion(), h.period(), h.committee(), version, h.generatedAt());
        if (d instanceof RankingReport r) {
            return new RankingReport(header, r.categoryNames(), r.groupByUnit(), r.rows());
        }
        if (d instanceof GradeDistributionReport r) {
            return new GradeDistributionReport(header, r.cadreCount(), r.grades(), r.constraints());
        }
        if (d instanceof ScoreSheetReport r) {
            return new ScoreSheetReport(header, r.sheets());
        }
        if (d instanceof PublicNoticeReport r) {
            return new PublicNoticeReport(
                    header,
                    r.windowStart(),
                    r.windowEnd(),
                    r.windowWorkingDays(),
                    r.objectionOffice(),
                    r.objectionContact(),
                    r.issuer(),
                    r.issuedOn(),
                    r.rows());
        }
        if (d instanceof PerformancePayReport r) {
            return new PerformancePayReport(header, r.pool(), r.basisRule(), r.rows(), r.poolExceededMessage());
        }
        if (d instanceof AppealRegisterReport r) {
            return new AppealRegisterReport(header, r.rows());
        }
        if (d instanceof ResultNoticeReport r) {
            return new ResultNoticeReport(header, r.issuer(), r.issuedOn(), r.notices());
        }
        if (d instanceof AnnualRollupReport r) {
            return new AnnualRollupReport(header, r.periodLabels(), r.rows());
        }
        throw new IllegalArgumentException("Unknown read model " + d.getClass());
    }
}
