package cn.kaohe.report.model;

import cn.kaohe.report.ReportType;
import java.util.List;

/**
 * A read model a template is filled from: the header, the rows of its main table (the bean data
 * source) and, through the {@code DOC} parameter, the document itself for everything else.
 */
public sealed interface ReportDocument
        permits RankingReport,
                GradeDistributionReport,
                ScoreSheetReport,
                PublicNoticeReport,
                PerformancePayReport,
                AppealRegisterReport,
                ResultNoticeReport,
                AnnualRollupReport {

    ReportType type();

    ReportHeader header();

    /** Rows of the main data source, in print order. */
    List<? extends Record> rows();
}
