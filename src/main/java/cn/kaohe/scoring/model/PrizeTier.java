package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A prize or fine tier for units of {@code group} graded {@code grade}.
 *
 * @param unitAmount amount paid to the unit (镇乡一等奖20万元), negative for a unit fine
 * @param principalsPercent part of unitAmount reserved for the unit's PRINCIPAL members
 *     (奖金额的10%专用于奖励两个主要领导), shared equally between them
 * @param roleAmounts amount per member by role (主要领导3000/班子成员2600/职工2200); negative =
 *     fine (罚款2000元)
 */
public record PrizeTier(
        String group,
        String grade,
        String clause,
        BigDecimal unitAmount,
        BigDecimal principalsPercent,
        Map<String, BigDecimal> roleAmounts) {
    public PrizeTier {
        roleAmounts = nonNull(roleAmounts);
    }
}
