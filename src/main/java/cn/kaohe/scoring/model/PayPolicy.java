package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * @param pool default pay pool (奖金总额); the input may override it
 * @param staffTypeFactors PROPORTIONAL weight factor / BY_GRADE amount factor by staff type
 *     (非在编 0.5)
 * @param gradeAmounts BY_GRADE amount per grade per month
 * @param staffTypeAmounts BY_GRADE flat amount per month by staff type (社区聘用 200)
 * @param months BY_GRADE months in the period (1 monthly, 3 quarterly)
 * @param prorateByMonths scale by monthsInPost/12 (seed 004 第二十四条)
 * @param noPayGrades grades that get nothing
 * @param tiers UNIT_PRIZE tiers
 * @param moneyUnit 参数: amounts in whole yuan (default) or in fen
 */
public record PayPolicy(
        PayMode mode,
        String clause,
        BigDecimal pool,
        Map<String, BigDecimal> staffTypeFactors,
        Map<String, BigDecimal> gradeAmounts,
        Map<String, BigDecimal> staffTypeAmounts,
        Integer months,
        Boolean prorateByMonths,
        List<String> noPayGrades,
        List<PrizeTier> tiers,
        MoneyUnit moneyUnit) {
    public PayPolicy {
        moneyUnit = moneyUnit == null ? MoneyUnit.YUAN : moneyUnit;
        mode = mode == null ? PayMode.NONE : mode;
        staffTypeFactors = nonNull(staffTypeFactors);
        gradeAmounts = nonNull(gradeAmounts);
        staffTypeAmounts = nonNull(staffTypeAmounts);
        months = months == null ? 1 : months;
        prorateByMonths = prorateByMonths != null && prorateByMonths;
        noPayGrades = nonNull(noPayGrades);
        tiers = nonNull(tiers);
    }

    public static PayPolicy none() {
        return new PayPolicy(PayMode.NONE, null, null, null, null, null, null, null, null, null, null);
    }
}
