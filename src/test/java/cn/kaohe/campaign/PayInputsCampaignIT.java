package cn.kaohe.campaign;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditTrail;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The office's pay inputs of a live campaign (issue 13): the pool (奖金总额) where the scheme shares one, refused
 * when missing or ≤ 0 and changed before the ranking only, with an audit; the cycle of the scheme; and seed 003's
 * quarterly payout run as real monthly campaigns.
 */
@IntegrationTest
class PayInputsCampaignIT {

    @Autowired
    DemoTownship demo;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignPayInputs payInputs;

    @Autowired
    AuditTrail audit;

    @Autowired
    LiveTownship live;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    OpenCampaign annual(long unit, long scheme) {
        return new OpenCampaign(
                null,
                unit,
                Cycle.ANNUAL,
                "2024",
                scheme,
                at("2026-09-18T18:00"),
                at("2026-09-24T18:00"),
                at("2026-09-29T18:00"));
    }

    long campaignCount() {
        return jdbc.queryForObject("select count(*) from campaign", Long.class);
    }

    static String code(Throwable e) {
        return ((KaoheException) e).errorCode().code();
    }

    static String field(Throwable e) {
        return ((KaoheException) e).problems().get(0).field();
    }

    @Test
    void aSchemeSharingAPoolNeedsAPositivePoolAndTheOfficeMayChangeItBeforeTheRankingOnly() {
        time.set("2026-09-14T09:00");
        demo.load();
        long unit = jdbc.queryForObject("select id from org_unit where code = 'DLG-JJB'", Long.class);
        long scheme = schemes.importPreset("daligang-2021", null).getId();
        long before = campaignCount();
        // seed 000 四1: 按个人所得分折算奖励到人…不得突破奖金申请总额 — no pool, nothing to share
        assertThatThrownBy(() -> campaigns.open(annual(unit, scheme)))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-051"))
                .satisfies(e -> assertThat(field(e)).isEqualTo("payPool"))
                .hasMessageContaining("请填写奖金总额");
        for (String bad : List.of("0", "-5000")) {
            assertThatThrownBy(() -> campaigns.open(annual(unit, scheme).withPayPool(new BigDecimal(bad))))
                    .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-052"))
                    .satisfies(e -> assertThat(field(e)).isEqualTo("payPool"))
                    .hasMessageContaining("奖金总额应大于 0");
        }
        assertThat(campaignCount()).as("nothing changes").isEqualTo(before);

        Campaign c = campaigns.open(annual(unit, scheme).withPayPool(new BigDecimal("86000")));
        assertThat(c.getPayPool()).isEqualByComparingTo("86000");
        assertThatThrownBy(() -> payInputs.change(c.getId(), BigDecimal.ZERO, null, "县里下达数调整"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-052"));
        assertThatThrownBy(() -> payInputs.change(c.getId(), new BigDecimal("90000"), null, " "))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-010"));
        assertThat(campaigns.campaign(c.getId()).getPayPool()).isEqualByComparingTo("86000");

        payInputs.change(c.getId(), new BigDecimal("90000"), null, "县里下达数调整为9万元");
        assertThat(campaigns.campaign(c.getId()).getPayPool()).isEqualByComparingTo("90000");
        assertThat(audit.history("Campaign", String.valueOf(c.getId()))).anySatisfy(r -> {
            assertThat(r.getAction()).isEqualTo("CAMPAIGN_PAY_INPUTS_CHANGED");
            assertThat(r.getReason()).isEqualTo("县里下达数调整为9万元");
            assertThat(r.getBeforeState()).contains("86000");
            assertThat(r.getAfterState()).contains("90000");
        });

        // a payout period that does not contain the campaign's period is refused, naming the field
        assertThatThrownBy(() -> payInputs.change(c.getId(), new BigDecimal("90000"), "2025", "改发放期间"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-054"))
                .satisfies(e -> assertThat(field(e)).isEqualTo("payoutPeriod"));

        jdbc.update("update campaign set status = 'COMMITTEE_REVIEW' where id = ?", c.getId());
        assertThatThrownBy(() -> payInputs.change(c.getId(), new BigDecimal("95000"), null, "排名后再改"))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-055"));
        assertThat(campaigns.campaign(c.getId()).getPayPool()).isEqualByComparingTo("90000");
    }

    @Test
    void aCampaignHasTheCycleOfItsScheme() {
        time.set("2026-09-14T09:00");
        demo.load();
        long unit = jdbc.queryForObject("select id from org_unit where code = 'DLG-JFB'", Long.class);
        long scheme = schemes.importPreset("daligang-2021", null).getId();
        long before = campaignCount();
        // seed 000 is a year-end assessment (年终考核): a monthly campaign under it is refused
        assertThatThrownBy(() -> campaigns.open(new OpenCampaign(
                                null,
                                unit,
                                Cycle.MONTHLY,
                                "2026-08",
                                scheme,
                                at("2026-09-18T18:00"),
                                at("2026-09-24T18:00"),
                                at("2026-09-29T18:00"))
                        .withPayPool(new BigDecimal("10000"))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-050"))
                .satisfies(e -> assertThat(field(e)).isEqualTo("cycle"))
                .hasMessageContaining("按年度考核");
        // seed 003 pays fixed amounts by grade: a pool only caps them; seed 004 pays prizes and takes none
        long prizes = schemes.importPreset("zhongshan-units", null).getId();
        assertThatThrownBy(() -> campaigns.open(annual(unit, prizes).withPayPool(new BigDecimal("10000"))))
                .satisfies(e -> assertThat(code(e)).isEqualTo("CAMPAIGN-053"));
        assertThat(campaignCount()).isEqualTo(before);
    }

    /** June B (on file, the second quarter), July A, August B, September A for 王建国 (c0). */
    static final List<Integer> C0_SECOND = List.of(90, 96, 88, 86, 84, 82, 80, 78, 70, 60);

    @Test
    void theSeptemberPayoutOfSeed003PaysTheThirdQuarterOnly() {
        LiveTownship.Township t = live.township("q3");
        live.finalisedMonth(t, "2026-06", null, OffsetDateTime.parse("2026-07-01T09:00+08:00"), C0_SECOND);
        Campaign july = live.finalisedMonth(
                t, "2026-07", "2026-Q3", OffsetDateTime.parse("2026-08-03T09:00+08:00"), LiveTownship.MARCH_SCORES);
        Campaign august =
                live.finalisedMonth(t, "2026-08", "2026-Q3", OffsetDateTime.parse("2026-09-01T09:00+08:00"), C0_SECOND);
        Campaign september = live.finalisedMonth(
                t, "2026-09", "2026-Q3", OffsetDateTime.parse("2026-10-09T09:00+08:00"), LiveTownship.MARCH_SCORES);
        assertThat(september.getStatus()).isEqualTo(CampaignStatus.FINALISED);
        long c0 = t.cadreIds().get(0);
        long c1 = t.cadreIds().get(1);
        // July and August: graded, paid with the quarter (seed 003 五 按季度发放)
        assertThat(of(july, c0).getGrade()).isEqualTo("A");
        assertThat(of(july, c0).getPay()).isEqualByComparingTo("0");
        assertThat(of(july, c0).getResult()).contains("合并发放");
        assertThat(of(august, c0).getGrade()).isEqualTo("B");
        // seed 003 五 A等260元/人/月、B等130元/人/月, by hand:
        // 王建国 Jul A 260 + Aug B 130 + Sep A 260 = 650 (June's B 130 belongs to the second quarter: not 780)
        assertThat(of(september, c0).getGrade()).isEqualTo("A");
        assertThat(of(september, c0).getPay()).isEqualByComparingTo("650");
        // 李秀英 Jul B 130 + Aug A 260 + Sep B 130 = 520
        assertThat(of(september, c1).getPay()).isEqualByComparingTo("520");
        // 吴敏 D every month: C等和D等人员不发放
        assertThat(of(september, t.cadreIds().get(9)).getPay()).isEqualByComparingTo("0");
    }

    Assessment of(Campaign c, long cadre) {
        return campaigns.assessments(c.getId()).stream()
                .filter(a -> a.getCadreId() == cadre)
                .findFirst()
                .orElseThrow();
    }
}
