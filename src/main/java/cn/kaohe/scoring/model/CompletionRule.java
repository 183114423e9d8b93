package cn.kaohe.scoring.model;

import static cn.kaohe.scoring.model.SchemeVersion.nonNull;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Seed 004 第十六、十七条.
 *
 * @param qualityPercents non-numeric targets: outcome → percent of the standard points
 * @param falsifiedPenaltyPercent 弄虚作假: percent of the item's standard points taken off
 * @param rescaleMissing 缺项不计分，总分按比例折算
 * @param changeCutoff month and day ({@code MM-dd}) of the period's year from which a target can no longer be
 *     changed (seed 004 第九条: 于当年7月1日前提出申请 → {@code 07-01}); null: until the period ends
 */
public record CompletionRule(
        Map<String, BigDecimal> qualityPercents,
        BigDecimal falsifiedPenaltyPercent,
        Boolean rescaleMissing,
        String changeCutoff) {
    public CompletionRule {
        qualityPercents = nonNull(qualityPercents);
        falsifiedPenaltyPercent = falsifiedPenaltyPercent == null ? BigDecimal.ZERO : falsifiedPenaltyPercent;
        rescaleMissing = rescaleMissing == null || rescaleMissing;
    }

    public CompletionRule(
            Map<String, BigDecimal> qualityPercents, BigDecimal falsifiedPenaltyPercent, Boolean rescaleMissing) {
        this(qualityPercents, falsifiedPenaltyPercent, rescaleMissing, null);
    }

    /** The first day of {@code year} on which a change request is refused, if the scheme sets a cut-off. */
    public java.util.Optional<java.time.LocalDate> changeCutoffIn(int year) {
        return changeCutoff == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(
                        java.time.MonthDay.parse("--" + changeCutoff).atYear(year));
    }
}
