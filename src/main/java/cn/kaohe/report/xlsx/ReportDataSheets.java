package cn.kaohe.report.xlsx;

import cn.kaohe.report.model.AnnualRollupReport;
import cn.kaohe.report.model.AppealRegisterReport;
import cn.kaohe.report.model.AppealRow;
import cn.kaohe.report.model.GradeCount;
import cn.kaohe.report.model.GradeDistributionReport;
import cn.kaohe.report.model.NoticeRow;
import cn.kaohe.report.model.PayRow;
import cn.kaohe.report.model.PerformancePayReport;
import cn.kaohe.report.model.PublicNoticeReport;
import cn.kaohe.report.model.RankingReport;
import cn.kaohe.report.model.RankingRow;
import cn.kaohe.report.model.ReportDocument;
import cn.kaohe.report.model.ReportHeader;
import cn.kaohe.report.model.ResultNotice;
import cn.kaohe.report.model.ResultNoticeReport;
import cn.kaohe.report.model.RollupRow;
import cn.kaohe.report.model.ScoreSheetReport;
import cn.kaohe.report.model.SubgroupConstraint;
import cn.kaohe.spreadsheet.CellKind;
import cn.kaohe.spreadsheet.Column;
import cn.kaohe.spreadsheet.DataSheet;
import cn.kaohe.spreadsheet.DataSheetWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The XLSX of a report as data sheets (数据表) built from the same read model as the print PDF: one header
 * row, one row per record, numbers as numeric cells — for sorting, filtering and pivoting in Excel. What the
 * print layout shows around the table (campaign, scheme, notice window, pool, totals) goes to the 说明 sheet.
 */
public final class ReportDataSheets {

    private ReportDataSheets() {}

    /** The workbook of {@code document}. */
    public static byte[] xlsx(ReportDocument document) {
        Map<String, String> info = header(document.header());
        List<DataSheet<?>> sheets = new ArrayList<>();
        if (document instanceof RankingReport r) {
            sheets.add(ranking(r));
        } else if (document instanceof GradeDistributionReport g) {
            sheets.add(grades(g));
            sheets.add(constraints(g));
            info.put("参评人数", Integer.toString(g.cadreCount()));
            info.put("结论", g.verdict());
        } else if (document instanceof PublicNoticeReport n) {
            sheets.add(notice(n));
            info.put("公示期", n.windowStart() + " 至 " + n.windowEnd() + "（" + n.windowWorkingDays() + " 个工作日）");
            put(info, "受理单位", n.objectionOffice());
            put(info, "联系方式", n.objectionContact());
            put(info, "发布单位", n.issuer());
            info.put("发布日期", String.valueOf(n.issuedOn()));
        } else if (document instanceof PerformancePayReport p) {
            sheets.add(pay(p));
            info.put("奖金总额（元）", p.pool().toPlainString());
            info.put("核定基数合计（元）", p.totalBasis().toPlainString());
            info.put("应发金额合计（元）", p.totalAmount().toPlainString());
            put(info, "核定办法", p.basisRule());
            info.put("结论", p.reconciliation());
        } else if (document instanceof AppealRegisterReport a) {
            sheets.add(appeals(a));
            info.put("逾期件数", Long.toString(a.overdueCount()));
        } else if (document instanceof AnnualRollupReport y) {
            sheets.add(rollup(y));
        } else if (document instanceof ResultNoticeReport n) {
            sheets.add(resultNotices(n));
        } else if (document instanceof ScoreSheetReport s) {
            sheets.add(ScoreItemSheet.of(s));
        } else {
            throw new IllegalArgumentException("no data sheet for " + document.type());
        }
        return DataSheetWriter.write(
                new DataSheetWriter.Info(
                        document.type().title(), info, document.header().generatedAt()),
                sheets);
    }

