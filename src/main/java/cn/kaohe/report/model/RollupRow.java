package cn.kaohe.report.model;

import java.util.List;

/**
 * One cadre over the year.
 *
 * @param periodGrades grade per period in the order of {@link AnnualRollupReport#periodLabels()}; null
 *     or blank for a period the cadre was not assessed in
 * @param tally e.g. A1 B9 C1 D1
 * @param annualGrade the resulting annual grade, e.g. 称职, 基本称职
 * @param consequence e.g. D等累计5次：年终考核评为基本称职；取消评优资格
 */
public record RollupRow(
        int seq,
        String cadreName,
        String unitName,
        List<String> periodGrades,
        String tally,
        String annualGrade,
        String consequence) {

    public RollupRow {
        periodGrades = periodGrades.stream().map(g -> g == null ? "" : g).toList();
    }

    public String consequenceText() {
        return consequence == null || consequence.isBlank() ? "无" : consequence;
    }
}
