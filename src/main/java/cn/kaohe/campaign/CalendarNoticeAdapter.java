package cn.kaohe.campaign;

import cn.kaohe.calendar.HolidayCalendarService;
import cn.kaohe.shared.NoticeWindow;
import cn.kaohe.shared.WorkingDayCalendar;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** Notice windows from the working-day calendar (built-in official arrangements plus years the office loaded). */
@Component
class CalendarNoticeAdapter implements NoticeCalendar {

    private final HolidayCalendarService calendar;

    CalendarNoticeAdapter(HolidayCalendarService calendar) {
        this.calendar = calendar;
    }

    @Override
    public Window window(Instant openedAt, int workingDays, java.time.LocalTime cutOff) {
        NoticeWindow w = calendar.noticeWindow(openedAt, workingDays, cutOff);
        return new Window(
                w.start().atZone(WorkingDayCalendar.ZONE).toOffsetDateTime(),
                w.end().atZone(WorkingDayCalendar.ZONE).toOffsetDateTime());
    }
}
