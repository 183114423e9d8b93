package cn.kaohe.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaohe.calendar.*}.
 *
 * @param noticeCutOff a notice opened on a working day counts that day only if opened before this time
 *     (Asia/Shanghai); 00:00 never counts the opening day
 * @param appealForwarding calendar time the office has to forward an appeal (seed 001 篇三: 24小时内)
 * @param appealDecision calendar days the committee has to decide an appeal (seed 001 篇三: 一星期内)
 */
@ConfigurationProperties("kaohe.calendar")
public record CalendarProperties(
        @DefaultValue("12:00") LocalTime noticeCutOff,
        @DefaultValue("24h") Duration appealForwarding,
        @DefaultValue("7d") Period appealDecision) {}
