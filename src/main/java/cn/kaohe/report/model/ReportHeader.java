package cn.kaohe.report.model;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What every report prints at the top and bottom of its pages.
 *
 * @param township e.g. 大栗港镇
 * @param campaign e.g. 2021年度机关干部目标管理考核
 * @param schemeVersion e.g. 大栗港镇2021年机关干部目标管理考核实施方案 第1版
 * @param period e.g. 2021年度, 2021年3月
 * @param committee the body that signs, e.g. 镇绩效考核工作领导小组
 * @param dataVersion the version of the data the report was generated from (printed in the footer so
 *     that an archived file can be traced and regenerated identically)
 * @param generatedAt when the data was taken; passed in (never "now") so regeneration is reproducible
 */
public record ReportHeader(
        String township,
        String campaign,
        String schemeVersion,
        String period,
        String committee,
        String dataVersion,
        LocalDateTime generatedAt) {

    public ReportHeader {
        Objects.requireNonNull(township, "township");
        Objects.requireNonNull(campaign, "campaign");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
