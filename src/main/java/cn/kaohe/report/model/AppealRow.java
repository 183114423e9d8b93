package cn.kaohe.report.model;

import java.time.LocalDateTime;

/**
 * One appeal (seed 001 篇三 六: 24小时内上报考核小组, 一星期内提出处理意见).
 *
 * @param forwardDeadline when the office must have forwarded it (filed + 24 h)
 * @param forwardedAt null while not forwarded
 * @param decisionDeadline when the decision is due (filed + one week)
 * @param decidedAt null while open
 * @param outcome e.g. 维持原结果, 变更结果, 撤回; null while open
 * @param changes what changed, e.g. 总分 812.0 → 826.0，等次 合格 → 良好
 */
public record AppealRow(
        int seq,
        String cadreName,
        String unitName,
        LocalDateTime filedAt,
        String reason,
        LocalDateTime forwardDeadline,
        LocalDateTime forwardedAt,
        LocalDateTime decisionDeadline,
        LocalDateTime decidedAt,
        String outcome,
        String changes) {

    static final String IN_TIME = "按时";
    static final String LATE = "逾期";

    public String forwardedInTime() {
        return inTime(forwardedAt, forwardDeadline, "未上报");
    }

    public String decidedInTime() {
        return inTime(decidedAt, decisionDeadline, "办理中");
    }

    public String outcomeText() {
        return outcome == null ? "办理中" : outcome;
    }

    private static String inTime(LocalDateTime done, LocalDateTime deadline, String pending) {
        if (done == null) {
            return pending;
        }
        return done.isAfter(deadline) ? LATE : IN_TIME;
    }
}
