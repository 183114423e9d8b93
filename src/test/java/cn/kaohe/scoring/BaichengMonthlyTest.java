package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.ScoringInput.Role;
import cn.kaohe.scoring.ScoringInput.StaffType;
import cn.kaohe.scoring.ScoringInput.Subject;
import cn.kaohe.scoring.model.Category;
import cn.kaohe.scoring.model.CategorySource;
import cn.kaohe.scoring.model.GradeSpec;
import cn.kaohe.scoring.model.Grading;
import cn.kaohe.scoring.model.RatingComponent;
import cn.kaohe.scoring.model.RatingSet;
import cn.kaohe.scoring.model.SchemeVersion;
import cn.kaohe.scoring.model.SubjectKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 003 拜城县乡镇干部业绩考核嘉奖实施方案. */
class BaichengMonthlyTest {

    static final SchemeVersion SCHEME = SchemeFixtures.baichengMonthly();
    final ScoringEngine engine = new ScoringEngine();

    /** Ten cadres c01..c10 rated 99, 98, … 90; odd ones 驻村. */
    static InputBuilder ten() {
        var b = new InputBuilder().period("2021-03");
        for (int i = 1; i <= 10; i++) {
            String id = String.format("c%02d", i);
            b.villager(id, "v" + i, i % 2 == 1);
            b.rating(id, "TOWNSHIP_GROUP", "performance", 100 - i);
        }
        return b;
    }

    @Test
    void gradesTenCadresOneSevenOneOne() {
        // seed 003 四: A等不高于10%，B等占70%左右，C等占10%左右，D等不低于10%
        var out = engine.score(SCHEME, ten().build());
        var grades = out.groups().get(0).quotaCheck().grades();
        assertThat(grades).extracting(ScoringOutcome.GradeCount::count).containsExactly(1, 7, 1, 1);
        assertThat(grades).allSatisfy(g -> assertThat(g.ok()).isTrue());
        assertThat(out.subject("c01").orElseThrow().gradeCode()).isEqualTo("A");
        assertThat(out.subject("c10").orElseThrow().gradeCode()).isEqualTo("D");
    }

    @ParameterizedTest(name = "n={0} → A {1}, B {2}, C {3}, D {4}")
    @CsvSource({
        // rounding rule: A floor, B half-up (absorbs the rest), C half-up, D ceiling
        "7, 0, 5, 1, 1",
        "10, 1, 7, 1, 1",
        "15, 1, 10, 2, 2",
        "23, 2, 16, 2, 3"
    })
    void quotaCountsFollowTheDocumentedRoundingRule(int n, int a, int b, int c, int d) {
        var specs = SCHEME.grading().grades();
        assertThat(Grader.capacities(specs, n, null)).containsExactly(a, b, c, d);
    }

    @ParameterizedTest(name = "{0} × {1} → at most C: {2}")
    @CsvSource({
        // seed 003 四5: 迟到(早退)5次以上或旷工1天以上 → C或D
        "LATE_OR_EARLY, 4, false",
        "LATE_OR_EARLY, 5, true",
        "ABSENCE_DAYS, 1, true",
        // seed 003 四4: 民主测评中，不满意票超过30%以上的
        "DEMOCRATIC_DISSATISFIED_PERCENT, 30, false",
        "DEMOCRATIC_DISSATISFIED_PERCENT, 31, true",
        // seed 003 四6: 存在违法违纪及不廉洁问题的
        "VIOLATION, 1, true"
    })
    void triggersCapTheBestCadreAtC(String type, int quantity, boolean capped) {
        var out = engine.score(
                SCHEME, ten().fact("f1", type, null, quantity, "c01").build());
        String grade = out.subject("c01").orElseThrow().gradeCode();
        if (capped) {
            assertThat(grade).isIn("C", "D");
            assertThat(out.subject("c02").orElseThrow().gradeCode()).isEqualTo("A");
        } else {
            assertThat(grade).isEqualTo("A");
        }
    }

    @Test
    void checksThatVillageResidentsAreHalfOfEachGrade() {
        // seed 003 四: 各等次中驻村（社区）干部比例要占50%
        var check = engine.score(SCHEME, ten().build()).groups().get(0).quotaCheck();
        var b = check.subgroups().stream()
                .filter(s -> s.grade().equals("B"))
                .findFirst()
                .orElseThrow();
        assertThat(b.members()).isEqualTo(7);
        assertThat(b.withTag()).isEqualTo(3); // c03 c05 c07 of c02..c08
        assertThat(b.ok()).isFalse();
        var a = check.subgroups().stream()
                .filter(s -> s.grade().equals("A"))
                .findFirst()
                .orElseThrow();
        assertThat(a.withTag()).isEqualTo(1); // c01
        assertThat(a.ok()).isTrue();
        var d = check.subgroups().stream()
                .filter(s -> s.grade().equals("D"))
                .findFirst()
                .orElseThrow();
        assertThat(d.withTag()).isZero(); // c10 is not resident
        assertThat(d.ok()).isFalse();
        assertThat(check.ok()).isFalse();
    }

    @Test
    void paysA260AndB130PerMonthAndNothingForCAndD() {
        // seed 003 五: A等260元/人/月、B等130元/人/月，C等和D等人员不发放
        var out = engine.score(SCHEME, ten().build());
        assertThat(out.subject("c01").orElseThrow().pay().net()).isEqualByComparingTo("260");
        assertThat(out.subject("c02").orElseThrow().pay().net()).isEqualByComparingTo("130");
        assertThat(out.subject("c09").orElseThrow().pay().net()).isEqualByComparingTo("0");
        assertThat(out.subject("c10").orElseThrow().pay().net()).isEqualByComparingTo("0");
        assertThat(out.groups().get(0).pay().allocated()).isEqualByComparingTo("1170"); // 260 + 7×130
    }

