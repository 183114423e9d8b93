/**
 * The official holiday calendar as the application uses it: built-in years plus years the office loads,
 * the current {@link cn.kaohe.shared.WorkingDayCalendar}, notice windows and appeal deadlines.
 */
package cn.kaohe.calendar;
