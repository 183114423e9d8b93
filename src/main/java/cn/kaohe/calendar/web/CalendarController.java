package cn.kaohe.calendar.web;

import cn.kaohe.calendar.CalendarYear;
import cn.kaohe.calendar.CalendarYearDetail;
import cn.kaohe.calendar.HolidayArrangementParser.Format;
import cn.kaohe.calendar.HolidayCalendarService;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.NoticeWindow;
import cn.kaohe.shared.Problem;
import cn.kaohe.shared.WorkingDayCalendar;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The holiday calendar: which years are known, each year's days, loading a year, notice-window preview. */
@RestController
@RequestMapping("/api/calendar")
class CalendarController {

    private final HolidayCalendarService calendar;
    private final Clock clock;

    CalendarController(HolidayCalendarService calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/years")
    List<CalendarYear> years() {
        return calendar.years();
    }

    @GetMapping("/{year:\\d{4}}")
    CalendarYearDetail year(@PathVariable int year) {
        return calendar.year(year);
    }

    /**
     * Loads the arrangement of one year. Body: YAML ({@code application/yaml}, {@code text/yaml},
     * {@code text/plain}) or JSON ({@code application/json}), in the format of calendar/cn-holidays.yaml,
     * with or without the year key. {@code reason} (optional) goes into the audit record.
     */
    @PutMapping(
            path = "/{year:\\d{4}}",
            consumes = {
                MediaType.APPLICATION_JSON_VALUE,
                "application/yaml",
                "application/x-yaml",
                "text/yaml",
                "text/x-yaml",
                MediaType.TEXT_PLAIN_VALUE
            })
    CalendarYearDetail load(
            @PathVariable int year,
            @RequestBody String document,
            @RequestHeader(value = "Content-Type") String contentType,
            @RequestParam(required = false) String reason) {
        Format format = MediaType.parseMediaType(contentType).getSubtype().contains("json") ? Format.JSON : Format.YAML;
        return calendar.load(year, document, format, reason);
    }

    /**
     * Previews a public notice window. {@code openedAt}: ISO date-time with offset
     * ({@code 2026-09-30T10:00:00+08:00}, URL-encode the {@code +} as {@code %2B}) or without one
     * (taken as Asia/Shanghai); default now.
     */
    @GetMapping("/notice-window")
    NoticeWindowView noticeWindow(
            @RequestParam(required = false) String openedAt, @RequestParam(defaultValue = "3") int workingDays) {
        Instant opened = openedAt == null || openedAt.isBlank() ? clock.instant() : parseInstant(openedAt);
        return NoticeWindowView.of(calendar.noticeWindow(opened, workingDays));
    }

    static Instant parseInstant(String text) {
        // an unencoded '+' in a query string arrives as a space
        String t = text.strip().replace(' ', '+');
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException notWithOffset) {
            try {
                return LocalDateTime.parse(t).atZone(WorkingDayCalendar.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw KaoheException.invalid(List.of(Problem.ofField(
                        "openedAt", "「" + text + "」不是有效时间，应为 2026-09-30T10:00:00+08:00 或 2026-09-30T10:00")));
            }
        }
    }

    /**
     * A notice window for display; times in Asia/Shanghai.
     *
     * @param rule the counting rule in words
     */
    record NoticeWindowView(
            OffsetDateTime openedAt,
            OffsetDateTime start,
            OffsetDateTime end,
            LocalDate firstDay,
            LocalDate lastDay,
            List<LocalDate> workingDays,
            boolean openingDayCounted,
            LocalTime cutOff,
            String rule) {

        static NoticeWindowView of(NoticeWindow w) {
            return new NoticeWindowView(
                    shanghai(w.openedAt()),
                    shanghai(w.start()),
                    shanghai(w.end()),
                    w.firstDay(),
                    w.lastDay(),
                    w.workingDays(),
                    w.openingDayCounted(),
                    w.cutOff(),
                    "工作日" + w.cutOff() + "前发布的，当天计为公示第1个工作日；" + w.cutOff()
                            + "及以后或休息日发布的，自下一个工作日0时起算；公示至第" + w.workingDays().size()
                            + "个工作日24时结束");
        }

        private static OffsetDateTime shanghai(Instant instant) {
            return instant.atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
        }
    }
}
