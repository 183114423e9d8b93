package cn.kaohe.report.model;

import java.math.BigDecimal;

/**
 * One grade's count.
 *
 * @param percentage share of all cadres in percent, already rounded by the caller (scale 1, HALF_UP)
 * @param limit the quota as printed, e.g. ≤ 10%, 约 70%, ≥ 10%; null when the grade has none
 * @param limitPercentage the quota's bound in percent, drawn as a marker in the chart; null when none
 * @param withinLimit null when the grade has no quota
 */
public record GradeCount(
        String grade, int count, BigDecimal percentage, String limit, BigDecimal limitPercentage, Boolean withinLimit) {

    public String limitText() {
        return limit == null ? "—" : limit;
    }

    public String verdict() {
        if (withinLimit == null) {
            return "—";
        }
        return withinLimit ? "符合" : "违反";
    }
}
