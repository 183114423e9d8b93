package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.ScoringInput.PriorResult;
import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.model.SchemeVersion;
import org.junit.jupiter.api.Test;

/** Seed 002 XX镇内部绩效管理工作实施方案: 科室 are assessed. */
class TownOfficeInternalTest {

    static final SchemeVersion SCHEME = SchemeFixtures.townOfficeInternal();
    final ScoringEngine engine = new ScoringEngine();

    static InputBuilder office(InputBuilder b, String id, int q, int duty) {
        b.unit(
                id,
                null,
                InputBuilder.member(id + "-lead", Role.LEADERSHIP_MEMBER),
                InputBuilder.member(id + "-head", Role.UNIT_HEAD),
                InputBuilder.member(id + "-staff", Role.STAFF));
        for (String p : new String[] {"Q1", "Q2", "Q3", "Q4"}) {
            b.periodScore(id, "performance", p, q);
        }
        b.rating(id, "LEADERSHIP", "duty", duty)
                .rating(id, "DEPARTMENT_HEADS", "duty", duty)
                .rating(id, "VILLAGE_SECRETARIES", "duty", duty);
        return b;
    }

    @Test
    void combinesQuartersAndRaterGroupsWithTheSeedsWeights() {
        // seed 002 四(二)4: 业绩(前三季度平均×40%+第四季度×60%)×70% + 履职(班子50%+部门负责人30%+村书记20%)×30%
        var b = new InputBuilder().unit("o1", null);
        b.periodScore("o1", "performance", "Q1", 80)
                .periodScore("o1", "performance", "Q2", 85)
                .periodScore("o1", "performance", "Q3", 90)
                .periodScore("o1", "performance", "Q4", 90);
        b.rating("o1", "LEADERSHIP", "duty", 90)
                .rating("o1", "DEPARTMENT_HEADS", "duty", 80)
                .rating("o1", "DEPARTMENT_HEADS", "duty", 80)
                .rating("o1", "VILLAGE_SECRETARIES", "duty", 70);
        var r = engine.score(SCHEME, b.build()).subject("o1").orElseThrow();
        assertThat(r.categoryScores().get("performance")).isEqualByComparingTo("88"); // 85×0.4 + 90×0.6
        assertThat(r.categoryScores().get("duty")).isEqualByComparingTo("83"); // 45 + 24 + 14
        assertThat(r.total()).isEqualByComparingTo("86.5"); // 61.6 + 24.9
    }

    @Test
    void commendationCountsOnceAtTheHighestLevel() {
        // seed 002 四(二)3②: 国家级、市级、县级 5/3/2；同一项工作受到多层级表彰的以最高层级加分一次
        var b = office(new InputBuilder(), "o1", 80, 80);
        b.workItemFact("f1", "COMMENDATION", "COUNTY", "信访", "o1")
                .workItemFact("f2", "COMMENDATION", "CITY", "信访", "o1")
                .workItemFact("f3", "COMMENDATION", "COUNTY", "防汛", "o1");
        var r = engine.score(SCHEME, b.build()).subject("o1").orElseThrow();
        assertThat(r.categoryScores().get("adjust")).isEqualByComparingTo("5"); // 3 + 2
        assertThat(r.total()).isEqualByComparingTo("85");
    }

