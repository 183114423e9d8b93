package cn.kaohe.report.model;

import cn.kaohe.report.ReportType;
import java.util.List;

/** 申诉处理登记表. */
public record AppealRegisterReport(ReportHeader header, List<AppealRow> rows) implements ReportDocument {

    public AppealRegisterReport {
        rows = List.copyOf(rows);
    }

    @Override
    public ReportType type() {
        return ReportType.APPEAL_REGISTER;
    }

    public long overdueCount() {
        return rows.stream()
                .filter(r -> r.forwardedInTime().equals(AppealRow.LATE)
                        || r.decidedInTime().equals(AppealRow.LATE))
                .count();
    }
}
