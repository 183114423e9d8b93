package cn.kaohe.scoring.model;

import java.math.BigDecimal;

/**
 * The scheme's numbers for the approvals beside the assessment (issue 18, ADR 0018). Left out, each takes the seed's
 * value: a scheme without this section behaves as the seeds say. (Leave's numbers are still the rules' constants.)
 *
 * @param deposit 目标风险抵押金 (seed 001 篇四 二(七)1(2))
 * @param workPlan 月度工作安排 (seed 003)
 */
public record Approvals(DepositAward deposit, WorkPlanReview workPlan) {

    /** The seeds' values. */
    public static final Approvals SEEDS = new Approvals(null, null);

    public Approvals {
        deposit = deposit == null ? new DepositAward(null) : deposit;
        workPlan = workPlan == null ? new WorkPlanReview(null) : workPlan;
    }

    /**
     * @param awardMultiplier the award on a deposit refunded on time and 达标 (seed 001 篇四 二(七)1(2): 按1:2的比例发放风险
     *     抵押奖 — 2)
     */
    public record DepositAward(BigDecimal awardMultiplier) {
        public DepositAward {
            awardMultiplier = awardMultiplier == null ? BigDecimal.valueOf(2) : awardMultiplier;
        }
    }

    /** @param reviewWorkingDays the review of a monthly plan is due this many working days on (参数: seed 003 sets none — 5) */
    public record WorkPlanReview(Integer reviewWorkingDays) {
        public WorkPlanReview {
            reviewWorkingDays = reviewWorkingDays == null ? 5 : reviewWorkingDays;
        }
    }
}
