package cn.kaohe.report.model;

import cn.kaohe.report.ReportType;
import java.util.List;

/** 个人考核评分表 (modelled on seed 001 篇三 附表三); one sheet per cadre, batch-printable. */
public record ScoreSheetReport(ReportHeader header, List<ScoreSheet> sheets) implements ReportDocument {

    public ScoreSheetReport {
        sheets = List.copyOf(sheets);
    }

    @Override
    public ReportType type() {
        return ReportType.SCORE_SHEET;
    }

    @Override
    public List<ScoreSheet> rows() {
        return sheets;
    }
}
