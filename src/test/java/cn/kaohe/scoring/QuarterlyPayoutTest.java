package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scoring.model.SchemeVersion;
import org.junit.jupiter.api.Test;

/**
 * Seed 003 五 "业绩考核奖金按季度发放": a quarter's payout pays that quarter's months only. Figures by hand from the seed:
 * A等260元/人/月、B等130元/人/月; April–June (B, B, B = 390 元) are on file but belong to the second quarter.
 */
class QuarterlyPayoutTest {

    static final SchemeVersion SCHEME = SchemeFixtures.baichengMonthly();
    final ScoringEngine engine = new ScoringEngine();

    /** c01 rated best in September (A); on file: April–June B, July A, August B. */
    static InputBuilder september() {
        InputBuilder b = BaichengMonthlyTest.ten().period("2026-09");
        for (String m : new String[] {"04", "05", "06"}) {
            b.prior("c01", "2026-" + m, "B");
        }
        return b.prior("c01", "2026-07", "A").prior("c01", "2026-08", "B");
    }

    @Test
    void theThirdQuarterPaysJulyAugustAndSeptemberOnly() {
        // seed 003 五: Jul A 260 + Aug B 130 + Sep A 260 = 650 元 (not 390 + 650 = 1,040 with the second quarter)
        var out = engine.score(
                SCHEME,
                september().payout("2026-Q3", true, "2026-07", "2026-08").build());
        var pay = out.subject("c01").orElseThrow().pay();
        assertThat(pay.gross()).isEqualByComparingTo("650");
        assertThat(pay.lines()).noneMatch(l -> l.startsWith("2026-0" + "4"));
    }

    @Test
    void withoutAPayoutPeriodEveryPriorResultGivenIsSummed() {
        // the engine's reading before issue 13, kept for inputs without a payout: 390 + 650 = 1,040
        var out = engine.score(SCHEME, september().build());
        assertThat(out.subject("c01").orElseThrow().pay().gross()).isEqualByComparingTo("1040");
    }

    @Test
    void aMonthBeforeTheQuarterEndsRecordsTheGradeButPaysNothingYet() {
        // seed 003 五: 按季度发放 — July's A is paid with the September payout
        var out = engine.score(
                SCHEME,
                BaichengMonthlyTest.ten()
                        .period("2026-07")
                        .payout("2026-Q3", false)
                        .build());
        var c01 = out.subject("c01").orElseThrow();
        assertThat(c01.gradeCode()).isEqualTo("A");
        assertThat(c01.pay().net()).isEqualByComparingTo("0");
        assertThat(c01.pay().lines()).anyMatch(l -> l.contains("2026-Q3合并发放"));
    }

    @Test
    void aMonthlyPayoutPaysTheMonthAlone() {
        // seed 003 五: September alone, A等 260 元
        var out = engine.score(SCHEME, september().payout("2026-09", true).build());
        assertThat(out.subject("c01").orElseThrow().pay().gross()).isEqualByComparingTo("260");
    }
}
