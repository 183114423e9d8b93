package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.ScoringInput.StaffType;
import cn.kaohe.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 001 篇四: 镇干部管理与目标考评. */
class TownCadreDisciplineTest {

    static final SchemeVersion SCHEME = SchemeFixtures.townCadreDiscipline();
    final ScoringEngine engine = new ScoringEngine();

    static InputBuilder rated(InputBuilder b, String id, int business, int central, int temporary, int supervisor) {
        b.rating(id, "PARTY_COMMITTEE", "business", business)
                .rating(id, "PARTY_COMMITTEE", "central", central)
                .rating(id, "PARTY_COMMITTEE", "temporary", temporary)
                .rating(id, "SUPERVISING_LEADER", "supervisor", supervisor);
        return b;
    }

    static InputBuilder cadre(InputBuilder b, String id, int all) {
        b.cadre(id, "office");
        return rated(b, id, all, all, all, all);
    }

    @Test
    void combinesYearEndEightyAndSupervisorTwenty() {
        // 篇四 二(六)3: 年终评议 业务80%+中心10%+临时10%；个人得分=年终考评×80%+分管领导打分×20%
        var b = new InputBuilder().cadre("c1", "o");
        rated(b, "c1", 90, 80, 70, 85);
        // year-end 72 + 8 + 7 = 87; total 87×0.8 + 85×0.2 = 69.6 + 17 = 86.6
        assertThat(engine.score(SCHEME, b.build()).subject("c1").orElseThrow().total())
                .isEqualByComparingTo("86.6");
    }

    @ParameterizedTest(name = "{0} × {1}: −{2} 分, −{3} 元")
    @CsvSource({
        // 篇四 一(一)1: 迟到或早退一次扣0.2分、扣50元；旷工一天扣100元并扣1分
        "LATE_OR_EARLY, 3, 0.6, 150",
        "ABSENCE_DAYS, 2, 2, 200",
        // 一(一)3: 上班打牌扣100元并扣1分
        "PRIVATE_AFFAIRS, 1, 1, 100",
        // 一(二)2: 会议迟到扣0.2分、50元；缺席扣0.5分、100元；一(二)3 违反会场纪律20元/次
        "MEETING_LATE, 1, 0.2, 50",
        "MEETING_ABSENT, 2, 1, 200",
        "MEETING_DISCIPLINE, 3, 0, 60",
        // 一(五): 未请假不值班扣50元、0.5分；被县级督查通报不在岗扣300元、1分
        "DUTY_MISSED, 1, 0.5, 50",
        "DUTY_CENSURED, 1, 1, 300",
        // 一(六): 不参与调解扣50元、0.2分
        "LIAISON_NO_MEDIATION, 1, 0.2, 50"
    })
    void deductsPointsAndMoney(String type, int times, String points, String yuan) {
        var b = cadre(cadre(new InputBuilder(), "c1", 90), "c2", 90).pool(10000);
        b.fact("f1", type, null, times, "c1");
        var out = engine.score(SCHEME, b.build());
        var r = out.subject("c1").orElseThrow();
        assertThat(r.categoryScores().get("adjust")).isEqualByComparingTo(new BigDecimal(points).negate());
        assertThat(r.pay().adjustments()).isEqualByComparingTo(new BigDecimal(yuan).negate());
        assertThat(r.pay().net()).isEqualByComparingTo(r.pay().gross().subtract(new BigDecimal(yuan)));
    }

    @Test
    void censureAboveCountyCostsTwoPointsFiveHundredYuanAndExcellence() {
        // 篇四 一(一)5: 被县级以上通报批评的，扣500元年终考核奖，扣2分，取消评先评优资格
        var b = cadre(new InputBuilder(), "c1", 95).pool(1000).fact("f1", "DISCIPLINE_CENSURE", null, 1, "c1");
        var r = engine.score(SCHEME, b.build()).subject("c1").orElseThrow();
        assertThat(r.total()).isEqualByComparingTo("93");
        assertThat(r.excellenceEligible()).isFalse();
        assertThat(r.gradeCode()).isEqualTo("PASS");
        assertThat(r.pay().net()).isEqualByComparingTo("500");
    }

    @Test
    void totalIsCappedAt130AndFloredAt70() {
        // 篇四 二(六)5: 最高得分不超过130分，最低不低于70分
        var b = cadre(cadre(new InputBuilder(), "hi", 100), "lo", 75);
        for (int i = 0; i < 12; i++) {
            b.fact("k" + i, "KEY_WORK_ON_TIME", null, 1, "hi"); // +36
        }
        b.fact("a", "ABSENCE_DAYS", null, 10, "lo"); // −10
        var out = engine.score(SCHEME, b.build());
        assertThat(out.subject("hi").orElseThrow().total()).isEqualByComparingTo("130");
        assertThat(out.subject("lo").orElseThrow().total()).isEqualByComparingTo("70");
    }

