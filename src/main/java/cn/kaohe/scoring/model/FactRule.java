package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A rule giving points to ledger facts of one type. Several rules may read the same fact type.
 *
 * @param id stable rule id, quoted in explanation lines
 * @param factType the ledger fact type this rule reads
 * @param name zh-CN description
 * @param clause seed clause
 * @param category the category the points go to
 * @param direction deduction or credit
 * @param valuation how points are found
 * @param points PER_OCCURRENCE points per unit
 * @param levelPoints PER_LEVEL points by level
 * @param levels allowed levels (defaults to the keys of levelPoints)
 * @param minPoints COMMITTEE lower bound
 * @param maxPoints COMMITTEE upper bound
 * @param repeat doubling when repeated or consecutive
 * @param dedupeGroup rules sharing a group count a work item once, at its highest value
 *     (同一项工作按最高分，不重复加扣分)
 * @param targets who the fact hits
 * @param factor multiplier for everybody hit (对应分值加倍扣减; 一票否决加倍扣分)
 * @param leaderFactor extra multiplier for leadership members hit
 * @param subCap sub-cap id inside the category
 * @param moneyPerUnit yuan per unit of quantity added to (+) or removed from (−) pay
 * @param moneyPerAmount factor on the fact's {@code amount} added to (+) or removed from (−) pay
 * @param moneyLabel zh-CN label of the money line
 * @param effects eligibility, pay and grade effects
 */
public record FactRule(
        String id,
        String factType,
        String name,
        String clause,
        String category,
        Direction direction,
        Valuation valuation,
        BigDecimal points,
        Map<String, BigDecimal> levelPoints,
        List<String> levels,
        BigDecimal minPoints,
        BigDecimal maxPoints,
        Repeat repeat,
        String dedupeGroup,
        List<Target> targets,
        BigDecimal factor,
        BigDecimal leaderFactor,
        String subCap,
        BigDecimal moneyPerUnit,
        BigDecimal moneyPerAmount,
        String moneyLabel,
        List<Effect> effects) {

    public FactRule {
        direction = direction == null ? Direction.DEDUCTION : direction;
        valuation = valuation == null ? Valuation.PER_OCCURRENCE : valuation;
        levelPoints = nonNull(levelPoints);
        levels = levels == null || levels.isEmpty() ? List.copyOf(levelPoints.keySet()) : List.copyOf(levels);
        targets = targets == null || targets.isEmpty() ? List.of(Target.FACT_SUBJECTS) : List.copyOf(targets);
        factor = factor == null ? BigDecimal.ONE : factor;
        leaderFactor = leaderFactor == null ? BigDecimal.ONE : leaderFactor;
        effects = nonNull(effects);
    }
}
