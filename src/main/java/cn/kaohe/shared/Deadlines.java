package cn.kaohe.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Deadlines counted in calendar time, not working days: a {@link Duration} is exact elapsed time (24
 * hours from 2026-09-30 18:00 is 2026-10-01 18:00, holiday or not); a {@link Period} is calendar days in
 * Asia/Shanghai (one week from Friday 15:00 is the next Friday 15:00). Defaults follow seed 001 篇三
 * 六、保密与申诉: an appeal is forwarded to the committee within 24 hours and decided within one week.
 *
 * @param appealForwarding time the office has to forward an appeal to the committee (24小时内上报)
 * @param appealDecision time the committee has to decide an appeal (一星期内提出处理意见)
 * @param zone the zone calendar days are counted in
 */
public record Deadlines(Duration appealForwarding, Period appealDecision, ZoneId zone) {

    public static final Deadlines DEFAULT =
            new Deadlines(Duration.ofHours(24), Period.ofWeeks(1), WorkingDayCalendar.ZONE);

    public Deadlines {
        Objects.requireNonNull(appealForwarding, "appealForwarding");
        Objects.requireNonNull(appealDecision, "appealDecision");
        Objects.requireNonNull(zone, "zone");
        if (appealForwarding.isNegative() || appealForwarding.isZero()) {
            throw new IllegalArgumentException("appealForwarding must be positive: " + appealForwarding);
        }
        if (appealDecision.isNegative() || appealDecision.isZero()) {
            throw new IllegalArgumentException("appealDecision must be positive: " + appealDecision);
        }
    }

    /** When an appeal filed at {@code filedAt} must have been forwarded to the committee. */
    public Instant appealForwardingDue(Instant filedAt) {
        return after(filedAt, appealForwarding);
    }

    /** When an appeal forwarded at {@code forwardedAt} must have been decided. */
    public Instant appealDecisionDue(Instant forwardedAt) {
        return after(forwardedAt, appealDecision, zone);
    }

    /** {@code from} plus exact elapsed time. */
    public static Instant after(Instant from, Duration duration) {
        return from.plus(duration);
    }

    /** {@code from} plus calendar years, months and days in {@code zone}, keeping the time of day. */
    public static Instant after(Instant from, Period period, ZoneId zone) {
        return from.atZone(zone).plus(period).toInstant();
    }
}
