package cn.kaohe.calendar;

import java.time.OffsetDateTime;

/**
 * A year the calendar knows.
 *
 * @param year the calendar year
 * @param source built-in or loaded by the office
 * @param notice the official notice the arrangement comes from, if given
 * @param loadedBy who loaded it (null for built-in)
 * @param loadedByName that person's name (null for built-in)
 * @param loadedAt when it was loaded (null for built-in)
 * @param supersedesBuiltIn true if a loaded arrangement replaces the built-in one of that year
 * @param workingDays number of working days in the year
 * @param restDays number of rest days (weekends and holidays) in the year
 */
public record CalendarYear(
        int year,
        ArrangementOrigin source,
        String notice,
        String loadedBy,
        String loadedByName,
        OffsetDateTime loadedAt,
        boolean supersedesBuiltIn,
        int workingDays,
        int restDays) {}
