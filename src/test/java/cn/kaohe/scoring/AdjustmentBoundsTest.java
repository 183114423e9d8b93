package cn.kaohe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The range a committee or appeal adjustment may set: category caps and floors, the scheme's total bounds. */
class AdjustmentBoundsTest {

    @Test
    void aCategoryStaysWithinItsPoints() {
        // seed 000 三: 联村工作300分 — 500 is above the cap, 280 is fine, a negative value is below the floor
        var liaison =
                AdjustmentBounds.of(SchemeFixtures.daligang2021(), "liaison").orElseThrow();
        assertThat(liaison.contains(new BigDecimal("500"))).isFalse();
        assertThat(liaison.contains(new BigDecimal("280"))).isTrue();
        assertThat(liaison.contains(new BigDecimal("-1"))).isFalse();
        assertThat(liaison.text()).isEqualTo("0–300");
    }

    @Test
    void theTotalIsNeverNegative() {
        // seed 000 三(五) 其他加扣分 has no cap, so the total has no upper bound, but −50 is never a total
        var total = AdjustmentBounds.of(SchemeFixtures.daligang2021(), ScoringEngine.TOTAL)
                .orElseThrow();
        assertThat(total.contains(new BigDecimal("-50"))).isFalse();
        assertThat(total.contains(new BigDecimal("999"))).isTrue();
    }

    @Test
    void anOpenRangeIsSaidInWords() {
        // seed 000 三(五) 其他加扣分 has no cap: the total is 不低于 0，不设上限 — never 不限–不限 (issue 16)
        var total = AdjustmentBounds.of(SchemeFixtures.daligang2021(), ScoringEngine.TOTAL)
                .orElseThrow();
        assertThat(total.text()).isEqualTo("不低于 0，不设上限");
        assertThat(new AdjustmentBounds.Range(null, new BigDecimal("40")).text())
                .isEqualTo("不高于 40，不设下限");
        assertThat(new AdjustmentBounds.Range(null, null).text()).isEqualTo("不设上下限");
    }

    @Test
    void theTotalStaysWithinTheSchemesBounds() {
        // seed 001 篇四 二(六)5: 最高不超过130分，最低不低于70分
        var total = AdjustmentBounds.of(SchemeFixtures.townCadreDiscipline(), ScoringEngine.TOTAL)
                .orElseThrow();
        assertThat(total.contains(new BigDecimal("131"))).isFalse();
        assertThat(total.contains(new BigDecimal("69.5"))).isFalse();
        assertThat(total.contains(new BigDecimal("130"))).isTrue();
        assertThat(total.contains(new BigDecimal("70"))).isTrue();
    }

    @Test
    void anUnknownCategoryHasNoRange() {
        assertThat(AdjustmentBounds.of(SchemeFixtures.daligang2021(), "salary")).isEmpty();
    }
}
