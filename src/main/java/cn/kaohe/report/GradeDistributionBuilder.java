package cn.kaohe.report;

import cn.kaohe.report.model.GradeCount;
import cn.kaohe.report.model.GradeDistributionReport;
import cn.kaohe.report.model.SubgroupConstraint;
import cn.kaohe.scoring.ScoringOutcome.GroupResult;
import cn.kaohe.scoring.ScoringOutcome.SubgroupCheck;
import cn.kaohe.scoring.model.GradeSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 等次分布统计: how many cadres have each grade against the scheme's quota, and the subgroup constraints. Percentages are
 * rounded here (scale 1, HALF_UP).
 */
final class GradeDistributionBuilder {

    private final ReportBasis basis;

    GradeDistributionBuilder(ReportBasis basis) {
        this.basis = basis;
    }

    GradeDistributionReport build() {
        CampaignData data = basis.data;
        int n = data.assessments().size();
        Map<String, Integer> counts = new HashMap<>();
        data.assessments().stream()
                .filter(a -> a.getGrade() != null)
                .forEach(a -> counts.merge(a.getGrade(), 1, Integer::sum));
        Map<String, Integer> limits = new HashMap<>();
        for (GroupResult g : data.groups()) {
            if (g.quotaCheck() != null) {
                for (var c : g.quotaCheck().grades()) {
                    if (c.limit() != null) {
                        limits.merge(c.code(), c.limit(), Integer::sum);
                    }
                }
            }
        }
        List<GradeCount> grades = new ArrayList<>();
        for (GradeSpec spec : basis.scheme.grading().grades()) {
            int count = counts.getOrDefault(spec.code(), 0);
            BigDecimal pct = n == 0
                    ? BigDecimal.ZERO.setScale(1)
                    : BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(n), 1, RoundingMode.HALF_UP);
            Integer limit = limits.get(spec.code());
            String bound = spec.count() != null
                    ? "AT_MOST"
                    : spec.share() != null ? spec.bound().name() : null;
            Boolean within = limit == null || bound == null
                    ? null
                    : switch (bound) {
                        case "AT_MOST" -> count <= limit;
                        case "AT_LEAST" -> count >= limit;
                        default -> Math.abs(count - limit) <= 1;
                    };
            grades.add(new GradeCount(
                    spec.label(),
                    count,
                    pct,
                    limitText(spec, limit),
                    spec.share() == null ? null : spec.share().movePointRight(2).stripTrailingZeros(),
                    within));
        }
        List<SubgroupConstraint> constraints = new ArrayList<>();
        for (GroupResult g : data.groups()) {
            if (g.quotaCheck() == null) {
                continue;
            }
            for (SubgroupCheck s : g.quotaCheck().subgroups()) {
                BigDecimal share = s.members() == 0
                        ? BigDecimal.ZERO.setScale(1)
                        : BigDecimal.valueOf(s.withTag() * 100L)
                                .divide(BigDecimal.valueOf(s.members()), 1, RoundingMode.HALF_UP);
                constraints.add(new SubgroupConstraint(
                        basis.gradeLabel(s.grade()),
                        s.name(),
                        "≥ "
                                + s.minShare()
                                        .movePointRight(2)
                                        .stripTrailingZeros()
                                        .toPlainString() + "%",
                        s.members(),
                        s.withTag(),
                        share,
                        s.ok()));
            }
        }
        return new GradeDistributionReport(basis.header(), n, grades, constraints);
    }

    private static String limitText(GradeSpec spec, Integer limit) {
        String suffix = limit == null ? "" : "（" + limit + " 人）";
        if (spec.count() != null) {
            return "≤ " + spec.count() + " 人";
        }
        if (spec.share() == null) {
            return null;
        }
        String pct = spec.share().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
        return switch (spec.bound()) {
                    case AT_MOST -> "≤ " + pct;
                    case AT_LEAST -> "≥ " + pct;
                    case ABOUT -> "约 " + pct;
                }
                + suffix;
    }
}
