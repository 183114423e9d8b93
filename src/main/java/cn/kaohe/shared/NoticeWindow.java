package cn.kaohe.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A public notice (公示) of N working days: it runs from {@link #start()} (inclusive) to {@link #end()}
 * (exclusive, i.e. 24:00 Asia/Shanghai of the last working day). See {@link
 * WorkingDayCalendar#noticeWindow(Instant, int, LocalTime)} for the rule.
 *
 * @param openedAt when the notice was opened (published)
 * @param start when the first counted working day begins: {@code openedAt} itself if the opening day
 *     counts, else 00:00 of the next working day
 * @param end 24:00 of the N-th working day: the instant the notice is over
 * @param workingDays the N counted working days, in order
 * @param openingDayCounted whether the opening day is the first counted working day
 * @param cutOff the time of day before which an opening on a working day counts that day
 */
public record NoticeWindow(
        Instant openedAt,
        Instant start,
        Instant end,
        List<LocalDate> workingDays,
        boolean openingDayCounted,
        LocalTime cutOff) {

    public NoticeWindow {
        workingDays = List.copyOf(workingDays);
    }

    public LocalDate firstDay() {
        return workingDays.get(0);
    }

    public LocalDate lastDay() {
        return workingDays.get(workingDays.size() - 1);
    }

    /** Whether the notice is running at this instant (objections are accepted). */
    public boolean isOpenAt(Instant instant) {
        return !instant.isBefore(openedAt) && instant.isBefore(end);
    }
}
