package cn.kaohe.scoring.model;

/** Where a category's value comes from. */
public enum CategorySource {
    /** Starts at {@code points}; ledger facts add and remove (seed 000 作风建设 300). */
    BASE,
    /** Starts at 0; ledger facts add and remove (加减分, 察访核验). */
    ZERO,
    /** Weighted average of rater groups' scores, scaled from {@code ratingScale} to {@code points}. */
    RATING,
    /** A grade code given by a rater mapped to points (seed 000 联村: village grade → points). */
    MAPPED_GRADE,
    /** Weighted average of period scores (seed 002: 前三季度平均×40% + 第四季度×60%). */
    PERIODS,
    /** Target completion (seed 004 第十六、十七条). */
    COMPLETION
}
