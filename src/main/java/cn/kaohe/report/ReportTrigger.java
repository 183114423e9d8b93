package cn.kaohe.report;

/** Why a report was generated: a step of the campaign or a user's request. */
public enum ReportTrigger {
    /** Ranked for the committee review: ranking and grade distribution. */
    RANKED,
    /** The public notice opened (also again after an appeal changed results). */
    NOTICE_OPENED,
    /** Finalised: the whole pack. */
    FINALISED,
    /** An appeal decision changed results: ranking, distribution and (during or after the notice) the notice again. */
    RESULTS_CHANGED,
    /** Generated from current data at a user's request. */
    ON_DEMAND
}
