package cn.kaohe.calendar;

import cn.kaohe.shared.Holiday;
import java.time.LocalDate;
import java.util.List;

/** The arrangement of one year and every day of it. */
public record CalendarYearDetail(
        CalendarYear summary, List<Holiday> holidays, List<LocalDate> makeUpWorkingDays, List<CalendarDay> days) {}
