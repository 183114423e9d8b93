package cn.kaohe.scoring.model;

public enum OverrideKind {
    /** Total below {@code value} → grade. */
    TOTAL_BELOW,
    /** Last in the group now and in the previous {@code value}−1 periods (连续两年排名最后). */
    LAST_IN_CONSECUTIVE_PERIODS
}
