package cn.kaohe.scoring.model;

public enum DerivedMethod {
    /** Average of the totals of the staff of the units the subject supervises. */
    AVERAGE_OF_SUPERVISED_UNIT_STAFF,
    /** Average of the totals of all non-derived subjects. */
    AVERAGE_OF_ALL
}
