package cn.kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.calendar.HolidayArrangementParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The built-in official arrangements: 2025 from 国办发明电〔2024〕12号 (published 2024-11-12), 2026 from
 * 国务院办公厅关于2026年部分节假日安排的通知 (published 2025-11-04).
 */
class WorkingDayCalendarTest {

    static final WorkingDayCalendar CALENDAR = HolidayArrangementParser.builtInCalendar();

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void knowsExactlyTheShippedYears() {
        assertThat(CALENDAR.years()).containsExactly(2025, 2026);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        // ordinary weeks
        "2026-03-06, WORKING_DAY", // Friday
        "2026-03-07, WEEKEND", // Saturday
        "2026-03-08, WEEKEND", // Sunday
        // 2026 notice, 国庆节: 10月1日至7日放假调休, 10月10日（周六）上班
        "2026-09-30, WORKING_DAY",
        "2026-10-01, HOLIDAY",
        "2026-10-05, HOLIDAY", // a Monday inside the holiday
        "2026-10-07, HOLIDAY",
        "2026-10-08, WORKING_DAY",
        "2026-10-10, MAKE_UP_WORKING_DAY",
        "2026-10-11, WEEKEND",
        // 2026 notice, 春节: 2月15日至23日放假调休, 2月14日（周六）、2月28日（周六）上班
        "2026-02-14, MAKE_UP_WORKING_DAY",
        "2026-02-15, HOLIDAY",
        "2026-02-23, HOLIDAY",
        "2026-02-24, WORKING_DAY",
        "2026-02-28, MAKE_UP_WORKING_DAY",
        // 2026 notice, 元旦: 1月1日至3日放假调休, 1月4日（周日）上班
        "2026-01-03, HOLIDAY",
        "2026-01-04, MAKE_UP_WORKING_DAY",
        // 国办发明电〔2024〕12号, 国庆节、中秋节: 10月1日至8日放假调休, 9月28日（周日）、10月11日（周六）上班
        "2025-09-28, MAKE_UP_WORKING_DAY",
        "2025-10-08, HOLIDAY",
        "2025-10-11, MAKE_UP_WORKING_DAY",
        // 国办发明电〔2024〕12号, 春节: 1月28日至2月4日放假调休, 1月26日（周日）、2月8日（周六）上班
        "2025-01-26, MAKE_UP_WORKING_DAY",
        "2025-02-04, HOLIDAY",
        "2025-02-08, MAKE_UP_WORKING_DAY",
    })
    void classifiesDaysLikeTheOfficialNotices(LocalDate date, DayKind kind) {
        assertThat(CALENDAR.dayKind(date)).isEqualTo(kind);
        assertThat(CALENDAR.isWorkingDay(date)).isEqualTo(kind.isWorking());
    }

    @Test
    void namesTheHolidayADayBelongsTo() {
        assertThat(CALENDAR.holiday(d("2026-10-03"))).map(Holiday::name).contains("国庆节");
        assertThat(CALENDAR.holiday(d("2025-10-06"))).map(Holiday::name).contains("国庆节、中秋节");
        assertThat(CALENDAR.holiday(d("2026-10-10"))).isEmpty();
    }

    @Test
    void countsTheWorkingDaysOfWholeYears() {
        // 2025: 261 weekdays - 18 weekday holidays + 5 make-up days; 2026: 261 - 19 + 6
        assertThat(CALENDAR.workingDaysBetween(d("2025-01-01"), d("2026-01-01")))
                .isEqualTo(248);
        assertThat(CALENDAR.workingDaysBetween(d("2026-01-01"), d("2027-01-01")))
                .isEqualTo(248);
    }

    @Test
    void countsWorkingDaysOfFebruary2026WithSpringFestivalAndTwoMakeUpSaturdays() {
        // 20 weekdays - 6 weekday holidays (2-16..20, 2-23) + 2 make-up Saturdays (2-14, 2-28)
        assertThat(CALENDAR.workingDaysBetween(d("2026-02-01"), d("2026-03-01")))
                .isEqualTo(16);
    }

    @Test
    void workingDaysBetweenIsHalfOpenAndSigned() {
        assertThat(CALENDAR.workingDaysBetween(d("2026-10-01"), d("2026-10-12")))
                .isEqualTo(3); // 10-08, 09, 10
        assertThat(CALENDAR.workingDaysBetween(d("2026-10-12"), d("2026-10-01")))
                .isEqualTo(-3);
        assertThat(CALENDAR.workingDaysBetween(d("2026-10-08"), d("2026-10-08")))
                .isZero();
    }

    @Test
    void nextWorkingDayJumpsOverTheNationalDayHoliday() {
        assertThat(CALENDAR.nextWorkingDay(d("2026-09-30"))).isEqualTo(d("2026-10-08"));
        assertThat(CALENDAR.nextWorkingDay(d("2026-10-09"))).isEqualTo(d("2026-10-10")); // make-up Saturday
        assertThat(CALENDAR.nextWorkingDay(d("2026-10-10"))).isEqualTo(d("2026-10-12"));
        assertThat(CALENDAR.previousWorkingDay(d("2026-10-08"))).isEqualTo(d("2026-09-30"));
    }

    @Test
    void addsWorkingDaysAcrossTheYearEnd2025To2026() {
        // 2025-12-31 Wed; 2026-01-01..03 元旦; 2026-01-04 Sunday make-up; 01-05 Monday
        assertThat(CALENDAR.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-04"));
        assertThat(CALENDAR.addWorkingDays(d("2025-12-31"), 2)).isEqualTo(d("2026-01-05"));
        assertThat(CALENDAR.addWorkingDays(d("2026-01-05"), -2)).isEqualTo(d("2025-12-31"));
        assertThat(CALENDAR.addWorkingDays(d("2026-10-01"), 0)).isEqualTo(d("2026-10-01"));
    }

    @Test
    void refusesToGuessAYearWithoutAnArrangement() {
        assertThatThrownBy(() -> CALENDAR.isWorkingDay(d("2027-01-04")))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo(CalendarError.YEAR_NOT_LOADED);
                    assertThat(e.errorCode().code()).isEqualTo("CAL-001");
                    assertThat(e.getMessage()).isEqualTo("2027年的法定节假日安排尚未录入，请绩考办先导入");
                    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                            .contains("2027-01-04"));
                });
        assertThatThrownBy(() -> CALENDAR.previousWorkingDay(d("2025-01-02"))).hasMessage("2024年的法定节假日安排尚未录入，请绩考办先导入");
        assertThatThrownBy(() -> CALENDAR.nextWorkingDay(d("2026-12-31"))).hasMessage("2027年的法定节假日安排尚未录入，请绩考办先导入");
    }

    @Test
    void aLoadedYearIsAddedAndAReplacedYearSupersedesTheOldOne() {
        HolidayArrangement test2027 = new HolidayArrangement(
                2027, "测试数据", List.of(new Holiday("元旦", d("2027-01-01"), d("2027-01-03"))), List.of());
        WorkingDayCalendar extended = CALENDAR.with(test2027);
        assertThat(extended.years()).containsExactly(2025, 2026, 2027);
        assertThat(extended.nextWorkingDay(d("2026-12-31"))).isEqualTo(d("2027-01-04"));

        HolidayArrangement no2026Holidays = new HolidayArrangement(2026, "测试数据", List.of(), List.of());
        assertThat(CALENDAR.with(no2026Holidays).isWorkingDay(d("2026-10-08"))).isTrue();
        assertThat(CALENDAR.with(no2026Holidays).isWorkingDay(d("2026-10-01"))).isTrue();
        assertThat(CALENDAR.isWorkingDay(d("2026-10-01")))
                .as("the original is unchanged")
                .isFalse();
    }
}
