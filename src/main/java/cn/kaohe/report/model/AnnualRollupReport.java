package cn.kaohe.report.model;

import cn.kaohe.report.ReportType;
import java.util.List;

/**
 * 年度考核汇总表 for monthly or quarterly schemes: per cadre the grade of every period and the annual
 * consequences (seed 003 六2: D等累计5次及以上 → 年终基本称职或不称职; C等6次及以上或D等3次及以上 → 取消评优资格).
 *
 * @param periodLabels e.g. 1月 … 12月 or 一季度 … 四季度
 */
public record AnnualRollupReport(ReportHeader header, List<String> periodLabels, List<RollupRow> rows)
        implements ReportDocument {

    /** Most period columns the landscape page holds. */
    public static final int MAX_PERIODS = 12;

    public AnnualRollupReport {
        periodLabels = List.copyOf(periodLabels);
        rows = List.copyOf(rows);
    }

    @Override
    public ReportType type() {
        return ReportType.ANNUAL_ROLLUP;
    }

    /** Header of period column {@code index}, blank beyond the scheme's periods. */
    public String periodLabel(int index) {
        return index < periodLabels.size() ? periodLabels.get(index) : "";
    }
}
