package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One grade, best first. A subject gets the first grade whose conditions it meets and whose
 * quota is not yet full; the last non-override grade takes the rest.
 *
 * @param minScore threshold (≥)
 * @param count fixed quota (一等奖设1名)
 * @param groupCounts fixed quota by ranking group, overriding count (seed 004: 区直8名, 镇乡1名)
 * @param share share quota of the group (0.10 = 10%)
 * @param bound how the share is read; counts are rounded: AT_MOST floor, AT_LEAST ceiling,
 *     ABOUT half-up
 * @param requiresExcellence only subjects keeping 评先评优资格
 * @param overrideOnly reached only through overrides and effects (较差)
 */
public record GradeSpec(
        String code,
        String label,
        BigDecimal minScore,
        Integer count,
        Map<String, Integer> groupCounts,
        BigDecimal share,
        QuotaBound bound,
        Boolean requiresExcellence,
        Boolean overrideOnly) {
    public GradeSpec {
        groupCounts = nonNull(groupCounts);
        bound = bound == null ? QuotaBound.ABOUT : bound;
        requiresExcellence = requiresExcellence != null && requiresExcellence;
        overrideOnly = overrideOnly != null && overrideOnly;
    }
}
