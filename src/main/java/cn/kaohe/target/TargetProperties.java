package cn.kaohe.target;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the target register.
 *
 * @param decisionDays calendar days the committee has to decide a change request before it is escalated to its head
 *     (seed 004 names no time; a week as for appeals, seed 001 篇三 六 一星期内). 参数.
 */
@ConfigurationProperties("kaohe.targets")
public record TargetProperties(Integer decisionDays) {
    public TargetProperties {
        decisionDays = decisionDays == null ? 7 : decisionDays;
        if (decisionDays < 1) {
            throw new IllegalArgumentException("kaohe.targets.decision-days must be at least 1");
        }
    }
}
