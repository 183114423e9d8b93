package cn.kaohe.workplan;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.calendar.HolidayCalendarService;
import cn.kaohe.campaign.AssessmentLookups;
import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.campaign.StatutoryClock;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.shared.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly work plans (seed 003 每月初…上报本月工作安排…审核后公示): a cadre submits the plan of the current or a coming
 * month; the supervising leader reviews it within {@value #REVIEW_WORKING_DAYS} working days — approved plans are posted
 * (公示), returned ones are revised and reviewed again; a review left undecided past its due date is escalated once to
 * the office (督办). Audited; bad input changes nothing.
 */
@Service
public class WorkPlanService {

    /**
     * 参数: the seed sets no review time; five working days, about the week of appeals (seed 001 篇三 六) — the default of
     * the scheme's {@code approvals.workPlan.reviewWorkingDays}.
     */
    static final int REVIEW_WORKING_DAYS = 5;

    private static final String OFFICE = "group:office";

    static final int MAX_TEXT = 5000;

    private final WorkPlanRepository plans;
    private final WorkPlanWorkflow workflow;
    private final OrgService org;
    private final CampaignRoster roster;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final AssessmentLookups assessments;
    private final HolidayCalendarService calendar;
    private final SchemeCatalog schemes;
    private final StatutoryClock statutoryClock;
    private final Clock clock;

    WorkPlanService(
            WorkPlanRepository plans,
            WorkPlanWorkflow workflow,
            OrgService org,
            CampaignRoster roster,
            Notifications notifications,
            AuditTrail audit,
            AssessmentLookups assessments,
            HolidayCalendarService calendar,
            SchemeCatalog schemes,
            StatutoryClock statutoryClock,
            Clock clock) {
        this.plans = plans;
        this.workflow = workflow;
        this.org = org;
        this.roster = roster;
        this.notifications = notifications;
        this.audit = audit;
        this.assessments = assessments;
        this.calendar = calendar;
        this.schemes = schemes;
        this.statutoryClock = statutoryClock;
        this.clock = clock;
    }

    /** The month ({@code 2026-06}) and the plan. */
    public record Submit(String month, String content) {}

    @Transactional(readOnly = true)
    public WorkPlan plan(long id) {
        return plans.findById(id).orElseThrow(() -> KaoheException.notFound("工作安排", id));
    }

    @Transactional(readOnly = true)
    public List<WorkPlan> ofCadre(long cadreId) {
        return plans.findByCadreIdOrderByMonthDesc(cadreId);
    }

    /**
     * The plans waiting for this user's review: those assigned to them, and for the office those without a reviewer
     * with a login or escalated to it (督办).
     */
    @Transactional(readOnly = true)
    public List<WorkPlan> toReview(String login, boolean office) {
        return plans.findByStatusOrderByReviewDueAsc(WorkPlanStatus.SUBMITTED).stream()
                .filter(p -> login.equals(p.getReviewerLogin())
                        || (office && (p.getReviewerLogin() == null || p.isReviewEscalated())))
                .toList();
    }

    /** The cadre's posted plan of a month, if any (shown beside the monthly result). */
    @Transactional(readOnly = true)
    public Optional<WorkPlan> postedOf(long cadreId, YearMonth month) {
        return plans.findByCadreIdAndMonth(cadreId, month.toString())
                .filter(p -> p.getStatus() == WorkPlanStatus.POSTED);
    }

    /**
     * The plan beside a monthly result (seed 003: the month's results are judged against the plan): the assessed cadre's
     * posted plan of the campaign's month; empty for other cycles, unit assessments or when none was posted.
     */
    @Transactional(readOnly = true)
    public Optional<WorkPlan> postedForAssessment(long assessmentId) {
        AssessmentLookups.AssessmentContext a =
                assessments.context(assessmentId).orElseThrow(() -> KaoheException.notFound("个人考核", assessmentId));
        if (a.cadreId() == null || !"MONTHLY".equals(a.cycle())) {
            return Optional.empty();
        }
        return postedOf(a.cadreId(), YearMonth.from(a.periodStart()));
    }

    /** Names of the plans' cadres by id. */
    @Transactional(readOnly = true)
    public Map<Long, String> cadreNames(Collection<WorkPlan> list) {
        return roster.cadreNames(
                list.stream().map(WorkPlan::getCadreId).distinct().toList());
    }

    /** The posted plans of a month (公示). */
    @Transactional(readOnly = true)
    public List<WorkPlan> posted(String month) {
        return plans.findByMonthAndStatusOrderByCadreId(month(month).toString(), WorkPlanStatus.POSTED);
    }

    @Transactional
    public WorkPlan submit(Submit s, Long cadreId, String user) {
        if (cadreId == null) {
            throw new KaoheException(WorkPlanError.NO_CADRE);
        }
        YearMonth month = month(s.month());
        String content = content(s.content());
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        if (month.isBefore(YearMonth.from(today))) {
            throw new KaoheException(
                    WorkPlanError.MONTH_CLOSED, List.of(Problem.ofField("month", "该月已结束")), month.toString());
        }
        Optional<WorkPlan> existing = plans.findByCadreIdAndMonth(cadreId, month.toString());
        if (existing.isPresent()) {
            throw new KaoheException(
                    WorkPlanError.DUPLICATE, month.toString(), existing.get().getId());
        }
        Optional<OrgService.LeaderLogin> reviewer = org.supervisingLeaderWithLogin(cadreId);
        Long reviewerId = reviewer.map(OrgService.LeaderLogin::cadreId).orElse(null);
        String reviewerLogin = reviewer.map(OrgService.LeaderLogin::login).orElse(null);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime due = reviewDue(now, cadreId);
        WorkPlan p;
        try {
            p = plans.saveAndFlush(
                    new WorkPlan(cadreId, month.toString(), content, reviewerId, reviewerLogin, user, now, due));
        } catch (DataIntegrityViolationException e) {
            // a double submit: the unique constraint work_plan_month kept the other one
            throw new KaoheException(WorkPlanError.DUPLICATE, month.toString(), "—");
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cadreId", cadreId);
        after.put("month", month.toString());
        after.put("content", content);
        after.put("reviewer", reviewerLogin == null ? "group:office" : reviewerLogin);
        audit.record(user, AuditEvent.created("WORK_PLAN_SUBMITTED", "WorkPlan", p.getId(), after, null));
        workflow.start(p.getId(), reviewerLogin, roster.loginName(cadreId).orElse(user), due);
        return p;
    }

    /** The reviewer approves or returns through the task inbox, or this method's REST twin (the same task). */
    @Transactional
    public void reviewThroughTask(long id, String user, Collection<String> groups, Boolean approve, String note) {
        plan(id);
        workflow.review(id, user, groups, approve, note);
    }

    /** The cadre revises a returned plan through the task inbox, or this method's REST twin. */
    @Transactional
    public void reviseThroughTask(long id, String user, Collection<String> groups, String content) {
        plan(id);
        workflow.revise(id, user, groups, content);
    }

    /** The review, recorded when its task completes: approved plans are posted (公示); answers whether approved. */
    @Transactional
    public boolean review(long id, String user, Boolean approve, String note) {
        WorkPlan p = plan(id);
        requireStep(p, WorkPlanStatus.SUBMITTED, "审核");
        if (approve == null) {
            throw new KaoheException(
                    WorkPlanError.INVALID, List.of(Problem.ofField("approve", "请选择同意（true）或退回（false）")), "请选择同意或退回");
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (!approve && text == null) {
            throw new KaoheException(WorkPlanError.RETURN_REASON_REQUIRED, List.of(Problem.ofField("note", "必填")));
        }
        if (text != null && text.length() > 2000) {
            throw new KaoheException(
                    WorkPlanError.INVALID, List.of(Problem.ofField("note", "审核意见不超过 2000 字")), "审核意见过长");
        }
        p.reviewed(approve, user, text, OffsetDateTime.now(clock));
        plans.saveAndFlush(p);
        audit.record(
                user,
                AuditEvent.changed(
                        approve ? "WORK_PLAN_POSTED" : "WORK_PLAN_RETURNED",
                        "WorkPlan",
                        id,
                        WorkPlanStatus.SUBMITTED.name(),
                        p.getStatus().name(),
                        text));
        notifications.send(new Notifications.Message(
                approve ? NotificationKind.RESULT : NotificationKind.RETURNED,
                p.getSubmittedBy(),
                approve ? "工作安排已审核公示" : "工作安排被退回修改",
                p.getMonth() + " 工作安排（编号 " + id + "）" + p.getStatus().label() + (text == null ? "。" : "：" + text),
                null,
                null,
                null));
        return approve;
    }

    /** A returned plan revised by its cadre goes back to review, due {@value #REVIEW_WORKING_DAYS} working days on. */
    @Transactional
    public OffsetDateTime revise(long id, String user, String newContent) {
        WorkPlan p = plan(id);
        requireStep(p, WorkPlanStatus.RETURNED, "修改");
        String content = content(newContent);
        String before = p.getContent();
        OffsetDateTime now = OffsetDateTime.now(clock);
        p.revised(content, now, reviewDue(now, p.getCadreId()));
        plans.saveAndFlush(p);
        audit.record(user, AuditEvent.changed("WORK_PLAN_REVISED", "WorkPlan", id, before, content, "退回后修改"));
        return p.getReviewDue();
    }

    /**
     * The review's due date passed undecided: recorded once and escalated to the office (督办), which is told and sees
     * the plan among its tasks; answers whether it was escalated now (an early-fired timer changes nothing).
     */
    @Transactional
    public boolean reviewOverdue(long id) {
        WorkPlan p = plan(id);
        if (p.getStatus() != WorkPlanStatus.SUBMITTED || p.isReviewEscalated()) {
            return false;
        }
        if (!statutoryClock.reached(p.getReviewDue(), "WorkPlan", id, "工作安排审核超时上报")) {
            return false;
        }
        p.escalated();
        plans.saveAndFlush(p);
        notifications.send(new Notifications.Message(
                NotificationKind.ESCALATION,
                OFFICE,
                "工作安排审核超时",
                roster.cadreName(p.getCadreId()) + "的" + p.getMonth() + " 工作安排（编号 " + id + "）未在 "
                        + show(p.getReviewDue()) + " 前审核，已转绩考办督办。",
                null,
                null,
                null));
        audit.record(
                "system",
                AuditEvent.changed(
                        "WORK_PLAN_REVIEW_OVERDUE",
                        "WorkPlan",
                        id,
                        null,
                        Map.of("escalatedTo", OFFICE, "reviewer", String.valueOf(p.getReviewerLogin())),
                        "超过审核期限未审核"));
        return true;
    }

    /**
     * The review's due date: the working days of the cadre's scheme ({@code approvals.workPlan.reviewWorkingDays},
     * {@value #REVIEW_WORKING_DAYS} by default) on the holiday calendar, same time of day.
     */
    private OffsetDateTime reviewDue(OffsetDateTime now, long cadreId) {
        int days = schemes.approvalsOf(cadreId).workPlan().reviewWorkingDays();
        var local = now.atZoneSameInstant(WorkingDayCalendar.ZONE);
        LocalDate date = calendar.calendar().addWorkingDays(local.toLocalDate(), days);
        return date.atTime(local.toLocalTime()).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
    }

    private static String show(OffsetDateTime t) {
        return t.atZoneSameInstant(WorkingDayCalendar.ZONE).format(SHOW);
    }

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static void requireStep(WorkPlan p, WorkPlanStatus expected, String what) {
        if (p.getStatus() != expected) {
            throw new KaoheException(
                    WorkPlanError.WRONG_STEP, p.getId(), p.getStatus().label(), what);
        }
    }

    private static YearMonth month(String text) {
        try {
            if (text == null) {
                throw new DateTimeParseException("null", "", 0);
            }
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new KaoheException(
                    WorkPlanError.INVALID, List.of(Problem.ofField("month", "月份格式为 2026-06")), "月份格式为 2026-06");
        }
    }

    private static String content(String text) {
        String c = text == null ? "" : text.strip();
        if (c.isEmpty()) {
            throw new KaoheException(
                    WorkPlanError.INVALID, List.of(Problem.ofField("content", "请填写本月工作安排")), "请填写本月工作安排");
        }
        if (c.length() > MAX_TEXT) {
            throw new KaoheException(
                    WorkPlanError.INVALID, List.of(Problem.ofField("content", "工作安排不超过 " + MAX_TEXT + " 字")), "工作安排过长");
        }
        return c;
    }
}
