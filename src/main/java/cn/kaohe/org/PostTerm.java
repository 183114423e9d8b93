package cn.kaohe.org;

import java.time.YearMonth;

/**
 * One post a cadre held (任职经历): the unit, the post rank and the leadership role, from a month to a month.
 *
 * @param fromMonth first month, inclusive; null = since before the history was kept
 * @param toMonth last month, inclusive; null while current
 */
public record PostTerm(
        Long id,
        long cadreId,
        long unitId,
        PostRank postRank,
        LeadershipRole leadershipRole,
        YearMonth fromMonth,
        YearMonth toMonth) {

    /** Whether the cadre held this post during the month. */
    public boolean covers(YearMonth month) {
        return (fromMonth == null || !month.isBefore(fromMonth)) && (toMonth == null || !month.isAfter(toMonth));
    }

    /** Months of the year this post covers (0–12). */
    public int monthsIn(int year) {
        int n = 0;
        for (int m = 1; m <= 12; m++) {
            if (covers(YearMonth.of(year, m))) {
                n++;
            }
        }
        return n;
    }

    /** Whether two terms share a month. */
    public boolean overlaps(PostTerm other) {
        boolean startsBeforeOtherEnds = fromMonth == null || other.toMonth == null || !fromMonth.isAfter(other.toMonth);
        boolean otherStartsBeforeThisEnds =
                other.fromMonth == null || toMonth == null || !other.fromMonth.isAfter(toMonth);
        return startsBeforeOtherEnds && otherStartsBeforeThisEnds;
    }

    boolean samePost(long unit, PostRank rank, LeadershipRole role) {
        return unitId == unit && postRank == rank && leadershipRole == role;
    }
}
