package cn.kaohe.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.org.PostRank;
import cn.kaohe.org.PostTerm;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Seed 000 三(一): who counts as 中途涉及到的人员异动 in an annual campaign of 2026, from the roster history. */
class MidYearTransfersTest {

    static final YearMonth JAN = YearMonth.of(2026, 1);
    static final YearMonth DEC = YearMonth.of(2026, 12);

    static PostTerm term(long unit, PostRank rank, String from, String to) {
        return new PostTerm(
                null,
                1L,
                unit,
                rank,
                null,
                from == null ? null : YearMonth.parse(from),
                to == null ? null : YearMonth.parse(to));
    }

    @Test
    void aTransferToAnotherUnitDuringTheYearIsAMove() {
        var terms = List.of(term(10, PostRank.STAFF, null, "2026-05"), term(20, PostRank.STAFF, "2026-06", null));
        assertThat(MidYearTransfers.movedDuring(terms, JAN, DEC)).isTrue();
    }

    @Test
    void aPromotionInTheSameUnitIsNoMove() {
        var terms = List.of(term(10, PostRank.STAFF, null, "2026-05"), term(10, PostRank.DEPUTY, "2026-06", null));
        assertThat(MidYearTransfers.movedDuring(terms, JAN, DEC)).isFalse();
    }

    @Test
    void aCadreInTheSameUnitSinceBeforeTheHistoryOrSinceLastYearDidNotMove() {
        assertThat(MidYearTransfers.movedDuring(List.of(term(10, PostRank.STAFF, null, null)), JAN, DEC))
                .isFalse();
        var lastYear = List.of(term(10, PostRank.STAFF, null, "2025-08"), term(20, PostRank.STAFF, "2025-09", null));
        assertThat(MidYearTransfers.movedDuring(lastYear, JAN, DEC)).isFalse();
    }

    @Test
    void anArrivalDuringTheYearWithNoPostTheMonthBeforeIsAMove() {
        assertThat(MidYearTransfers.movedDuring(List.of(term(20, PostRank.STAFF, "2026-03", null)), JAN, DEC))
                .isTrue();
    }
}
