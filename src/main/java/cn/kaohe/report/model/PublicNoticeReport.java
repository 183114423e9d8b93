package cn.kaohe.report.model;

import cn.kaohe.report.ReportType;
import java.time.LocalDate;
import java.util.List;

/**
 * 公示名单: who gets which grade, the notice window, where to object.
 *
 * @param windowWorkingDays length of the window, e.g. 3 (seed 003 四: 公示期为3天)
 * @param objectionOffice where to object, e.g. 镇绩效考核办公室（镇督查室）
 * @param objectionContact phone, mail or address
 */
public record PublicNoticeReport(
        ReportHeader header,
        LocalDate windowStart,
        LocalDate windowEnd,
        int windowWorkingDays,
        String objectionOffice,
        String objectionContact,
        String issuer,
        LocalDate issuedOn,
        List<NoticeRow> rows)
        implements ReportDocument {

    public PublicNoticeReport {
        rows = List.copyOf(rows);
    }

    @Override
    public ReportType type() {
        return ReportType.PUBLIC_NOTICE;
    }
}
