package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import cn.kaohe.scoring.model.DerivedScore;
import cn.kaohe.scoring.model.Grading;
import cn.kaohe.scoring.model.MoneyUnit;
import cn.kaohe.scoring.model.NoticeOpeningDay;
import cn.kaohe.scoring.model.OwnFacts;
import cn.kaohe.scoring.model.PayPolicy;
import cn.kaohe.scoring.model.QuotaBase;
import cn.kaohe.scoring.model.SchemeVersion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: the readings a seed leaves open are 参数 of the scheme, with the default the seeds suggest
 * (docs/schemes.md, "Readings made explicit").
 */
class ReadingParametersTest {

    final ScoringEngine engine = new ScoringEngine();

    /** The scheme with another grading, derived scores or pay (a 参数 changed as the office would). */
    static SchemeVersion with(SchemeVersion s, Grading grading, List<DerivedScore> derived, PayPolicy pay) {
        return new SchemeVersion(
                s.code(),
                s.name(),
                s.version(),
                s.source(),
                s.subjectKind(),
                s.cycle(),
                s.baseScore(),
                s.categories(),
                s.factRules(),
                s.totalBounds(),
                derived,
                s.rollUps(),
                grading,
                pay,
                s.unitOutcomes(),
                s.noticeOpeningDay());
    }

    // ---- quota base (seed 002 四(二)5) ------------------------------------------------------------------

    static SchemeVersion withQuotaBase(SchemeVersion s, QuotaBase base) {
        Grading g = s.grading();
        return with(
                s,
                new Grading(
                        g.vocabulary(),
                        g.clause(),
                        g.grades(),
                        g.excellenceMinScore(),
                        g.tieBreak(),
                        g.overrides(),
                        g.subgroups(),
                        base),
                s.derivedScores(),
                s.pay());
    }

    static ScoringOutcome fiveOffices(ScoringEngine engine, SchemeVersion scheme) {
        var b = new InputBuilder();
        // each 科室 scores X in every quarter and on 履职: total X (X × 70 % + X × 30 %)
        for (int x : new int[] {95, 90, 85, 80, 55}) {
            TownOfficeInternalTest.office(b, "o" + x, x, x);
        }
        return engine.score(scheme, b.build());
    }

    static String grade(ScoringOutcome out, String id) {
        return out.subject(id).map(SubjectResult::gradeLabel).orElseThrow();
    }

    @Test
    void theQuotaSharesCountEveryRankedOfficeByDefault() {
        // seed 002 四(二)5: 根据各被考核科室得分情况…前30%左右优秀，中间60%左右良好，后10%左右一般; 60分以下较差.
        // Five 科室, one (55) forced to 较差: 30 % of 5 = 1.5 → 2 优秀; 60 % of 5 = 3 and 10 % of 5 = 0.5 → 1 make 6,
        // so 良好 gives one back → 2; nobody is left for 一般.
        SchemeVersion scheme = SchemeFixtures.townOfficeInternal();
        assertThat(scheme.grading().quotaBase()).isEqualTo(QuotaBase.ALL_RANKED);
        var out = fiveOffices(engine, scheme);
        assertThat(List.of(
                        grade(out, "o95"), grade(out, "o90"), grade(out, "o85"), grade(out, "o80"), grade(out, "o55")))
                .containsExactly("优秀", "优秀", "良好", "良好", "较差");
    }

    @Test
    void theQuotaSharesCanCountOnlyTheOfficesNotForced() {
        // 参数 quotaBase: NOT_FORCED — 30 % of the 4 others = 1.2 → 1 优秀; 60 % → 2.4 → 2 and 10 % → 0.4 → 0 make 3, so
        // 良好 takes the fourth.
        var out = fiveOffices(engine, withQuotaBase(SchemeFixtures.townOfficeInternal(), QuotaBase.NOT_FORCED));
        assertThat(List.of(
                        grade(out, "o95"), grade(out, "o90"), grade(out, "o85"), grade(out, "o80"), grade(out, "o55")))
                .containsExactly("优秀", "良好", "良好", "良好", "较差");
    }

    // ---- a supervising leader's own deduction (seed 000 一 and 三(三)2) ------------------------------------------

    static SchemeVersion withOwnFacts(SchemeVersion s, OwnFacts own) {
        List<DerivedScore> derived = s.derivedScores().stream()
                .map(d -> new DerivedScore(d.role(), d.method(), d.clause(), d.description(), own))
                .toList();
        return with(s, s.grading(), derived, s.pay());
    }

    /** 党政办: a head and two clerks rated alike, their supervising leader; 三类 in one of the 八项基础工作. */
    static ScoringOutcome officeWithClassThree(ScoringEngine engine, SchemeVersion scheme) {
        var b = new InputBuilder().pool(90000);
        b.head("head", "dzb").cadre("c1", "dzb").cadre("c2", "dzb").leader("leader", "dzb");
        for (String c : new String[] {"head", "c1", "c2"}) {
            b.rating(c, "COMMITTEE", "central", 90).grade(c, "liaison", "优秀");
        }
        b.unitFact("f1", "BASIC_WORK_CLASS", "CLASS_3", "dzb");
        return engine.score(scheme, b.build());
    }

