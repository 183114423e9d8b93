package cn.kaohe.scoring.model;

import java.math.BigDecimal;

/**
 * The scheme's numbers for the approvals beside the assessment (issue 18, ADR 0018). Left out, each takes the seed's
 * value: a scheme without this section behaves as the seeds say.
 *
 * @param leave 请销假 (seed 001 篇四 一(三))
 * @param deposit 目标风险抵押金 (seed 001 篇四 二(七)1(2))
 * @param workPlan 月度工作安排 (seed 003)
 */
public record Approvals(LeaveConsent leave, DepositAward deposit, WorkPlanReview workPlan) {

    /** The seeds' values. */
    public static final Approvals SEEDS = new Approvals(null, null, null);

    public Approvals {
        leave = leave == null ? new LeaveConsent(null) : leave;
        deposit = deposit == null ? new DepositAward(null) : deposit;
        workPlan = workPlan == null ? new WorkPlanReview(null) : workPlan;
    }

    /**
     * @param officeConsentFromDays from this many working days on the office (办公室主任) consents after the approver
     *     (seed 001 篇四 一(三): 2天及以上必须书面经办公室主任和分管领导同意 — 2)
     */
    public record LeaveConsent(Integer officeConsentFromDays) {
        public LeaveConsent {
            officeConsentFromDays = officeConsentFromDays == null ? 2 : officeConsentFromDays;
        }
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
