package cn.kaohe.report.model;

import cn.kaohe.report.ReportType;
import java.util.List;

/**
 * 等次分布统计: grade counts against the quotas and the sub-group constraints (e.g. seed 003 四: 各等次中
 * 驻村干部比例要占50%).
 */
public record GradeDistributionReport(
        ReportHeader header, int cadreCount, List<GradeCount> grades, List<SubgroupConstraint> constraints)
        implements ReportDocument {

    public GradeDistributionReport {
        grades = List.copyOf(grades);
        constraints = List.copyOf(constraints);
    }

    @Override
    public ReportType type() {
        return ReportType.GRADE_DISTRIBUTION;
    }

    @Override
    public List<GradeCount> rows() {
        return grades;
    }

    public boolean allSatisfied() {
        return grades.stream().allMatch(g -> !Boolean.FALSE.equals(g.withinLimit()))
                && constraints.stream().allMatch(SubgroupConstraint::satisfied);
    }

    public String verdict() {
        return allSatisfied() ? "全部符合比例要求" : "存在不符合比例要求的等次，请调整后再报审";
    }
}
