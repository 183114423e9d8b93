package cn.kaohe.scoring;

import static cn.kaohe.scoring.InputBuilder.member;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.ScoringInput.Role;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roster facts and look-back in the engine (issue 13, docs/adr/0017): exclusions, 连续两年, village 党建 by quarter. */
class LookBackTest {

    final ScoringEngine engine = new ScoringEngine();

    @Test
    void anExcludedUnitShowsItsReasonAndIsNeitherRankedNorPaid() {
        // seed 004 第二十九条: 不参与年度考核的单位 — taken out of the ranking; 第二十一条(一) 一等奖设8名 for the others
        var b = ZhongshanUnitsTest.dept(new InputBuilder(), "d1", 100, member("p1", Role.PRINCIPAL));
        ZhongshanUnitsTest.dept(b, "d2", 95, member("p2", Role.PRINCIPAL));
        b.unit("d3", "DEPARTMENT", member("p3", Role.PRINCIPAL)); // no targets, no ratings: not assessed
        b.excluded("d3", "不参与年度考核");
        var out = engine.score(SchemeFixtures.zhongshanUnits(), b.build());
        var d3 = out.subject("d3").orElseThrow();
        assertThat(d3.rank()).isNull();
        assertThat(d3.total()).isNull();
        assertThat(d3.gradeCode()).isNull();
        assertThat(d3.pay().members()).isEmpty();
        assertThat(d3.reasons()).anySatisfy(r -> assertThat(r.description()).isEqualTo("不参加本期考核排名：不参与年度考核"));
        assertThat(out.groups().get(0).ranking())
                .extracting(ScoringOutcome.RankEntry::subjectId)
                .containsExactly("d1", "d2");
        // 一等奖 主要领导3000 for d1, still paid
        assertThat(out.subject("d1").orElseThrow().pay().gross()).isEqualByComparingTo("3000");
    }

