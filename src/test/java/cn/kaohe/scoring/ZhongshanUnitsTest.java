package cn.kaohe.scoring;

import static cn.kaohe.scoring.InputBuilder.member;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.ScoringInput.Member;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.TargetOutcome;
import cn.kaohe.scoring.ScoringInput.TargetResult;
import cn.kaohe.scoring.ScoringOutcome.MemberPay;
import cn.kaohe.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 004 钟山区区直单位和镇乡街道工作目标管理暂行办法. */
class ZhongshanUnitsTest {

    static final SchemeVersion SCHEME = SchemeFixtures.zhongshanUnits();
    final ScoringEngine engine = new ScoringEngine();

    static InputBuilder dept(InputBuilder b, String id, int basic, Member... members) {
        b.unit(id, "DEPARTMENT", members);
        b.numericTarget(id, id + "-t", 100, 100, basic);
        b.rating(id, "TARGET_COMMITTEE", "overall", 0);
        return b;
    }

    BigDecimal basic(InputBuilder b) {
        b.rating("u", "TARGET_COMMITTEE", "overall", 0);
        return engine.score(SCHEME, b.build())
                .subject("u")
                .orElseThrow()
                .categoryScores()
                .get("basic");
    }

    @ParameterizedTest(name = "完成 {0}/{1} → {2}")
    @CsvSource({
        // 第十六条: 有数据指标的，完成或超额完成计100%；未完成的按未完成比例相应扣分
        "120, 100, 40",
        "100, 100, 40",
        "75, 100, 30"
    })
    void numericTargetsAreProRata(int actual, int planned, String expected) {
        var b = new InputBuilder().unit("u", "DEPARTMENT");
        b.numericTarget("u", "t1", 40, planned, actual).numericTarget("u", "t2", 60, 1, 1);
        assertThat(basic(b)).isEqualByComparingTo(new BigDecimal(expected).add(BigDecimal.valueOf(60)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // 第十六条: 完成且效果好100%，效果一般90%，效果差80%，未完成0
        "GOOD, 100",
        "FAIR, 90",
        "POOR, 80",
        "NOT_DONE, 0"
    })
    void qualitativeTargetsScoreByResult(TargetOutcome outcome, String expected) {
        var b = new InputBuilder().unit("u", "DEPARTMENT").qualityTarget("u", "t1", 100, outcome);
        assertThat(basic(b)).isEqualByComparingTo(expected);
    }

    @Test
    void falsifiedTargetLosesHalfItsValue() {
        // 第十六条: 虚报瞒报、弄虚作假的，倒扣该项工作正常分值的50%
        var b = new InputBuilder().unit("u", "DEPARTMENT").numericTarget("u", "ok", 80, 1, 1);
        b.target(new TargetResult(
                "u",
                "basic",
                "fake",
                "fake",
                BigDecimal.valueOf(20),
                BigDecimal.ONE,
                BigDecimal.ONE,
                null,
                true,
                null,
                null));
        assertThat(basic(b)).isEqualByComparingTo("70"); // 80 − 10
    }

    @Test
    void missingItemsAreExcludedAndTheTotalRescaled() {
        // 第十七条: 缺项工作不计分，总分按比例折算 — 60 of 75 applicable → 80 of 100
        var b = new InputBuilder().unit("u", "DEPARTMENT").numericTarget("u", "a", 75, 100, 80);
        b.target(new TargetResult("u", "basic", "m", "m", BigDecimal.valueOf(25), null, null, null, null, true, null));
        assertThat(basic(b)).isEqualByComparingTo("80");
    }

    @Test
    void forceMajeureAfterFullEffortKeepsFullPoints() {
        // 第十七条: 工作全面开展，但受不可抗拒因素影响不能完成，计标准分的100%
        var b = new InputBuilder().unit("u", "DEPARTMENT");
        b.target(new TargetResult(
                "u", "basic", "f", "f", BigDecimal.valueOf(100), null, null, TargetOutcome.NOT_DONE, null, null, true));
        assertThat(basic(b)).isEqualByComparingTo("100");
    }

    @Test
    void additionalPointsFollowTheTable() {
        // 第十二条(二): 中央表彰+1 (同一奖项只按最高), 名牌 国家4 省1 (同一品牌最高), 市委通报−1, 会议迟到−0.1, 缺席−0.3
        var b = dept(new InputBuilder(), "u", 100);
        b.workItemFact("a1", "COLLECTIVE_AWARD", "CENTRAL", "文明城市", "u")
                .workItemFact("a2", "COLLECTIVE_AWARD", "MINISTRY_OR_PROVINCE", "文明城市", "u")
                .workItemFact("b1", "FAMOUS_BRAND", "PROVINCE", "某品牌", "u")
                .workItemFact("b2", "FAMOUS_BRAND", "NATION", "某品牌", "u")
                .fact("c1", "CITY_CENSURE", null, 1, "u")
                .fact("m1", "MEETING_LATE", null, 2, "u")
                .fact("m2", "MEETING_ABSENT", null, 1, "u");
        var r = engine.score(SCHEME, b.build()).subject("u").orElseThrow();
        assertThat(r.categoryScores().get("additional")).isEqualByComparingTo("3.5"); // 1 + 4 − 1 − 0.2 − 0.3
    }

    @Test
    void departmentsGetPerRolePrizesProratedByMonths() {
        // 第二十一条(一): 一等奖 主要领导3000、班子成员2600、职工人均2200; 第二十四条: 按工作月份计发
        var b = dept(
                new InputBuilder(),
                "d1",
                100,
                member("p", Role.PRINCIPAL),
                member("l", Role.LEADERSHIP_MEMBER),
                new Member("s", "s", Role.STAFF, 6, null),
                new Member("x", "x", Role.STAFF, null, "当年累计旷工达5天"));
        var pay = engine.score(SCHEME, b.build()).subject("d1").orElseThrow().pay();
        assertThat(pay.members())
                .extracting(MemberPay::memberId, MemberPay::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p", new BigDecimal("3000")),
                        org.assertj.core.groups.Tuple.tuple("l", new BigDecimal("2600")),
                        org.assertj.core.groups.Tuple.tuple("s", new BigDecimal("1100")),
                        org.assertj.core.groups.Tuple.tuple("x", BigDecimal.ZERO));
        assertThat(pay.gross()).isEqualByComparingTo("6700");
    }

    @Test
    void aFailedDepartmentFinesItsPrincipal2000AndEachLeader1500() {
        // 第二十一条(一): 考核总分在90分以下为不合格，不合格的不予奖励 (basic 80 + overall 0 = 80);
        // 第二十八条: 不合格的区直部门…对主要领导罚款2000元，对班子成员分别罚款1500元 — the clerk is neither paid nor fined
        Member[] people = {
            member("p", Role.PRINCIPAL),
            member("l1", Role.LEADERSHIP_MEMBER),
            member("l2", Role.LEADERSHIP_MEMBER),
            member("s", Role.STAFF)
        };
        var b = dept(new InputBuilder(), "d1", 80, people);
        var r = engine.score(SCHEME, b.build()).subject("d1").orElseThrow();
        assertThat(r.total()).isEqualByComparingTo("80");
        assertThat(r.gradeLabel()).isEqualTo("不合格");
        assertThat(r.pay().members().stream()
                        .map(m -> m.memberId() + " " + m.amount())
                        .toList())
                .containsExactly("p -2000", "l1 -1500", "l2 -1500"); // nothing for the clerk
        assertThat(r.pay().gross()).isEqualByComparingTo("-5000"); // −2000 − 1500 − 1500
    }

    @Test
    void townshipsRankApartWithOneFirstPrizeOf200000() {
        // 第二十一条: 区直部门、镇乡和街道分开评比；镇乡一等奖1名20万元，其中10%奖励两个主要领导
        var b = dept(new InputBuilder(), "d1", 100);
        for (String t : new String[] {"t1", "t2", "t3"}) {
            b.unit(t, "TOWNSHIP", member(t + "-sec", Role.PRINCIPAL), member(t + "-mayor", Role.PRINCIPAL));
            b.numericTarget(t, t + "-x", 100, 100, t.equals("t1") ? 100 : t.equals("t2") ? 96 : 80);
            b.rating(t, "TARGET_COMMITTEE", "overall", 5);
        }
        var out = engine.score(SCHEME, b.build());
        assertThat(out.groups()).hasSize(2);
        var t1 = out.subject("t1").orElseThrow();
        assertThat(t1.gradeLabel()).isEqualTo("一等奖");
        assertThat(t1.pay().gross()).isEqualByComparingTo("200000");
        assertThat(t1.pay().members())
                .extracting(MemberPay::amount)
                .containsExactly(new BigDecimal("10000"), new BigDecimal("10000"));
        assertThat(out.subject("t2").orElseThrow().gradeLabel()).isEqualTo("二等奖");
        // 第二十一条(二): 考核总分在90分以下为不合格 (80 + 5 = 85); 第二十八条: 罚款5万元，主要领导再罚2500元
        var t3 = out.subject("t3").orElseThrow();
        assertThat(t3.gradeLabel()).isEqualTo("不合格");
        assertThat(t3.pay().gross()).isEqualByComparingTo("-50000");
        assertThat(t3.pay().members()).extracting(MemberPay::amount).containsOnly(new BigDecimal("-2500"));
    }

    @Test
    void vetoRemovesTopPrizesAndTheLeadershipsReward() {
        // 第二十七条: 取消该单位一、二、三等奖评奖资格，且领导班子成员和相关人员不予奖励
        var b = dept(new InputBuilder(), "d1", 100, member("p", Role.PRINCIPAL), member("s", Role.STAFF));
        b.fact("v1", "VETO", null, 1, "d1");
        var r = engine.score(SCHEME, b.build()).subject("d1").orElseThrow();
        assertThat(r.gradeLabel()).isEqualTo("基本奖");
        assertThat(r.pay().members())
                .extracting(MemberPay::memberId, MemberPay::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("p", BigDecimal.ZERO),
                        org.assertj.core.groups.Tuple.tuple("s", new BigDecimal("1000")));
    }

    @Test
    void revenueOverTargetEarnsPerPercentagePoint() {
        // 第二十二条: 每个百分点增收30万元以下的奖励1000元
        var b = new InputBuilder()
                .unit("t", "TOWNSHIP")
                .numericTarget("t", "x", 100, 1, 1)
                .rating("t", "TARGET_COMMITTEE", "overall", 5);
        b.fact("r1", "REVENUE_OVER_TARGET_SMALL", null, 3, "t");
        var pay = engine.score(SCHEME, b.build()).subject("t").orElseThrow().pay();
        assertThat(pay.adjustments()).isEqualByComparingTo("3000");
    }
}
