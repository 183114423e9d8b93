package cn.kaohe.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Months of a post and overlaps (docs/adr/0017). */
class PostTermTest {

    static PostTerm term(YearMonth from, YearMonth to) {
        return new PostTerm(null, 1, 1, PostRank.STAFF, null, from, to);
    }

    @Test
    void aPostFromMayCountsEightMonthsOfTheYear() {
        // seed 004 第二十四条: 区外调进人员…按其在钟山区工作月份计发奖金 — in post from May: 8 of 12 months
        assertThat(term(YearMonth.of(2026, 5), null).monthsIn(2026)).isEqualTo(8);
        assertThat(term(null, YearMonth.of(2026, 4)).monthsIn(2026)).isEqualTo(4);
        assertThat(term(null, null).monthsIn(2026)).isEqualTo(12);
        assertThat(term(YearMonth.of(2027, 1), null).monthsIn(2026)).isZero();
    }

    @Test
    void termsSharingAMonthOverlap() {
        var before = term(YearMonth.of(2025, 1), YearMonth.of(2026, 4));
        var after = term(YearMonth.of(2026, 5), null);
        assertThat(before.overlaps(after)).isFalse();
        assertThat(PostHistory.overlaps(List.of(before, after))).isEmpty();
        var sharing = term(YearMonth.of(2026, 4), null);
        assertThat(before.overlaps(sharing)).isTrue();
        assertThat(PostHistory.overlaps(List.of(before, sharing)))
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("terms[1].fromMonth"));
        assertThat(term(null, null).overlaps(term(null, YearMonth.of(2020, 1)))).isTrue();
    }
}
