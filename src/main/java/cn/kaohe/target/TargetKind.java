package cn.kaohe.target;

/** Seed 004 第十六条: a target with a figure (有数据指标) or without (无数据指标). */
public enum TargetKind {
    /** 有数据指标: a target value and its unit of measure; 未完成的按未完成比例相应扣分. */
    NUMERIC,
    /** 无数据指标: 效果好100%、一般90%、差80%、未完成0. */
    QUALITATIVE
}