    private static Map<String, String> header(ReportHeader h) {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("乡镇", h.township());
        info.put("考核批次", h.campaign());
        put(info, "考核方案", h.schemeVersion());
        put(info, "考核周期", h.period());
        put(info, "审定", h.committee());
        put(info, "数据版本", h.dataVersion());
        info.put("数据时间", h.generatedAt().toString().replace('T', ' '));
        return info;
    }

    private static void put(Map<String, String> info, String key, String value) {
        if (value != null && !value.isBlank()) {
            info.put(key, value);
        }
    }

    static DataSheet<RankingRow> ranking(RankingReport report) {
        List<Column<RankingRow>> columns = new ArrayList<>();
        columns.add(Column.of("名次", CellKind.INTEGER, RankingRow::rank));
        columns.add(Column.text("姓名", RankingRow::cadreName));
        columns.add(Column.text("单位", RankingRow::unitName));
        columns.add(Column.text("职务", RankingRow::postName));
        for (int i = 0; i < report.categoryNames().size(); i++) {
            int index = i;
            columns.add(Column.of(report.categoryNames().get(i), CellKind.SCORE, r -> r.categoryScores()
                    .get(index)));
        }
        columns.add(Column.of("总分", CellKind.SCORE, RankingRow::total));
        columns.add(Column.text("等次", RankingRow::grade));
        columns.add(Column.text("评先评优资格", RankingRow::eligibilityText));
        columns.add(Column.text("申诉中", RankingRow::underAppeal));
        columns.add(Column.text("备注", RankingRow::remark));
        return new DataSheet<>(report.type().title(), columns, report.rows());
    }

    static DataSheet<GradeCount> grades(GradeDistributionReport report) {
        return new DataSheet<>(
                report.type().title(),
                List.of(
                        Column.text("等次", GradeCount::grade),
                        Column.of("人数", CellKind.INTEGER, GradeCount::count),
                        Column.of("占比", CellKind.PERCENT, g -> share(g.percentage())),
                        Column.text("比例要求", GradeCount::limitText),
                        Column.text("结论", GradeCount::verdict)),
                report.grades());
    }

    static DataSheet<SubgroupConstraint> constraints(GradeDistributionReport report) {
        return new DataSheet<>(
                "子群体比例要求",
                List.of(
                        Column.text("等次", SubgroupConstraint::grade),
                        Column.text("子群体", SubgroupConstraint::subgroup),
                        Column.text("要求", SubgroupConstraint::rule),
                        Column.of("等次人数", CellKind.INTEGER, SubgroupConstraint::gradeCount),
                        Column.of("子群体人数", CellKind.INTEGER, SubgroupConstraint::subgroupCount),
                        Column.of("占比", CellKind.PERCENT, c -> share(c.share())),
                        Column.text("结论", SubgroupConstraint::verdict)),
                report.constraints());
    }

    static DataSheet<NoticeRow> notice(PublicNoticeReport report) {
        return new DataSheet<>(
                report.type().title(),
                List.of(
                        Column.of("序号", CellKind.INTEGER, NoticeRow::seq),
                        Column.text("姓名", NoticeRow::cadreName),
                        Column.text("单位", NoticeRow::unitName),
                        Column.text("职务", NoticeRow::postName),
                        Column.of("总分", CellKind.SCORE, NoticeRow::total),
                        Column.text("等次", NoticeRow::grade)),
                report.rows());
    }

    static DataSheet<PayRow> pay(PerformancePayReport report) {
        return new DataSheet<>(
                report.type().title(),
                List.of(
                        Column.of("序号", CellKind.INTEGER, PayRow::seq),
                        Column.text("姓名", PayRow::cadreName),
                        Column.text("单位", PayRow::unitName),
                        Column.text("等次", PayRow::grade),
                        Column.of("得分", CellKind.SCORE, PayRow::score),
                        Column.of("核定基数（元）", CellKind.MONEY, PayRow::basis),
                        Column.of("扣发比例", CellKind.PERCENT, PayRow::withholdingRate),
                        Column.text("扣发原因", PayRow::withholdingReason),
                        Column.of("折算系数", CellKind.DECIMAL, PayRow::prorateFactor),
                        Column.text("折算原因", PayRow::prorateReason),
                        Column.of("应发金额（元）", CellKind.MONEY, PayRow::amount),
                        Column.of("核减金额（元）", CellKind.MONEY, PayRow::reduction),
                        Column.text("风险抵押金", PayRow::riskDeposit)),
                report.rows());
    }