    @Test
    void quarterlyPaySumsTheMonthsOfTheQuarter() {
        // seed 003 五: 业绩考核奖金按季度发放 — January A, February B, March A → 650
        var out = engine.score(
                SCHEME,
                ten().prior("c01", "2021-01", "A").prior("c01", "2021-02", "B").build());
        assertThat(out.subject("c01").orElseThrow().pay().net()).isEqualByComparingTo("650");
    }

    @Test
    void hiredCommunityCadresGet200AMonth() {
        // seed 003 五: 社区聘用干部业绩考核奖金按200元/人/月发放
        var b = ten();
        b.subjects.set(
                1,
                new Subject(
                        "c02", "c02", null, null, Role.STAFF, null, StaffType.HIRED, "v2", false, null, null, null));
        assertThat(engine.score(SCHEME, b.build())
                        .subject("c02")
                        .orElseThrow()
                        .pay()
                        .net())
                .isEqualByComparingTo("200");
    }

    @Test
    void stationStaffAreRated30BySuperiorAnd70ByTheTownship() {
        // seed 003 四: 站所干部的考核，上级主管单位意见占30%，乡镇领导小组意见占70%
        var b = new InputBuilder().villager("s1", null, false, "STATION");
        b.rating("s1", "SUPERIOR_AUTHORITY", "performance", 80).rating("s1", "TOWNSHIP_GROUP", "performance", 90);
        assertThat(engine.score(SCHEME, b.build()).subject("s1").orElseThrow().total())
                .isEqualByComparingTo("87");
    }

    @Test
    void fiveDGradesInAYearMakeTheAnnualGradeBasicOrIncompetent() {
        // seed 003 六2: 一年累计被评定为D等5次及以上 → 年终考核基本称职或不称职; D等3次及以上取消评优资格
        var b = ten().period("2021-12");
        for (String m : List.of("01", "02", "03", "04")) {
            b.prior("c10", "2021-" + m, "D");
        }
        var r = engine.score(SCHEME, b.build()).subject("c10").orElseThrow();
        assertThat(r.gradeCode()).isEqualTo("D");
        assertThat(r.consequences()).anySatisfy(c -> assertThat(c).contains("基本称职"));
        assertThat(r.excellenceEligible()).isFalse();
    }

    @Test
    void sixCGradesRemoveExcellence() {
        // seed 003 六2: 累计被评定为C等6次及以上取消评优资格
        var b = ten();
        for (int m = 1; m <= 5; m++) {
            b.prior("c09", "2021-0" + m, "C");
        }
        var r = engine.score(SCHEME, b.build()).subject("c09").orElseThrow();
        assertThat(r.gradeCode()).isEqualTo("C");
        assertThat(r.excellenceEligible()).isFalse();
    }

    @Test
    void villageFailingPartyBuildingTwiceInAQuarterCostsItsResidentsTheQuartersPay() {
        // seed 003 六3: 每季度中有2个月党建工作考核不合格的村，取消驻该村干部该季度业绩考核奖金
        var out = engine.score(
                SCHEME,
                ten().prior("v1", "2021-01", "不合格")
                        .prior("v1", "2021-03", "不合格")
                        .prior("v2", "2021-02", "不合格")
                        .build());
        var c01 = out.subject("c01").orElseThrow();
        assertThat(c01.pay().gross()).isEqualByComparingTo("260");
        assertThat(c01.pay().net()).isEqualByComparingTo("0");
        assertThat(out.subject("c02").orElseThrow().pay().net()).isEqualByComparingTo("130");
    }

    @Test
    void villagePartyBuildingGradesUseThresholds90_80_70() {
        // seed 003 六3: 90分及以上为优秀；80-89合格；70-79基本合格；70分以下不合格
        var scheme = new SchemeVersion(
                "village-party",
                "村党建月度考核",
                1,
                "seed 003 六3",
                SubjectKind.UNIT,
                null,
                null,
                List.of(new Category(
                        "party",
                        "党建工作",
                        "seed 003 六3",
                        CategorySource.RATING,
                        java.math.BigDecimal.valueOf(100),
                        null,
                        null,
                        null,
                        null,
                        List.of(new RatingSet(
                                null,
                                List.of(new RatingComponent("TOWNSHIP", null, "乡镇党委", java.math.BigDecimal.ONE)))),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)),
                null,
                null,
                null,
                null,
                new Grading(
                        "党建等次",
                        "seed 003 六3",
                        List.of(
                                new GradeSpec(
                                        "优秀",
                                        "优秀",
                                        java.math.BigDecimal.valueOf(90),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                new GradeSpec(
                                        "合格",
                                        "合格",
                                        java.math.BigDecimal.valueOf(80),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                new GradeSpec(
                                        "基本合格",
                                        "基本合格",
                                        java.math.BigDecimal.valueOf(70),
                                        null,
                                        null,
                                        null,
                                        null,
                                        null,
                                        null),
                                new GradeSpec("不合格", "不合格", null, null, null, null, null, null, null)),
                        null,
                        null,
                        null,
                        null,
                        null),
                null,
                null,
                null);
        var b = new InputBuilder();
        int[] scores = {90, 89, 80, 79, 70, 69};
        for (int s : scores) {
            b.unit("v" + s, null).rating("v" + s, "TOWNSHIP", "party", s);
        }
        var out = engine.score(scheme, b.build());
        assertThat(List.of(90, 89, 80, 79, 70, 69).stream()
                        .map(s -> out.subject("v" + s).orElseThrow().gradeCode())
                        .toList())
                .containsExactly("优秀", "合格", "合格", "基本合格", "基本合格", "不合格");
    }
}
