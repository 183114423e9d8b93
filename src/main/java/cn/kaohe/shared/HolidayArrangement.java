package cn.kaohe.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The official public-holiday arrangement of one year (国务院办公厅关于部分节假日安排的通知): the holiday
 * periods and the weekend days that are working days (调休上班, "make-up working days"). Every date in it
 * lies in {@link #year()}: a date belongs to the arrangement of its own calendar year.
 *
 * <p>Instances are checked only for internal consistency here; documents from users go through {@code
 * cn.kaohe.calendar.HolidayArrangementParser}, which names the place of every problem.
 *
 * @param year the calendar year
 * @param source the notice it comes from (e.g. 国办发明电〔2024〕12号), may be null
 * @param holidays holiday periods, sorted by start
 * @param makeUpWorkingDays Saturdays and Sundays that are working days, sorted
 */
public record HolidayArrangement(int year, String source, List<Holiday> holidays, List<LocalDate> makeUpWorkingDays) {

    public HolidayArrangement {
        Objects.requireNonNull(holidays, "holidays");
        Objects.requireNonNull(makeUpWorkingDays, "makeUpWorkingDays");
        holidays = holidays.stream().sorted(Comparator.comparing(Holiday::from)).toList();
        makeUpWorkingDays = makeUpWorkingDays.stream().sorted().distinct().toList();
        for (Holiday h : holidays) {
            if (h.from().getYear() != year || h.to().getYear() != year) {
                throw new IllegalArgumentException("holiday " + h + " is outside " + year);
            }
        }
        for (int i = 1; i < holidays.size(); i++) {
            if (holidays.get(i).overlaps(holidays.get(i - 1))) {
                throw new IllegalArgumentException("holidays overlap: " + holidays.get(i - 1) + ", " + holidays.get(i));
            }
        }
        for (LocalDate d : makeUpWorkingDays) {
            if (d.getYear() != year) {
                throw new IllegalArgumentException("make-up working day " + d + " is outside " + year);
            }
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new IllegalArgumentException("make-up working day " + d + " is not a Saturday or Sunday");
            }
            if (holidays.stream().anyMatch(h -> h.contains(d))) {
                throw new IllegalArgumentException("make-up working day " + d + " is inside a holiday");
            }
        }
    }
}