    @ParameterizedTest(name = "{0} → +{1}")
    @CsvSource({
        // 篇四 二(六)4(1): 省5、市3、县2、镇1; (2) 经验交流 省5 市3 县2; (3) 项目+2; (4) 重点+3; (5) 兼职+2
        "COMMENDATION, PROVINCE, 5", "COMMENDATION, TOWN, 1", "EXPERIENCE_EXCHANGE, CITY, 3",
        "PROJECT_ON_TIME, , 2", "KEY_WORK_ON_TIME, , 3", "CONCURRENT_POST, , 2"
    })
    void creditsAwardsAndWork(String type, String level, String points) {
        var b = cadre(new InputBuilder(), "c1", 80).fact("f1", type, level, 1, "c1");
        assertThat(engine.score(SCHEME, b.build())
                        .subject("c1")
                        .orElseThrow()
                        .categoryScores()
                        .get("adjust"))
                .isEqualByComparingTo(points);
    }

    @Test
    void gradesPassFromEightyAndExcellenceNeedsNinety() {
        // 篇四 二(七)1(1): 80分以上合格，80分以下不合格；90分以上方能参加评先评优
        var b = new InputBuilder();
        int[] scores = {98, 95, 92, 89, 85, 80, 79, 70};
        for (int s : scores) {
            cadre(b, "c" + s, s);
        }
        var out = engine.score(SCHEME, b.pool(10000).build());
        assertThat(out.subject("c98").orElseThrow().gradeLabel()).isEqualTo("优秀"); // 15% of 8 → 1
        assertThat(out.subject("c95").orElseThrow().gradeLabel()).isEqualTo("合格");
        assertThat(out.subject("c89").orElseThrow().excellenceEligible()).isFalse();
        assertThat(out.subject("c80").orElseThrow().gradeLabel()).isEqualTo("合格");
        assertThat(out.subject("c79").orElseThrow().gradeLabel()).isEqualTo("不合格");
        // 合格者以实际得分挂钩目标奖分配；不合格者不计奖
        assertThat(out.subject("c79").orElseThrow().pay().gross()).isEqualByComparingTo("0");
        assertThat(out.groups().get(0).pay().allocated()).isEqualByComparingTo("10000");
    }

    @Test
    void nonEstablishedStaffGetHalf() {
        // 篇四 (八)(2): 年终目标考核奖金按在编人员50%比例发放
        var b = new InputBuilder()
                .staffType("n1", "o", StaffType.NON_ESTABLISHED)
                .cadre("e1", "o");
        rated(rated(b, "n1", 90, 90, 90, 90), "e1", 90, 90, 90, 90).pool(3000);
        var out = engine.score(SCHEME, b.build());
        assertThat(out.subject("e1").orElseThrow().pay().gross()).isEqualByComparingTo("2000");
        assertThat(out.subject("n1").orElseThrow().pay().gross()).isEqualByComparingTo("1000");
    }

    @Test
    void riskDepositIsRewardedOneToTwoOrCostsAPoint() {
        // 篇四 二(七)1(2): 按时完成按风险抵押金和奖金1:2发放；未完成不退还，扣1分/项
        var b = cadre(cadre(new InputBuilder(), "c1", 90), "c2", 90).pool(1000);
        b.fact(new ScoringInput.LedgerFact(
                "d1",
                "RISK_DEPOSIT_MET",
                null,
                null,
                List.of("c1"),
                null,
                null,
                null,
                new BigDecimal("500"),
                null,
                "招商项目",
                null,
                null));
        b.fact(new ScoringInput.LedgerFact(
                "d2",
                "RISK_DEPOSIT_MISSED",
                null,
                null,
                List.of("c2"),
                null,
                null,
                null,
                new BigDecimal("500"),
                null,
                "拆违项目",
                null,
                null));
        var out = engine.score(SCHEME, b.build());
        assertThat(out.subject("c1").orElseThrow().pay().adjustments()).isEqualByComparingTo("1000");
        assertThat(out.subject("c2").orElseThrow().total()).isEqualByComparingTo("89");
    }

    @ParameterizedTest(name = "旷工{0}天 → 不计奖 {1}")
    @CsvSource({
        // 篇四 二(七)2(2): 旷工累计1周以上不计奖 (1周 = 5个工作日, preset parameter)
        "4, false",
        "5, true"
    })
    void absenceOfAWeekForfeitsThePrize(int days, boolean forfeited) {
        var b = cadre(cadre(new InputBuilder(), "c1", 95), "c2", 95)
                .pool(2000)
                .fact("f1", "ABSENCE_DAYS", null, days, "c1");
        var pay = engine.score(SCHEME, b.build()).subject("c1").orElseThrow().pay();
        assertThat(pay.withheld().signum() > 0).isEqualTo(forfeited);
    }
}