    static DataSheet<AppealRow> appeals(AppealRegisterReport report) {
        return new DataSheet<>(
                report.type().title(),
                List.of(
                        Column.of("序号", CellKind.INTEGER, AppealRow::seq),
                        Column.text("姓名", AppealRow::cadreName),
                        Column.text("单位", AppealRow::unitName),
                        Column.of("申诉时间", CellKind.DATE_TIME, AppealRow::filedAt),
                        Column.text("申诉理由", AppealRow::reason),
                        Column.of("上报期限", CellKind.DATE_TIME, AppealRow::forwardDeadline),
                        Column.of("上报时间", CellKind.DATE_TIME, AppealRow::forwardedAt),
                        Column.text("上报是否按时", AppealRow::forwardedInTime),
                        Column.of("裁定期限", CellKind.DATE_TIME, AppealRow::decisionDeadline),
                        Column.of("裁定时间", CellKind.DATE_TIME, AppealRow::decidedAt),
                        Column.text("裁定是否按时", AppealRow::decidedInTime),
                        Column.text("处理结果", AppealRow::outcomeText),
                        Column.text("变更内容", AppealRow::changes)),
                report.rows());
    }

    static DataSheet<RollupRow> rollup(AnnualRollupReport report) {
        List<Column<RollupRow>> columns = new ArrayList<>();
        columns.add(Column.of("序号", CellKind.INTEGER, RollupRow::seq));
        columns.add(Column.text("姓名", RollupRow::cadreName));
        columns.add(Column.text("单位", RollupRow::unitName));
        for (int i = 0; i < report.periodLabels().size(); i++) {
            int index = i;
            columns.add(Column.text(
                    report.periodLabels().get(i),
                    r -> index < r.periodGrades().size() ? r.periodGrades().get(index) : null));
        }
        columns.add(Column.text("等次统计", RollupRow::tally));
        columns.add(Column.text("年度等次", RollupRow::annualGrade));
        columns.add(Column.text("结果运用", RollupRow::consequenceText));
        return new DataSheet<>(report.type().title(), columns, report.rows());
    }

    static DataSheet<ResultNotice> resultNotices(ResultNoticeReport report) {
        return new DataSheet<>(
                report.type().title(),
                List.of(
                        Column.text("姓名", ResultNotice::cadreName),
                        Column.text("单位", ResultNotice::unitName),
                        Column.text("职务", ResultNotice::postName),
                        Column.of("总分", CellKind.SCORE, ResultNotice::total),
                        Column.text("等次", ResultNotice::grade),
                        Column.of("名次", CellKind.INTEGER, ResultNotice::rank),
                        Column.of("参评人数", CellKind.INTEGER, ResultNotice::rankedOf),
                        Column.text("评先评优资格", ResultNotice::eligibilityText),
                        Column.of("绩效奖金（元）", CellKind.MONEY, ResultNotice::payAmount),
                        Column.text("主要扣分与加分", ResultNotice::highlights),
                        Column.text("申诉受理单位", ResultNotice::appealOffice),
                        Column.of("申诉截止日期", CellKind.DATE, ResultNotice::appealDeadline)),
                report.rows());
    }

    /** A percentage already in percent (15.0) as a share (0.15) for a percent-formatted cell. */
    private static BigDecimal share(BigDecimal percent) {
        return percent == null ? null : percent.movePointLeft(2);
    }
}
