package cn.kaohe.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.Period;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    static Instant shanghai(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+08:00").toInstant();
    }

    @Test
    void forwardingAnAppealIsDueTwentyFourCalendarHoursLaterEvenOverAHoliday() {
        // seed 001 篇三 六、保密与申诉: 需在24小时内上报考核小组 — hours, not working days
        assertThat(Deadlines.DEFAULT.appealForwardingDue(shanghai("2026-09-30T18:00")))
                .isEqualTo(shanghai("2026-10-01T18:00"));
    }

    @Test
    void decidingAnAppealIsDueOneCalendarWeekLater() {
        // seed 001 篇三 六、保密与申诉: 在一星期内提出处理意见 — 7 calendar days, same time of day
        assertThat(Deadlines.DEFAULT.appealDecisionDue(shanghai("2026-10-01T18:00")))
                .isEqualTo(shanghai("2026-10-08T18:00"));
    }

    @Test
    void theDurationsAreConfigurable() {
        Deadlines longer = new Deadlines(Duration.ofHours(48), Period.ofDays(10), WorkingDayCalendar.ZONE);
        assertThat(longer.appealForwardingDue(shanghai("2026-03-06T15:00"))).isEqualTo(shanghai("2026-03-08T15:00"));
        assertThat(longer.appealDecisionDue(shanghai("2026-03-06T15:00"))).isEqualTo(shanghai("2026-03-16T15:00"));
    }

    @Test
    void refusesANonPositiveDeadline() {
        assertThatThrownBy(() -> new Deadlines(Duration.ZERO, Period.ofWeeks(1), WorkingDayCalendar.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadlines(Duration.ofHours(24), Period.ofDays(-1), WorkingDayCalendar.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
