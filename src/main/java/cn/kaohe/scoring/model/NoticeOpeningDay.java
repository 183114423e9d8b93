package cn.kaohe.scoring.model;

/** 参数: the first day of a public notice (公示 N 个工作日). */
public enum NoticeOpeningDay {
    /**
     * Default: a notice opened on a working day before the application's cut-off ({@code
     * kaohe.calendar.notice-cut-off}, 12:00) counts that day — an office that posts in the morning has the day.
     */
    BEFORE_CUT_OFF,
    /** 民法典 第二百零一条 "开始的当日不计入，自下一日开始计算": the opening day never counts. */
    NEVER
}
