package cn.kaohe.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.RawCampaigns;
import cn.kaohe.support.SmallTown;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Risk deposits (目标风险抵押金, seed 001 篇四 二(七)1(2)): paid per cadre, year and work item; settled by the year's
 * finalised result — refunded with the 1:2 award, refunded without it when the result is 不合格 (2(1)), or forfeited
 * when the work was late; zero or negative amounts answer 400 naming the field, nothing stored.
 */
@IntegrationTest
class RiskDepositIT {

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    RiskDepositService deposits;

    @Autowired
    RawCampaigns campaigns;

    @Autowired
    AuditTrail audit;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    SmallTown t;
    long scheme;

    @BeforeEach
    void aTown() {
        time.set("2027-01-20T10:00");
        t = new SmallTown(org, cadres, "RD");
        scheme = schemes.importPreset("town-cadre-discipline", null).getId();
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    RiskDeposit pay(long cadre, String item, String amount) {
        return deposits.pay(
                new RiskDepositService.Pay(cadre, 2026, item, new BigDecimal(amount), LocalDate.parse("2026-03-01")),
                "office-tester");
    }

    /** The 2026 annual campaign, finalised: 陈干事 合格 (PASS), 王干事 不合格 (FAIL, the preset's lowest grade). */
    void finalisedYear() {
        long c = campaigns.campaign(
                t.town,
                scheme,
                "ANNUAL",
                "2026",
                LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31"),
                "FINALISED");
        campaigns.assessment(c, t.clerk, t.leader, "PASS");
        campaigns.assessment(c, t.otherClerk, t.leader, "FAIL");
    }

    @Test
    void onTimeWithAPassingResultIsRefundedWithTwiceTheDepositAsAward() {
        RiskDeposit d = pay(t.clerk, "重点工作：信访积案化解", "500");
        assertThat(d.getStatus()).isEqualTo(DepositStatus.PAID);
        // no finalised result yet: nothing to settle by
        assertThatThrownBy(() -> deposits.settle(d.getId(), new RiskDepositService.Settle(true, null), "office-tester"))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("DEPOSIT-003"));
        finalisedYear();
        RiskDeposit s = deposits.settle(d.getId(), new RiskDepositService.Settle(true, "按时完成"), "office-tester");
        assertThat(s.getStatus()).isEqualTo(DepositStatus.AWARDED);
        assertThat(s.getRefund()).isEqualByComparingTo("500");
        assertThat(s.getAward()).isEqualByComparingTo("1000");
        assertThat(audit.history("RiskDeposit", String.valueOf(d.getId())))
                .extracting(AuditRecord::getAction)
                .containsExactly("RISK_DEPOSIT_PAID", "RISK_DEPOSIT_SETTLED");
        assertThatThrownBy(() -> deposits.settle(d.getId(), new RiskDepositService.Settle(true, null), "office-tester"))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("DEPOSIT-004"));
    }

    @Test
    void aFailingResultGetsTheDepositBackWithoutAwardAndLateWorkForfeitsIt() {
        RiskDeposit failing = pay(t.otherClerk, "临时突击工作：防汛", "300");
        RiskDeposit late = pay(t.clerk, "临时疑难工作：征地拆迁", "800");
        finalisedYear();
        RiskDeposit refunded =
                deposits.settle(failing.getId(), new RiskDepositService.Settle(true, null), "office-tester");
        assertThat(refunded.getStatus()).isEqualTo(DepositStatus.REFUNDED);
        assertThat(refunded.getRefund()).isEqualByComparingTo("300");
        assertThat(refunded.getAward()).isEqualByComparingTo("0");
        RiskDeposit forfeited =
                deposits.settle(late.getId(), new RiskDepositService.Settle(false, "逾期一个月"), "office-tester");
        assertThat(forfeited.getStatus()).isEqualTo(DepositStatus.FORFEITED);
        assertThat(forfeited.getRefund()).isEqualByComparingTo("0");
        assertThat(deposits.ofYear(2026)).extracting(RiskDeposit::getId).contains(failing.getId(), late.getId());
    }

    @Test
    void zeroNegativeOrRepeatedDepositsAreRefusedAndNothingIsStored() {
        int before = stored();
        for (String amount : new String[] {"0", "-100"}) {
            assertThatThrownBy(() -> pay(t.clerk, "重点工作", amount)).isInstanceOfSatisfying(KaoheException.class, e -> {
                assertThat(e.errorCode().code()).isEqualTo("DEPOSIT-001");
                assertThat(e.errorCode().httpStatus()).isEqualTo(400);
                assertThat(e.problems()).extracting(Problem::field).containsExactly("amount");
            });
        }
        assertThat(stored()).isEqualTo(before);
        pay(t.clerk, "重点工作", "200");
        assertThatThrownBy(() -> pay(t.clerk, "重点工作", "200"))
                .isInstanceOfSatisfying(
                        KaoheException.class,
                        e -> assertThat(e.errorCode().code()).isEqualTo("DEPOSIT-002"));
        assertThat(stored()).isEqualTo(before + 1);
    }

    private int stored() {
        return jdbc.queryForObject("select count(*) from risk_deposit where cadre_id = ?", Integer.class, t.clerk);
    }
}
