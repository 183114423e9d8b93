package cn.kaohe.deposit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Settling a risk deposit (seed 001 篇四 二(七)1(2) and 2(1)). */
class DepositRulesTest {

    @ParameterizedTest(name = "{0} 元, on time {1}, 达标 {2}: {3}, refund {4}, award {5}")
    @CsvSource({
        // 按时限完成任务的，按风险抵押金和奖金1:2的比例发放风险抵押奖，并退还抵押金
        "500, true, true, AWARDED, 500.00, 1000.00",
        // 2(1) 对考核不达标的目标管理对象不计发目标风险抵押奖: the deposit comes back, no award
        "500, true, false, REFUNDED, 500.00, 0.00",
        // 未按时限完成任务的，风险抵押金不予退还
        "500, false, true, FORFEITED, 0.00, 0.00",
        "500, false, false, FORFEITED, 0.00, 0.00",
        "1234.5, true, true, AWARDED, 1234.50, 2469.00",
    })
    void settlesByTheWorkOnTimeAndTheYearsResult(
            String amount, boolean onTime, boolean met, DepositStatus status, String refund, String award) {
        DepositRules.Settlement s = DepositRules.settle(new BigDecimal(amount), onTime, met);
        assertThat(s.status()).isEqualTo(status);
        assertThat(s.refund()).isEqualByComparingTo(refund);
        assertThat(s.award()).isEqualByComparingTo(award);
    }

    @ParameterizedTest(name = "{0} 元 × {1}: award {2}")
    @CsvSource({
        // seed 001 篇四 二(七)1(2) 1:2 — the preset's multiplier
        "500, 2, 1000.00",
        // another scheme's multiplier (approvals.deposit.awardMultiplier), rounded to the cent
        "333.33, 1.5, 500.00",
        "500, 0, 0.00",
    })
    void theAwardFollowsTheSchemesMultiplier(String amount, String multiplier, String award) {
        DepositRules.Settlement s = DepositRules.settle(new BigDecimal(amount), true, true, new BigDecimal(multiplier));
        assertThat(s.status()).isEqualTo(DepositStatus.AWARDED);
        assertThat(s.award()).isEqualByComparingTo(award);
    }
}
