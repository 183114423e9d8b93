package cn.kaohe.report.model;

import cn.kaohe.report.ReportType;
import java.time.LocalDate;
import java.util.List;

/** 考核结果通知书 (书面告知): one page per cadre, printed as one batch. */
public record ResultNoticeReport(ReportHeader header, String issuer, LocalDate issuedOn, List<ResultNotice> notices)
        implements ReportDocument {

    public ResultNoticeReport {
        notices = List.copyOf(notices);
    }

    @Override
    public ReportType type() {
        return ReportType.RESULT_NOTICE;
    }

    @Override
    public List<ResultNotice> rows() {
        return notices;
    }
}
