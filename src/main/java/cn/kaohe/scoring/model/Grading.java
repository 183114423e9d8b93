package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param vocabulary name of the grade vocabulary (公务员, 事业单位, A–D, S–D, 奖项)
 * @param grades best first; empty = ranking only
 * @param excellenceMinScore 评先评优 needs at least this total (篇四: 90)
 * @param tieBreak category ids compared (descending) when totals tie; then subject id ascending
 * @param quotaBase 参数: what the shares of the quotas count (default: all ranked subjects)
 */
public record Grading(
        String vocabulary,
        String clause,
        List<GradeSpec> grades,
        BigDecimal excellenceMinScore,
        List<String> tieBreak,
        List<GradeOverride> overrides,
        List<SubgroupConstraint> subgroups,
        QuotaBase quotaBase) {
    public Grading {
        grades = nonNull(grades);
        tieBreak = nonNull(tieBreak);
        overrides = nonNull(overrides);
        subgroups = nonNull(subgroups);
        quotaBase = quotaBase == null ? QuotaBase.ALL_RANKED : quotaBase;
    }

    public static Grading none() {
        return new Grading(null, null, List.of(), null, List.of(), List.of(), List.of(), null);
    }
}
