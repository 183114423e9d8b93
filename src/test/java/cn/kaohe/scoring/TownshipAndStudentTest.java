package cn.kaohe.scoring;

import static cn.kaohe.scoring.InputBuilder.d;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Seed 001 篇一、篇二、篇三. */
class TownshipAndStudentTest {

    final ScoringEngine engine = new ScoringEngine();

    static InputBuilder township(InputBuilder b, String id, int indicators, int targets, int pub) {
        b.unit(id, null);
        b.rating(id, "JOINT_ASSESSMENT", "indicators", indicators)
                .rating(id, "JOINT_ASSESSMENT", "targets", targets)
                .rating(id, "PUBLIC_SURVEY", "public", pub);
        return b;
    }

    @Test
    void thousandPointFormulaWeighs40_45_15() {
        // seed 001 篇二 (五)2: 指标×40% + 目标×45% + 公众评议×15% (each rated 0–100 → 千分制)
        var out = engine.score(
                SchemeFixtures.townshipThousandPoint(),
                township(new InputBuilder(), "t1", 90, 80, 70).build());
        // 900×0.4 + 800×0.45 + 700×0.15 = 360 + 360 + 105
        assertThat(out.subject("t1").orElseThrow().total()).isEqualByComparingTo("825");
    }

    @Test
    void inspectionDeductionsRespectTheSubCapsAndThe200Cap() {
        // seed 001 篇二 (五)1: 察访核验最多扣200分，其中效能明察暗访可扣50分，县委督查室最多扣20分…
        var b = township(new InputBuilder(), "t1", 90, 80, 70);
        b.committee("f1", "INSPECTION_EFFICIENCY", "40", "暗访", null, "t1")
                .committee("f2", "INSPECTION_EFFICIENCY", "30", "暗访", null, "t1") // only 10 left of 50
                .committee("f3", "INSPECTION_PARTY_OFFICE", "20", "督查", null, "t1")
                .committee("f4", "INSPECTION_PARTY_OFFICE", "5", "督查", null, "t1"); // 0 left
        var r = engine.score(SchemeFixtures.townshipThousandPoint(), b.build())
                .subject("t1")
                .orElseThrow();
        assertThat(r.categoryScores().get("inspection")).isEqualByComparingTo("-70");
        assertThat(r.total()).isEqualByComparingTo("755");
        assertThat(r.explanation()).anySatisfy(l -> assertThat(l.description()).contains("该分项最多 50 分，仅计 10 分"));
    }

    @Test
    void awardsOneFirstTwoSecondAndThreeThirdPrizes() {
        // seed 001 篇二 奖惩1: 一等奖1名，二等奖2名，三等奖3名
        var b = new InputBuilder();
        for (int i = 0; i < 8; i++) {
            township(b, "t" + i, 90 - i, 90 - i, 90 - i);
        }
        var out = engine.score(SchemeFixtures.townshipThousandPoint(), b.build());
        assertThat(out.groups().get(0).quotaCheck().grades())
                .extracting(ScoringOutcome.GradeCount::count)
                .containsExactly(1, 2, 3, 2);
        assertThat(out.subject("t0").orElseThrow().gradeLabel()).isEqualTo("一等奖");
        assertThat(out.subject("t7").orElseThrow().gradeLabel()).isEqualTo("未获奖");
    }

    @Test
    void tiesAreBrokenByTheTieBreakCategoryThenByIdAndFlagged() {
        // documented tie-break: total, then 目标管理指标, then 绩效评估指标, then subject id
        var b = township(township(township(new InputBuilder(), "tC", 80, 90, 80), "tB", 85, 85, 85), "tA", 85, 85, 85);
        // tC: 320 + 405 + 120 = 845; tA, tB: 340 + 382.5 + 127.5 = 850
        var ranking = engine.score(SchemeFixtures.townshipThousandPoint(), b.build())
                .groups()
                .get(0)
                .ranking();
        assertThat(ranking).extracting(ScoringOutcome.RankEntry::subjectId).containsExactly("tA", "tB", "tC");
        assertThat(ranking).extracting(ScoringOutcome.RankEntry::tied).containsExactly(true, true, false);
    }

    @Test
    void waterBureauIndicatorsSplit60_40WithNinetyFiveFive() {
        // seed 001 篇一 三(一): 业务工作实绩60%、行政能力建设40%；每项指标完成90%、进步5%、创新5%
        var b = new InputBuilder().unit("k1", null);
        for (String part : new String[] {"business-completion", "business-progress", "business-innovation"}) {
            b.rating("k1", "CITY_EFFICIENCY_OFFICE", part, 100);
        }
        for (String part : new String[] {"admin-democratic", "admin-lawful", "admin-efficient", "admin-clean"}) {
            b.rating("k1", "CITY_EFFICIENCY_OFFICE", part, 50);
        }
        b.rating("k1", "MID_YEAR_SURVEY", "public", 80).rating("k1", "YEAR_END_SURVEY", "public", 90);
        var r = engine.score(SchemeFixtures.waterBureau(), b.build())
                .subject("k1")
                .orElseThrow();
        assertThat(r.categoryScores().get("indicators")).isEqualByComparingTo("80"); // 60 + 40×0.5
        assertThat(r.categoryScores().get("public")).isEqualByComparingTo("85");
        assertThat(r.total()).isEqualByComparingTo("81.5"); // 80×0.7 + 85×0.3
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        // seed 001 篇三 五 备注: S优秀 A良好 B及格 C较差 D差 (cut-offs 90/80/70/60 are the preset's parameter)
        "36, 18, 18, 18, S",
        "32, 16, 16, 16, A",
        "28, 14, 14, 14, B",
        "24, 12, 12, 12, C",
        "20, 10, 10, 10, D"
    })
    void studentCadresAreGradedSToD(int work, int study, int ideology, int life, String grade) {
        var b = new InputBuilder().cadre("s1", null);
        b.rating("s1", "DIRECT_SUPERIOR", "work", work)
                .rating("s1", "DIRECT_SUPERIOR", "study", study)
                .rating("s1", "DIRECT_SUPERIOR", "ideology", ideology)
                .rating("s1", "DIRECT_SUPERIOR", "life", life);
        var r = engine.score(SchemeFixtures.studentCadre(), b.build())
                .subject("s1")
                .orElseThrow();
        assertThat(r.gradeCode()).isEqualTo(grade);
        assertThat(r.total()).isEqualByComparingTo(d(work + study + ideology + life));
    }
}
