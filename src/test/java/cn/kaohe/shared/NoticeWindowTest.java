package cn.kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.calendar.HolidayArrangementParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Public notice windows of 3 working days: seed 002 四、1 (进行不少于3个工作日的公示) and seed 003 (公示期为3天),
 * on the official 2026 arrangement (国务院办公厅关于2026年部分节假日安排的通知, 2025-11-04).
 */
class NoticeWindowTest {

    static final WorkingDayCalendar CALENDAR = HolidayArrangementParser.builtInCalendar();

    static Instant shanghai(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    static List<LocalDate> days(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    @Test
    void openedOnAWorkingDayMorningCountsThatDay() {
        NoticeWindow w = CALENDAR.noticeWindow(shanghai("2026-03-04T09:30"), 3); // Wednesday
        assertThat(w.openingDayCounted()).isTrue();
        assertThat(w.start()).isEqualTo(shanghai("2026-03-04T09:30"));
        assertThat(w.workingDays()).isEqualTo(days("2026-03-04", "2026-03-05", "2026-03-06"));
        assertThat(w.end()).isEqualTo(shanghai("2026-03-07T00:00"));
    }

    @Test
    void openedOnAFridayAfternoonStartsOnMondayAndSpansTheWeekend() {
        NoticeWindow w = CALENDAR.noticeWindow(shanghai("2026-03-06T15:30"), 3);
        assertThat(w.openingDayCounted()).isFalse();
        assertThat(w.start()).isEqualTo(shanghai("2026-03-09T00:00"));
        assertThat(w.workingDays()).isEqualTo(days("2026-03-09", "2026-03-10", "2026-03-11"));
        assertThat(w.end()).isEqualTo(shanghai("2026-03-12T00:00"));
    }

    @Test
    void openedOnAFridayMorningCountsFridayThenSkipsTheWeekend() {
        NoticeWindow w = CALENDAR.noticeWindow(shanghai("2026-03-06T09:00"), 3);
        assertThat(w.workingDays()).isEqualTo(days("2026-03-06", "2026-03-09", "2026-03-10"));
        assertThat(w.end()).isEqualTo(shanghai("2026-03-11T00:00"));
    }

    @Test
    void theCutOffIsStrict() {
        assertThat(CALENDAR.noticeWindow(shanghai("2026-03-04T11:59:59"), 3).openingDayCounted())
                .isTrue();
        assertThat(CALENDAR.noticeWindow(shanghai("2026-03-04T12:00"), 3).openingDayCounted())
                .isFalse();
    }

    @Test
    void openedTheMorningBeforeNationalDayCountsThatDayThenSkipsTheWholeHoliday() {
        // 2026 notice: 10月1日至7日放假调休
        NoticeWindow w = CALENDAR.noticeWindow(shanghai("2026-09-30T10:00"), 3);
        assertThat(w.workingDays()).isEqualTo(days("2026-09-30", "2026-10-08", "2026-10-09"));
        assertThat(w.end()).isEqualTo(shanghai("2026-10-10T00:00"));
    }

    @Test
    void openedTheAfternoonBeforeNationalDayEndsOnTheMakeUpSaturday() {
        // 2026 notice: 10月10日（周六）上班 — a make-up Saturday counts as a notice day
        NoticeWindow w = CALENDAR.noticeWindow(shanghai("2026-09-30T16:00"), 3);
        assertThat(w.start()).isEqualTo(shanghai("2026-10-08T00:00"));
        assertThat(w.workingDays()).isEqualTo(days("2026-10-08", "2026-10-09", "2026-10-10"));
        assertThat(w.end()).isEqualTo(shanghai("2026-10-11T00:00"));
        assertThat(w.isOpenAt(shanghai("2026-10-10T23:59:59"))).isTrue();
        assertThat(w.isOpenAt(w.end())).isFalse();
    }

    @Test
    void openedDuringTheHolidayStartsOnTheFirstWorkingDayAfterIt() {
        NoticeWindow w = CALENDAR.noticeWindow(shanghai("2026-10-03T09:00"), 3);
        assertThat(w.openingDayCounted()).isFalse();
        assertThat(w.workingDays()).isEqualTo(days("2026-10-08", "2026-10-09", "2026-10-10"));
    }

    @Test
    void openedOnAMakeUpSaturdayMorningCountsThatSaturday() {
        // 2026 notice: 2月14日（周六）上班; 2月15日至23日 春节
        NoticeWindow w = CALENDAR.noticeWindow(shanghai("2026-02-14T09:00"), 3);
        assertThat(w.openingDayCounted()).isTrue();
        assertThat(w.workingDays()).isEqualTo(days("2026-02-14", "2026-02-24", "2026-02-25"));
        assertThat(w.end()).isEqualTo(shanghai("2026-02-26T00:00"));
    }

    @Test
    void theOpeningDayIsTheDateInShanghaiNotInUtc() {
        // 2026-03-05T20:00Z is Friday 2026-03-06 04:00 in Shanghai: before the cut-off
        NoticeWindow w = CALENDAR.noticeWindow(Instant.parse("2026-03-05T20:00:00Z"), 1);
        assertThat(w.workingDays()).isEqualTo(days("2026-03-06"));
        assertThat(w.end()).isEqualTo(Instant.parse("2026-03-06T16:00:00Z"));
    }

    @Test
    void aConfiguredCutOffChangesWhetherTheOpeningDayCounts() {
        Instant friday1430 = shanghai("2026-03-06T14:30");
        assertThat(CALENDAR.noticeWindow(friday1430, 3, LocalTime.of(17, 30)).firstDay())
                .isEqualTo(LocalDate.parse("2026-03-06"));
        assertThat(CALENDAR.noticeWindow(shanghai("2026-03-06T08:00"), 3, LocalTime.MIDNIGHT)
                        .firstDay())
                .as("a cut-off of 00:00 never counts the opening day")
                .isEqualTo(LocalDate.parse("2026-03-09"));
    }

    @Test
    void aWindowRunningIntoAYearWithoutDataIsTheCalendarErrorNotAGuess() {
        // 2026-12-30 Wednesday morning: 12-30, 12-31, then 2027 is needed
        assertThatThrownBy(() -> CALENDAR.noticeWindow(shanghai("2026-12-30T10:00"), 3))
                .isInstanceOfSatisfying(KaoheException.class, e -> {
                    assertThat(e.errorCode().code()).isEqualTo("CAL-001");
                    assertThat(e.getMessage()).isEqualTo("2027年的法定节假日安排尚未录入，请绩考办先导入");
                });
        // two days still fit into 2026
        assertThat(CALENDAR.noticeWindow(shanghai("2026-12-30T10:00"), 2).end())
                .isEqualTo(shanghai("2027-01-01T00:00"));
    }

    @Test
    void rejectsANoticeOfNoWorkingDays() {
        assertThatThrownBy(() -> CALENDAR.noticeWindow(shanghai("2026-03-04T09:00"), 0))
                .isInstanceOfSatisfying(KaoheException.class, e -> assertThat(e.errorCode())
                        .isEqualTo(CalendarError.INVALID_NOTICE_LENGTH));
        assertThatThrownBy(() -> CALENDAR.noticeWindow(shanghai("2026-03-04T09:00"), 61))
                .hasMessage("公示期应为 1 至 60 个工作日，收到 61");
    }
}
