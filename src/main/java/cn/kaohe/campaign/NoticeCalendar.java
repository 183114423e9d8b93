package cn.kaohe.campaign;

import java.time.Instant;
import java.time.OffsetDateTime;

/** Computes public-notice windows in working days (公示), with the official holiday arrangements. */
public interface NoticeCalendar {

    /** A notice of {@code workingDays} working days opened at {@code openedAt}; fails for a year without data. */
    default Window window(Instant openedAt, int workingDays) {
        return window(openedAt, workingDays, null);
    }

    /** As {@link #window(Instant, int)} with the scheme's cut-off of the opening day (null: the application's). */
    Window window(Instant openedAt, int workingDays, java.time.LocalTime cutOff);

    /** From the opening (or the start of the first working day) to the end (24:00) of the last working day. */
    record Window(OffsetDateTime start, OffsetDateTime end) {}
}
