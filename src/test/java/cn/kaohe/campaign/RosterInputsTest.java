package cn.kaohe.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.org.PostRank;
import cn.kaohe.org.PostTerm;
import cn.kaohe.scheme.SchemePresets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a live campaign derives from the roster history and the scheme (docs/adr/0017). */
class RosterInputsTest {

    static PostTerm term(long unit, YearMonth from, YearMonth to) {
        return new PostTerm(null, 7, unit, PostRank.STAFF, null, from, to);
    }

    @Test
    void monthsInPostCountEveryPostHeldDuringTheYear() {
        // seed 004 第二十四条: 区外调进人员…按其工作月份计发 — hired in May: 8 of 12
        assertThat(EngineScorer.monthsInPost(List.of(term(1, YearMonth.of(2026, 5), null)), 2026))
                .isEqualTo(8);
        // 区内调动: January–April in one unit, May on in another — still 12 months in post
        assertThat(EngineScorer.monthsInPost(
                        List.of(term(1, null, YearMonth.of(2026, 4)), term(2, YearMonth.of(2026, 5), null)), 2026))
                .isEqualTo(12);
        // no history: the engine's default (12)
        assertThat(EngineScorer.monthsInPost(List.of(), 2026)).isNull();
    }

    @Test
    void onlySchemesThatNameGroupsRankUnitsApart() {
        // seed 004 第二十一条: 区直部门、镇乡和街道分开评比
        assertThat(EngineScorer.groupsOf(SchemePresets.load("zhongshan-units")))
                .containsExactlyInAnyOrder("DEPARTMENT", "TOWNSHIP", "SUBDISTRICT");
        // seed 002 四(二)5: all 科室 are ranked together
        assertThat(EngineScorer.groupsOf(SchemePresets.load("town-office-internal")))
                .isEmpty();
    }
}
