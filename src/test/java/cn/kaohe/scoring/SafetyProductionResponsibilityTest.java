package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.ScoringOutcome.SubjectResult;
import org.junit.jupiter.api.Test;

/**
 * Seed 001 篇五 (创建"安全生产示范乡镇"): 按年初安全生产责任书对镇所辖单位和村进行年终考评 (三2). The seed gives the tasks
 * of the 责任书 (二1–8) and the 创建单位 (一3), not points: the points tested here are the preset's 参数, the expected
 * figures are worked by hand from them.
 */
class SafetyProductionResponsibilityTest {

    final ScoringEngine engine = new ScoringEngine();

    /** A unit or village rated {@code score} on every task of 二1–8. */
    static InputBuilder rated(InputBuilder b, String unit, int score) {
        b.unit(unit, null);
        ExampleInputs.SAFETY_DUTIES.forEach(part -> b.rating(unit, "SAFETY_OFFICE", part, score));
        return b;
    }

    static SubjectResult result(ScoringOutcome out, String id) {
        return out.subject(id).orElseThrow();
    }

    @Test
    void theEightTasksOfTheResponsibilityAgreementWeighTheSame() {
        // seed 001 篇五 三2 按年初安全生产责任书年终考评 over the tasks of 二1–8; 参数: 1/8 each.
        var b = new InputBuilder();
        b.unit("山门口村", null);
        for (String part : ExampleInputs.SAFETY_DUTIES) {
            // 二8 发现不安全隐患和安全事故及时报告: 60; every other task 100
            b.rating("山门口村", "SAFETY_OFFICE", part, part.equals("duty-reporting") ? 60 : 100);
        }
        var r = result(engine.score(SchemeFixtures.safetyProduction(), b.build()), "山门口村");
        // 7 × 100 × 12.5 % + 60 × 12.5 % = 87.5 + 7.5
        assertThat(r.categoryScores().get("duties")).isEqualByComparingTo("95");
        assertThat(r.total()).isEqualByComparingTo("95");
        assertThat(r.explanation())
                .anySatisfy(l -> assertThat(l.description()).contains("不安全隐患和安全事故及时报告（二8）平均 60 × 12.5%"));
    }

    @Test
    void aDemonstrationUnitThatPassesItsCheckGainsFivePoints() {
        // seed 001 篇五 一3: 山门口村为安全生产文明示范村创建单位; 三1 对…示范村…进行检查. 参数: +5.
        var b = rated(new InputBuilder(), "山门口村", 90);
        b.fact("f1", "SAFETY_DEMONSTRATION_PASSED", null, 1, "山门口村");
        var r = result(engine.score(SchemeFixtures.safetyProduction(), b.build()), "山门口村");
        assertThat(r.categoryScores().get("adjust")).isEqualByComparingTo("5");
        assertThat(r.total()).isEqualByComparingTo("95"); // 90 + 5
    }

    @Test
    void unrectifiedHazardsCostTwoPointsEach() {
        // seed 001 篇五 二7 排查隐患，落实责任，坚决整改. 参数: 2 per hazard not rectified.
        var b = rated(new InputBuilder(), "禄市小学", 80);
        b.fact("f1", "SAFETY_HAZARD_UNRECTIFIED", null, 3, "禄市小学");
        var r = result(engine.score(SchemeFixtures.safetyProduction(), b.build()), "禄市小学");
        assertThat(r.total()).isEqualByComparingTo("74"); // 80 − 3 × 2
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l.description()).isEqualTo("扣分：排查出的安全隐患逾期未整改，3 × 2 分"));
    }

    @Test
    void anAccidentReportedLateCostsTheCommitteesFigureAndTheAdvancedTitle() {
        // seed 001 篇五 二8 安全事故及时报告; 三3 表彰先进. 参数: the 领导小组 sets 5–20; no 先进 after a late report.
        var b = rated(new InputBuilder(), "拦马石村", 100);
        rated(b, "禄市街道社区", 92);
        rated(b, "安办", 85);
        rated(b, "派出所", 85);
        rated(b, "禄市村", 85);
        b.committee("f1", "SAFETY_ACCIDENT_UNREPORTED", "6", "煤矿事故迟报", null, "拦马石村");
        var out = engine.score(SchemeFixtures.safetyProduction(), b.build());
        var late = result(out, "拦马石村");
        assertThat(late.total()).isEqualByComparingTo("94"); // 100 − 6, still first
        assertThat(late.rank()).isEqualTo(1);
        assertThat(late.excellenceEligible()).isFalse();
        assertThat(late.gradeLabel()).isEqualTo("合格");
        // 先进 at most 20 % of 5 = 1: the next unit at 90 or more takes it
        assertThat(result(out, "禄市街道社区").gradeLabel()).isEqualTo("先进");
    }

    @Test
    void advancedIsAtMostOneFifthAndNeedsNinetyPoints() {
        // seed 001 篇五 三3 表彰先进. 参数: 先进 ≤ 20 %, ≥ 90 points; 合格 ≥ 60; 不合格 below.
        var b = new InputBuilder();
        int[] scores = {98, 95, 93, 91, 90, 89, 75, 61, 60, 59};
        for (int i = 0; i < scores.length; i++) {
            rated(b, "u" + i, scores[i]);
        }
        var out = engine.score(SchemeFixtures.safetyProduction(), b.build());
        // 20 % of 10 = 2 先进 (98, 95); 93 … 60 合格; 59 不合格
        assertThat(out.subjects().stream().map(SubjectResult::gradeLabel).toList())
                .containsExactly("先进", "先进", "合格", "合格", "合格", "合格", "合格", "合格", "合格", "不合格");
    }

    @Test
    void theWorkedExampleRanksTheDemonstrationVillageFirst() {
        // ExampleInputs.safetyProduction: tasks rated base, base−1, base−2, base, base−1, base−2, base, base−1
        // → duties = base − 7/8. 山门口村 96 − 0.875 + 5 = 100.125; 禄市街道社区 92 − 0.875 + 5 = 96.125;
        // 安办 88 − 0.875 = 87.125; 派出所 80 − 0.875 − 2 × 2 = 75.125; 禄市村 66 − 0.875 − 10 = 55.125.
        var out = engine.score(SchemeFixtures.safetyProduction(), ExampleInputs.safetyProduction());
        assertThat(out.subjects().stream()
                        .map(SubjectResult::total)
                        .map(Object::toString)
                        .toList())
                .containsExactly("100.13", "96.13", "87.13", "75.13", "55.13");
        assertThat(out.subjects().stream().map(SubjectResult::gradeLabel).toList())
                .containsExactly("先进", "合格", "合格", "合格", "不合格"); // 20 % of 5 = 1 先进
    }
}
