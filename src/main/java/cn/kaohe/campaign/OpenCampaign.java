package cn.kaohe.campaign;

import cn.kaohe.shared.Cycle;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * The office's request to open a campaign (开启考核批次).
 *
 * @param payPool 奖金总额, required when the scheme shares a pool (seed 000 四1), never ≤ 0
 * @param payoutPeriod the period this campaign's pay covers (seed 003 五 按季度发放: {@code 2026-Q3}); null = the
 *     campaign's own period
 */
public record OpenCampaign(
        String name,
        @NotNull(message = "请选择单位") Long unitId,
        @NotNull(message = "请选择考核周期") Cycle cycle,
        @NotNull(message = "请填写考核期间") String period,
        @NotNull(message = "请选择考核方案版本") Long schemeVersionId,
        @NotNull(message = "请填写自评截止时间") OffsetDateTime selfEvaluationDue,
        @NotNull(message = "请填写评分截止时间") OffsetDateTime ratingDue,
        @NotNull(message = "请填写审议截止时间") OffsetDateTime reviewDue,
        BigDecimal payPool,
        String payoutPeriod) {

    /** A campaign without pay inputs (schemes that pay no pool). */
    public OpenCampaign(
            String name,
            Long unitId,
            Cycle cycle,
            String period,
            Long schemeVersionId,
            OffsetDateTime selfEvaluationDue,
            OffsetDateTime ratingDue,
            OffsetDateTime reviewDue) {
        this(name, unitId, cycle, period, schemeVersionId, selfEvaluationDue, ratingDue, reviewDue, null, null);
    }

    /** The same request with a pay pool. */
    public OpenCampaign withPayPool(BigDecimal pool) {
        return new OpenCampaign(
                name,
                unitId,
                cycle,
                period,
                schemeVersionId,
                selfEvaluationDue,
                ratingDue,
                reviewDue,
                pool,
                payoutPeriod);
    }

    /** The same request with a payout period. */
    public OpenCampaign withPayoutPeriod(String payout) {
        return new OpenCampaign(
                name, unitId, cycle, period, schemeVersionId, selfEvaluationDue, ratingDue, reviewDue, payPool, payout);
    }
}
