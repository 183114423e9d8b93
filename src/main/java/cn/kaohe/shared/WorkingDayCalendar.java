package cn.kaohe.shared;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The Chinese working-day calendar: Saturdays and Sundays are rest days unless they are make-up working
 * days (调休上班); days inside an official holiday period are rest days; every other day is a working
 * day. It knows only the years it was given an {@link HolidayArrangement} for: any question about a date
 * in another year throws {@link CalendarError#YEAR_NOT_LOADED} instead of guessing.
 *
 * <p>Immutable and thread-safe; pure Java. Times of day are in {@link #ZONE} ({@link KaoheZone}).
 */
public final class WorkingDayCalendar {

    /** {@link KaoheZone#ZONE}, kept for the callers that read it here. */
    public static final ZoneId ZONE = KaoheZone.ZONE;

    /** Default cut-off: a notice opened on a working day counts that day only if opened before 12:00. */
    public static final LocalTime DEFAULT_NOTICE_CUT_OFF = LocalTime.NOON;

    /** Longest notice window accepted, in working days (a quarter of a year; seeds ask for 3). */
    public static final int MAX_NOTICE_WORKING_DAYS = 60;

    private final Map<Integer, HolidayArrangement> arrangements;
    private final Map<Integer, DayKind[]> kinds;
    private final Map<Integer, Holiday[]> holidayOfDay;

    public WorkingDayCalendar(Collection<HolidayArrangement> arrangements) {
        Map<Integer, HolidayArrangement> byYear = new TreeMap<>();
        Map<Integer, DayKind[]> kindsByYear = new TreeMap<>();
        Map<Integer, Holiday[]> holidaysByYear = new TreeMap<>();
        for (HolidayArrangement a : arrangements) {
            if (byYear.put(a.year(), a) != null) {
                throw new IllegalArgumentException("two arrangements for " + a.year());
            }
            int length = LocalDate.of(a.year(), 12, 31).getDayOfYear();
            DayKind[] kind = new DayKind[length + 1];
            Holiday[] holiday = new Holiday[length + 1];
            for (int i = 1; i <= length; i++) {
                kind[i] = isWeekend(LocalDate.ofYearDay(a.year(), i)) ? DayKind.WEEKEND : DayKind.WORKING_DAY;
            }
            for (Holiday h : a.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    kind[d.getDayOfYear()] = DayKind.HOLIDAY;
                    holiday[d.getDayOfYear()] = h;
                }
            }
            for (LocalDate d : a.makeUpWorkingDays()) {
                if (kind[d.getDayOfYear()] == DayKind.HOLIDAY) {
                    throw new IllegalArgumentException("make-up working day " + d + " is inside a holiday");
                }
                kind[d.getDayOfYear()] = DayKind.MAKE_UP_WORKING_DAY;
            }
            kindsByYear.put(a.year(), kind);
            holidaysByYear.put(a.year(), holiday);
        }
        this.arrangements = Collections.unmodifiableMap(byYear);
        this.kinds = kindsByYear;
        this.holidayOfDay = holidaysByYear;
    }

    public static WorkingDayCalendar of(HolidayArrangement... arrangements) {
        return new WorkingDayCalendar(List.of(arrangements));
    }

    /** This calendar with {@code arrangement} added, replacing any arrangement of the same year. */
    public WorkingDayCalendar with(HolidayArrangement arrangement) {
        Map<Integer, HolidayArrangement> merged = new TreeMap<>(arrangements);
        merged.put(arrangement.year(), arrangement);
        return new WorkingDayCalendar(merged.values());
    }

    /** The years this calendar knows, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(arrangements.keySet()));
    }

    public boolean covers(int year) {
        return arrangements.containsKey(year);
    }

    public Optional<HolidayArrangement> arrangement(int year) {
        return Optional.ofNullable(arrangements.get(year));
    }

    /** What {@code date} is; throws CAL-001 if its year has no arrangement. */
    public DayKind dayKind(LocalDate date) {
        return kindsOf(date)[date.getDayOfYear()];
    }

    /** The holiday period {@code date} lies in, if any; throws CAL-001 if its year has no arrangement. */
    public Optional<Holiday> holiday(LocalDate date) {
        kindsOf(date);
        return Optional.ofNullable(holidayOfDay.get(date.getYear())[date.getDayOfYear()]);
    }

    public boolean isWorkingDay(LocalDate date) {
        return dayKind(date).isWorking();
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /** The first working day strictly before {@code date}. */
    public LocalDate previousWorkingDay(LocalDate date) {
        return addWorkingDays(date, -1);
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code date} itself not counted); for negative
     * {@code n} the {@code |n|}-th working day before it; {@code date} for 0.
     */
    public LocalDate addWorkingDays(LocalDate date, int n) {
        int step = n < 0 ? -1 : 1;
        LocalDate d = date;
        for (int left = Math.abs(n); left > 0; ) {
            d = d.plusDays(step);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * Working days in {@code [startInclusive, endExclusive)}, like {@link
     * java.time.temporal.ChronoUnit#between}: negative if {@code endExclusive} is before {@code
     * startInclusive}. Every date in the range must be in a known year.
     */
    public long workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        if (endExclusive.isBefore(startInclusive)) {
            return -workingDaysBetween(endExclusive, startInclusive);
        }
        long count = 0;
        for (LocalDate d = startInclusive; d.isBefore(endExclusive); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    /** {@link #noticeWindow(Instant, int, LocalTime)} with the default cut-off of 12:00. */
    public NoticeWindow noticeWindow(Instant openedAt, int workingDays) {
        return noticeWindow(openedAt, workingDays, DEFAULT_NOTICE_CUT_OFF);
    }

    /**
     * A public notice of {@code workingDays} working days opened at {@code openedAt}. The rule (times in
     * Asia/Shanghai):
     *
     * <ul>
     *   <li>opened on a working day strictly before {@code cutOff}: that day is the first working day
     *       and the notice starts at {@code openedAt};
     *   <li>opened on a working day at or after {@code cutOff}, or on a rest day: the first working day is
     *       the next working day and the notice starts at 00:00 of it (a cut-off of 00:00 therefore
     *       never counts the opening day);
     *   <li>the notice ends at 24:00 of the N-th working day (the returned end is the instant 00:00 of
     *       the following date; the notice is open strictly before it).
     * </ul>
     *
     * Throws CAL-001 if any day needed lies in a year without an arrangement, CAL-003 if {@code
     * workingDays} is not between 1 and {@link #MAX_NOTICE_WORKING_DAYS}.
     */
    public NoticeWindow noticeWindow(Instant openedAt, int workingDays, LocalTime cutOff) {
        if (workingDays < 1 || workingDays > MAX_NOTICE_WORKING_DAYS) {
            throw new KaoheException(
                    CalendarError.INVALID_NOTICE_LENGTH,
                    List.of(Problem.ofField("workingDays", "应为 1 至 " + MAX_NOTICE_WORKING_DAYS + " 的整数")),
                    "1",
                    String.valueOf(MAX_NOTICE_WORKING_DAYS),
                    String.valueOf(workingDays));
        }
        ZonedDateTime opened = openedAt.atZone(ZONE);
        LocalDate openingDay = opened.toLocalDate();
        boolean openingDayCounted =
                isWorkingDay(openingDay) && opened.toLocalTime().isBefore(cutOff);
        LocalDate first = openingDayCounted ? openingDay : nextWorkingDay(openingDay);
        List<LocalDate> days = new ArrayList<>(workingDays);
        days.add(first);
        LocalDate d = first;
        while (days.size() < workingDays) {
            d = nextWorkingDay(d);
            days.add(d);
        }
        Instant start = openingDayCounted ? openedAt : first.atStartOfDay(ZONE).toInstant();
        Instant end = d.plusDays(1).atStartOfDay(ZONE).toInstant();
        return new NoticeWindow(openedAt, start, end, days, openingDayCounted, cutOff);
    }

    private DayKind[] kindsOf(LocalDate date) {
        DayKind[] kind = kinds.get(date.getYear());
        if (kind == null) {
            throw new KaoheException(
                    CalendarError.YEAR_NOT_LOADED,
                    List.of(Problem.ofField("date", date + " 所在年份没有法定节假日安排，无法计算工作日")),
                    String.valueOf(date.getYear()));
        }
        return kind;
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar" + arrangements.keySet();
    }
}