    @Test
    void aCensureCountedInAQuarterIsNotDeductedAgainInTheYear() {
        // seed 002 四(二)3 扣分①: 被县委、县政府通报批评的，在年度绩效考核得分中减2分 — once: the quarter that counted
        // it is inside 业绩评价, so the annual result explains it and deducts nothing (80 × 0.7 + 80 × 0.3 = 80)
        var b = office(new InputBuilder(), "o1", 80, 80);
        b.fact(new ScoringInput.LedgerFact(
                "L7",
                "CENSURE",
                "COUNTY",
                null,
                java.util.List.of("o1"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "2026年第3季度"));
        var r = engine.score(SCHEME, b.build()).subject("o1").orElseThrow();
        assertThat(r.categoryScores().get("adjust")).isEqualByComparingTo("0");
        assertThat(r.total()).isEqualByComparingTo("80");
        assertThat(r.reasons()).singleElement().satisfies(x -> assertThat(x.description())
                .isEqualTo("受到县级以上通报批评已计入2026年第3季度的考核结果，本期不再重复计分"));
        // the same censure not yet counted elsewhere: −2
        var again = office(new InputBuilder(), "o1", 80, 80).fact("L7", "CENSURE", "COUNTY", 1, "o1");
        assertThat(engine.score(SCHEME, again.build())
                        .subject("o1")
                        .orElseThrow()
                        .total())
                .isEqualByComparingTo("78");
    }

    @Test
    void censureCountsOnceAtTheHighestLevel() {
        // seed 002 扣分①: 市委通报减3分，县委通报减2分；多层级通报以最高层级扣减一次
        var b = office(new InputBuilder(), "o1", 80, 80);
        b.workItemFact("f1", "CENSURE", "COUNTY", "安全", "o1").workItemFact("f2", "CENSURE", "CITY", "安全", "o1");
        assertThat(engine.score(SCHEME, b.build())
                        .subject("o1")
                        .orElseThrow()
                        .categoryScores()
                        .get("adjust"))
                .isEqualByComparingTo("-3");
    }

    /** A county censure (县委通报) of the office dated in the third quarter, counted already in {@code countedIn}. */
    static ScoringInput.LedgerFact countyCensure(String id, String countedIn) {
        return new ScoringInput.LedgerFact(
                id,
                "CENSURE",
                "COUNTY",
                java.time.LocalDate.of(2026, 8, 20),
                java.util.List.of("o1"),
                null,
                null,
                null,
                null,
                "县委办通报",
                id,
                null,
                null,
                countedIn);
    }

    @Test
    void aCensureCountsOnceAYear() {
        // seed 002 四(二)3 扣分①: 被县委、县政府通报批评的，减2分 — "在年度绩效考核得分中" once. The annual result
        // contains the quarters (四(二)1: 前三季度平均×40% + 第四季度×60%), so a censure the third quarter's finalised
        // result already deducted is explained, not deducted again; one of the fourth quarter still counts.
        // o1: 80 in every quarter and on 履职 → 80 × 70 % + 80 × 30 % = 80.
        var counted = office(new InputBuilder(), "o1", 80, 80);
        counted.fact(countyCensure("f1", "2026年第3季度"));
        var r = engine.score(SCHEME, counted.build()).subject("o1").orElseThrow();
        assertThat(r.total()).isEqualByComparingTo("80");
        assertThat(r.reasons()).anySatisfy(x -> assertThat(x.description()).contains("已计入2026年第3季度的考核结果，本期不再重复计分"));

        var notYet = office(new InputBuilder(), "o1", 80, 80);
        notYet.fact(countyCensure("f2", null));
        assertThat(engine.score(SCHEME, notYet.build())
                        .subject("o1")
                        .orElseThrow()
                        .total())
                .isEqualByComparingTo("78"); // 80 − 2
    }

    @Test
    void ranksTenOfficesThirtySixtyTenAndBelowSixtyIsPoor() {
        // seed 002 四(二)5: 前30%左右优秀，中间60%左右良好，后10%左右一般；60分以下为较差
        var b = new InputBuilder();
        int[] scores = {95, 92, 90, 88, 86, 84, 82, 80, 78, 76, 55};
        for (int i = 0; i < scores.length; i++) {
            office(b, "o" + i, scores[i], scores[i]);
        }
        var out = engine.score(SCHEME, b.build());
        var counts = out.groups().get(0).quotaCheck().grades();
        // 参数 quotaBase ALL_RANKED (default): the shares are of all 11 ranked 科室 — 30 % = 3.3 → 3 优秀, 60 % = 6.6 → 7
        // 良好, 10 % = 1.1 → 1 一般; the last position is the one forced to 较差, so no 一般 is left (NOT_FORCED would
        // give 3/6/1 of the other 10, ReadingParametersTest)
        assertThat(counts).extracting(ScoringOutcome.GradeCount::count).containsExactly(3, 7, 0, 1);
        assertThat(out.subject("o10").orElseThrow().gradeLabel()).isEqualTo("较差");
        assertThat(out.subject("o10").orElseThrow().reasons())
                .anySatisfy(r -> assertThat(r.description()).contains("60分以下"));
    }

    @Test
    void lastTwoYearsRunningIsPoor() {
        // seed 002 四(二)5: 连续两年排名最后的，确定为较差等次
        var b = new InputBuilder();
        int[] scores = {95, 90, 85, 80, 75};
        for (int i = 0; i < scores.length; i++) {
            office(b, "o" + i, scores[i], scores[i]);
        }
        b.prior(new PriorResult("o4", "2020", null, "FAIR", 5, 5));
        var out = engine.score(SCHEME, b.build());
        assertThat(out.subject("o4").orElseThrow().gradeCode()).isEqualTo("POOR");
    }

    @Test
    void topThreeOfficesPassPreferenceToTheirPeopleAndTheLastOneIsInterviewed() {
        // seed 002 四(三): 前三名科室人员优先定为优秀；最低科室分管领导及负责人约谈、不得评为优秀
        var b = new InputBuilder();
        int[] scores = {95, 90, 85, 80, 75};
        for (int i = 0; i < scores.length; i++) {
            office(b, "o" + i, scores[i], scores[i]);
        }
        var consequences = engine.score(SCHEME, b.build()).groups().get(0).personConsequences();
        assertThat(consequences.stream().filter(c -> c.code().equals("PREFERRED_EXCELLENT")))
                .extracting(ScoringOutcome.PersonConsequence::unitId)
                .containsOnly("o0", "o1", "o2")
                .hasSize(9);
        assertThat(consequences.stream().filter(c -> c.code().equals("INTERVIEW")))
                .extracting(ScoringOutcome.PersonConsequence::personId)
                .containsExactly("o4-lead", "o4-head");
        assertThat(consequences).filteredOn(c -> c.code().equals("INTERVIEW")).allMatch(c -> c.noExcellence());
    }
}
