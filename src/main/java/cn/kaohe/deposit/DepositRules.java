package cn.kaohe.deposit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a risk deposit is settled, without Spring (seed 001 篇四 二(七)1(2) and 2(1)). */
public final class DepositRules {

    /** 按风险抵押金和奖金1:2的比例发放风险抵押奖: the award is twice the deposit (a scheme may set another multiplier). */
    public static final BigDecimal AWARD_RATIO = BigDecimal.valueOf(2);

    private DepositRules() {}

    /** The settlement: the new state, the refund and the award. */
    public record Settlement(DepositStatus status, BigDecimal refund, BigDecimal award) {}

    /**
     * On time and the year's result 达标: refunded and awarded 1:2; on time but 不达标 (二(七)2(1) 不计发目标风险抵押奖):
     * refunded only; not on time: forfeited (不予退还).
     */
    public static Settlement settle(BigDecimal amount, boolean onTime, boolean resultMet) {
        return settle(amount, onTime, resultMet, AWARD_RATIO);
    }

    /** As {@link #settle(BigDecimal, boolean, boolean)} with the scheme's award multiplier (approvals.deposit). */
    public static Settlement settle(BigDecimal amount, boolean onTime, boolean resultMet, BigDecimal awardMultiplier) {
        BigDecimal zero = BigDecimal.ZERO.setScale(2);
        BigDecimal paid = amount.setScale(2, RoundingMode.HALF_UP);
        if (!onTime) {
            return new Settlement(DepositStatus.FORFEITED, zero, zero);
        }
        if (!resultMet) {
            return new Settlement(DepositStatus.REFUNDED, paid, zero);
        }
        return new Settlement(
                DepositStatus.AWARDED, paid, paid.multiply(awardMultiplier).setScale(2, RoundingMode.HALF_UP));
    }
}