    @Test
    void anExcludedCadreIsNotInTheAverageOfTheLeaderWhoSupervisesThem() {
        // seed 000 四4: 借调期满一年，年度考核等级归借调单位评定 — not in this township's ranking; seed 000 一:
        // 班子成员取所分管办人员平均分 — the seconded cadre (no ratings here at all) is not in the leader's average
        var b = new InputBuilder().period("2021").pool(50000);
        b.head("dzb-head", "dzb").cadre("dzb-1", "dzb").cadre("dzb-2", "dzb").leader("leader-dzb", "dzb");
        b.grade("dzb-head", "liaison", "优秀").rating("dzb-head", "COMMITTEE", "central", 95);
        b.grade("dzb-1", "liaison", "良好").rating("dzb-1", "COMMITTEE", "central", 85);
        b.excluded("dzb-2", "借调期满一年，年度考核等级归借调单位评定");
        var out = engine.score(SchemeFixtures.daligang2021(), b.build());
        var seconded = out.subject("dzb-2").orElseThrow();
        assertThat(seconded.rank()).isNull();
        assertThat(seconded.pay().net()).isEqualByComparingTo("0");
        assertThat(seconded.reasons())
                .anySatisfy(r -> assertThat(r.description()).contains("借调期满一年"));
        BigDecimal head = out.subject("dzb-head").orElseThrow().total();
        BigDecimal one = out.subject("dzb-1").orElseThrow().total();
        assertThat(out.subject("leader-dzb").orElseThrow().categoryScores().values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo(head.add(one).divide(BigDecimal.valueOf(2)));
        assertThat(out.groups().get(0).ranking())
                .extracting(ScoringOutcome.RankEntry::subjectId)
                .doesNotContain("dzb-2");
    }

    static InputBuilder fiveOffices(int year) {
        var b = new InputBuilder().period(String.valueOf(year));
        int[] scores = {95, 90, 85, 80, 75};
        for (int i = 0; i < scores.length; i++) {
            TownOfficeInternalTest.office(b, "o" + i, scores[i], scores[i]);
        }
        return b;
    }

    @ParameterizedTest(name = "last in {0} and again in 2026 → 较差: {1}")
    @CsvSource({
        // seed 002 四(二)5: 连续两年排名最后的，确定为较差等次
        "2025, true",
        // 2024 then 2026 is not two years in a row
        "2024, false"
    })
    void lastTwoYearsInARowIsPoor(int priorYear, boolean poor) {
        var b = fiveOffices(2026).prior(new PriorResult("o4", String.valueOf(priorYear), null, "FAIR", 5, 5));
        var out = engine.score(SchemeFixtures.townOfficeInternal(), b.build());
        assertThat(out.subject("o4").orElseThrow().gradeCode()).isEqualTo(poor ? "POOR" : "FAIR");
    }

    @Test
    void lastLastYearButNotLastInItsGroupThisYearIsNotPoor() {
        // seed 002 四(二)5: the subject must be last this year too
        var b = fiveOffices(2026).prior(new PriorResult("o3", "2025", null, "FAIR", 5, 5));
        var out = engine.score(SchemeFixtures.townOfficeInternal(), b.build());
        assertThat(out.subject("o3").orElseThrow().gradeCode()).isNotEqualTo("POOR");
    }

    /** Ten cadres of seed 003; c01 (A, 260 元) and c03 resident in v1, c05 in v2. */
    static InputBuilder ten() {
        return BaichengMonthlyTest.ten().period("2021-03");
    }

    @Test
    void aVillageFailingTwoMonthsOfTheQuarterCostsItsResidentsTheQuartersPay() {
        // seed 003 六3: 每季度中有2个月党建工作考核不合格…的村(社区)，取消驻该村(社区)领导干部和一般干部该季度业绩考核奖金
        var out = engine.score(
                SchemeFixtures.baichengMonthly(),
                ten().villageGrade("v1", "2021-01", "不合格", 7, 10)
                        .villageGrade("v1", "2021-02", "不合格", 8, 10)
                        .villageGrade("v3", "2021-01", "不合格", 9, 10)
                        .build());
        var c01 = out.subject("c01").orElseThrow();
        assertThat(c01.pay().gross()).isEqualByComparingTo("260"); // 五: A等260元/人/月
        assertThat(c01.pay().net()).isEqualByComparingTo("0");
        // v3 failed once only: its resident keeps the pay (c03 B等 130)
        assertThat(out.subject("c03").orElseThrow().pay().net()).isEqualByComparingTo("130");
    }

    @Test
    void aVillageFailingOnceAndRankedInTheLastTwoOnceAlsoCostsThePay() {
        // seed 003 六3: …2个月党建工作考核不合格或在乡镇(场)排名后2名的村(社区): 1月 不合格, 3月 合格 but 9th of 10
        var out = engine.score(
                SchemeFixtures.baichengMonthly(),
                ten().villageGrade("v1", "2021-01", "不合格", 5, 10)
                        .villageGrade("v1", "2021-03", "合格", 9, 10)
                        .build());
        assertThat(out.subject("c01").orElseThrow().pay().net()).isEqualByComparingTo("0");
    }

    @Test
    void aCadresOwnResultsNeverCountAsAVillagesGrades() {
        // a village id and a cadre id may be the same number: village grades come from villageGrades only
        var out = engine.score(
                SchemeFixtures.baichengMonthly(),
                ten().villageGrade("v2", "2021-01", "合格", 1, 10)
                        .prior("v1", "2021-01", "不合格")
                        .prior("v1", "2021-02", "不合格")
                        .build());
        assertThat(out.subject("c01").orElseThrow().pay().net()).isEqualByComparingTo("260");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // seed 003 六3: 90分及以上为“优秀”；80-89分为“合格”；70-79分为“基本合格”；70分以下为“不合格”
        "90, 优秀",
        "89.5, 合格",
        "80, 合格",
        "79, 基本合格",
        "70, 基本合格",
        "69.9, 不合格"
    })
    void villagePartyBuildingScoresAreGradedAt90_80_70(String score, String grade) {
        assertThat(PartyBuildingGrades.of(new BigDecimal(score))).isEqualTo(grade);
    }
}
