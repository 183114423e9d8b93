package cn.kaohe.scoring;

import java.math.BigDecimal;

/**
 * The grade of a village's (community's) monthly 党建 score (seed 003 六3: 考核结果分4个等次，90分及以上为“优秀”；80-89分为
 * “合格”；70-79分为“基本合格”；70分以下为“不合格”).
 */
public final class PartyBuildingGrades {

    public static final String FAIL = "不合格";

    private PartyBuildingGrades() {}

    public static String of(BigDecimal score) {
        if (score.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return "优秀";
        }
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return "合格";
        }
        if (score.compareTo(BigDecimal.valueOf(70)) >= 0) {
            return "基本合格";
        }
        return FAIL;
    }
}
