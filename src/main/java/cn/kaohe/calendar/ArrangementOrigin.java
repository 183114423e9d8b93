package cn.kaohe.calendar;

/** Where the arrangement of a year comes from. */
public enum ArrangementOrigin {
    /** Shipped with the application (classpath calendar/cn-holidays.yaml). */
    BUILT_IN,
    /** Loaded by the office through the API; supersedes a built-in arrangement of the same year. */
    LOADED
}
