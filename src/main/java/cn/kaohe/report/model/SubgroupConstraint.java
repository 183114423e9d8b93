package cn.kaohe.report.model;

import java.math.BigDecimal;

/**
 * A constraint on a sub-group inside a grade, e.g. 驻村干部 ≥ 50% of grade A.
 *
 * @param share subgroupCount / gradeCount in percent, rounded by the caller (scale 1, HALF_UP)
 */
public record SubgroupConstraint(
        String grade,
        String subgroup,
        String rule,
        int gradeCount,
        int subgroupCount,
        BigDecimal share,
        boolean satisfied) {

    public String verdict() {
        return satisfied ? "符合" : "违反";
    }
}
