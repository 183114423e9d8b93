package cn.kaohe.calendar;

import cn.kaohe.shared.DayKind;
import java.time.LocalDate;

/**
 * One day of a year.
 *
 * @param date the date
 * @param weekday 周一 … 周日
 * @param kind working day, weekend, holiday or make-up working day (调休上班)
 * @param working whether it is a working day
 * @param holiday the holiday's name if the day lies in one, else null
 */
public record CalendarDay(LocalDate date, String weekday, DayKind kind, boolean working, String holiday) {}
