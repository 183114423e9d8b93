package cn.kaohe.scoring.model;

public enum RepeatMode {
    /** 2nd and later facts of the same rule, subject and work item are multiplied. */
    SAME_WORK_ITEM,
    /** Facts flagged {@code consecutive} by the office are multiplied (连续通报加倍扣分). */
    FLAGGED_CONSECUTIVE
}