    @Test
    void theLeadersOwnThirtyPointsComeOnTopOfTheAverageByDefault() {
        // seed 000 三(三)2: 单项工作为三类，分管领导和全办人员每人扣30分; 一: 班子成员取所分管办…人员平均分.
        // Every clerk: liaison 300 (优秀) + conduct 300 + core 300 − 30 + central 90 = 960; the leader averages 960 and
        // loses his own 30 on top: 930.
        SchemeVersion scheme = SchemeFixtures.daligang2021();
        assertThat(scheme.derivedScores().get(0).ownFacts()).isEqualTo(OwnFacts.ON_TOP);
        var out = officeWithClassThree(engine, scheme);
        assertThat(out.subject("c1").orElseThrow().total()).isEqualByComparingTo("960");
        SubjectResult leader = out.subject("leader").orElseThrow();
        assertThat(leader.total()).isEqualByComparingTo("930");
        assertThat(leader.excellenceEligible()).isFalse(); // 分管领导和全办人员取消年度评先评优资格
    }

    @Test
    void theLeadersDeductionCanCountOnlyThroughTheAverage() {
        // 参数 ownFacts: IN_AVERAGE_ONLY — the leader keeps the average 960 that already holds the −30; the loss of
        // 评先评优 still reaches him.
        var out = officeWithClassThree(engine, withOwnFacts(SchemeFixtures.daligang2021(), OwnFacts.IN_AVERAGE_ONLY));
        SubjectResult leader = out.subject("leader").orElseThrow();
        assertThat(leader.total()).isEqualByComparingTo("960");
        assertThat(leader.excellenceEligible()).isFalse();
        assertThat(leader.explanation())
                .anySatisfy(l -> assertThat(l.description()).contains("已计入所分管人员的平均分，不再另行计分"));
    }

    // ---- the first day of a notice (民法典 第二百零一条) ---------------------------------------------------------

    @Test
    void aNoticeCountsTheMorningItOpensUnlessTheSchemeFollowsTheCivilCode() {
        // 参数 noticeOpeningDay: BEFORE_CUT_OFF by default (the application's 12:00 cut-off); NEVER follows 民法典
        // 第二百零一条 "开始的当日不计入" (PresetCampaignsIT runs both as campaigns)
        assertThat(SchemeFixtures.safetyProduction().noticeOpeningDay()).isEqualTo(NoticeOpeningDay.BEFORE_CUT_OFF);
        String text =
                cn.kaohe.scheme.SchemePresets.text("safety-production-responsibility") + "noticeOpeningDay: NEVER\n";
        assertThat(cn.kaohe.scheme.SchemeDocuments.read(text, cn.kaohe.scheme.SchemeDocuments.Format.YAML)
                        .noticeOpeningDay())
                .isEqualTo(NoticeOpeningDay.NEVER);
    }

    // ---- whole yuan or fen -------------------------------------------------------------------------------------

    static SchemeVersion withMoneyUnit(SchemeVersion s, MoneyUnit unit) {
        PayPolicy p = s.pay();
        return with(
                s,
                s.grading(),
                s.derivedScores(),
                new PayPolicy(
                        p.mode(),
                        p.clause(),
                        p.pool(),
                        p.staffTypeFactors(),
                        p.gradeAmounts(),
                        p.staffTypeAmounts(),
                        p.months(),
                        p.prorateByMonths(),
                        p.noPayGrades(),
                        p.tiers(),
                        unit));
    }

    static List<BigDecimal> threeEqualShares(ScoringEngine engine, SchemeVersion scheme) {
        var b = new InputBuilder().pool(100000);
        for (String c : new String[] {"a", "b", "c"}) {
            b.cadre(c, "dzb").rating(c, "COMMITTEE", "central", 90).grade(c, "liaison", "优秀");
        }
        var out = engine.score(scheme, b.build());
        return List.of("a", "b", "c").stream()
                .map(id -> out.subject(id).orElseThrow().pay().net())
                .toList();
    }

    @Test
    void aPoolIsSharedInWholeYuanByDefault() {
        // seed 000 四1 按个人所得分折算奖励到人，不得突破奖金申请总额: 100000 / 3 = 33333.33…; the largest remainder
        // gives the one yuan left to the first in rank (ties: cadre id).
        assertThat(SchemeFixtures.daligang2021().pay().moneyUnit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(threeEqualShares(engine, SchemeFixtures.daligang2021()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("33334"), new BigDecimal("33333"), new BigDecimal("33333"));
    }

    @Test
    void aPoolCanBeSharedToTheFen() {
        // 参数 moneyUnit: FEN — 33333.34 + 33333.33 + 33333.33 = 100000.00
        assertThat(threeEqualShares(engine, withMoneyUnit(SchemeFixtures.daligang2021(), MoneyUnit.FEN)))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("33333.34"), new BigDecimal("33333.33"), new BigDecimal("33333.33"));
    }
}
