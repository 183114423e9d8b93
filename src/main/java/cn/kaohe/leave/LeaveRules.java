package cn.kaohe.leave;

import cn.kaohe.scoring.model.Approvals;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.shared.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The rules of a leave request, without Spring: the days it counts and who approves it. */
public final class LeaveRules {

    /** The longest reason or note stored. */
    public static final int MAX_TEXT = 2000;

    /** The longest request accepted (a year); a longer absence is not a leave request. */
    static final int MAX_SPAN_DAYS = 366;

    /**
     * Seed 001 篇四 一(三): 1天以内向办公室主任和分管领导书面请假，同时报办公室备案。2天及以上必须书面经办公室主任和分管领导同意.
     * From 2 working days on, the office (办公室主任) consents after the approver.
     */
    public static final int OFFICE_CONSENT_FROM_DAYS = 2;

    private LeaveRules() {}

    /** A request as asked: type, first and last day, reason. */
    public record Asked(LeaveType type, LocalDate from, LocalDate to, String reason) {}

    /**
     * The working days of the request (first and last day included) as the holiday calendar counts them; a bad request
     * answers LEAVE-001 naming each field (to before from, no working day in the span, no reason…).
     */
    public static int days(Asked asked, WorkingDayCalendar calendar) {
        List<Problem> problems = new ArrayList<>();
        if (asked.type() == null) {
            problems.add(Problem.ofField("type", "请选择请假类别（PERSONAL 事假、SICK 病假、BUSINESS 因公外出、EXCUSED 特殊情况不能签到）"));
        }
        if (asked.from() == null) {
            problems.add(Problem.ofField("from", "请填写开始日期"));
        }
        if (asked.to() == null) {
            problems.add(Problem.ofField("to", "请填写结束日期"));
        }
        String reason = asked.reason() == null ? "" : asked.reason().strip();
        if (reason.isEmpty()) {
            problems.add(Problem.ofField("reason", "请填写请假事由"));
        } else if (reason.length() > MAX_TEXT) {
            problems.add(Problem.ofField("reason", "事由不超过 " + MAX_TEXT + " 字"));
        }
        int days = 0;
        if (asked.from() != null && asked.to() != null) {
            if (asked.to().isBefore(asked.from())) {
                problems.add(Problem.ofField("to", "结束日期不能早于开始日期"));
            } else if (asked.from().plusDays(MAX_SPAN_DAYS).isBefore(asked.to())) {
                problems.add(Problem.ofField("to", "一次请假不超过 " + MAX_SPAN_DAYS + " 天"));
            } else {
                days = (int)
                        calendar.workingDaysBetween(asked.from(), asked.to().plusDays(1));
                if (days <= 0) {
                    problems.add(Problem.ofField("to", "所选日期都是节假日，请假天数须大于 0"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new KaoheException(
                    LeaveError.INVALID_REQUEST, problems, problems.get(0).message());
        }
        return days;
    }

    /** Whether the office must consent after the approver (seed 001 篇四 一(三) 2天及以上). */
    public static boolean officeConsent(int days) {
        return officeConsent(days, OFFICE_CONSENT_FROM_DAYS);
    }

    /** Whether the office must consent with the scheme's threshold ({@code approvals.leave.officeConsentFromDays}). */
    public static boolean officeConsent(int days, int fromDays) {
        return days >= fromDays;
    }

    /**
     * Who approves, as the scheme's rules name it ({@code approvals.leave.approvers}) by the requester's rank and the
     * request's working days; the seeds' rules: a cadre's request goes to their 分管领导 (seed 001 篇四 一(三), seed 000
     * 三(二)1 须报分管领导批准), a leadership member's to the 主要领导 (nobody above supervises them; 参数).
     */
    public static ApproverRole approver(Approvals.LeaveConsent rules, boolean leadershipMember, int days) {
        String rank = leadershipMember ? Approvals.LeaveApprover.LEADERSHIP : Approvals.LeaveApprover.STAFF;
        return ApproverRole.valueOf(rules.approverFor(rank, days));
    }

    /** The working days actually taken when the cadre is back at work on {@code returnedOn} (销假). */
    public static int daysTaken(LocalDate from, LocalDate to, LocalDate returnedOn, WorkingDayCalendar calendar) {
        LocalDate dayBefore = returnedOn.minusDays(1);
        LocalDate last = dayBefore.isBefore(to) ? dayBefore : to;
        if (last.isBefore(from)) {
            return 0;
        }
        return (int) calendar.workingDaysBetween(from, last.plusDays(1));
    }
}
