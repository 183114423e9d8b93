package cn.kaohe.leave;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.calendar.HolidayCalendarService;
import cn.kaohe.campaign.AssessmentLookups;
import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.campaign.StatutoryClock;
import cn.kaohe.ledger.LedgerEntry;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.ledger.RecordFact;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.OrgLookups;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scoring.model.Approvals;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import cn.kaohe.shared.WorkingDayCalendar;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leave requests (请销假, seed 001 篇四 一(三)): a cadre asks, the approver {@link LeaveRules#approver} names decides in
 * the leave process within {@value #DECISION_WORKING_DAYS} working day (escalated once to the 主要领导 when it passes),
 * the office consents from {@value LeaveRules#OFFICE_CONSENT_FROM_DAYS} days on, 销假 records the days taken in the
 * ledger. Every change is audited; bad input changes nothing.
 */
@Service
public class LeaveService {

    /** 参数: the approver decides within one working day (the seed sets no deadline; 因急事假条后补). */
    static final int DECISION_WORKING_DAYS = 1;

    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final String OFFICE = "group:office";
    private static final EnumSet<LeaveStatus> HOLDING =
            EnumSet.of(LeaveStatus.SUBMITTED, LeaveStatus.AWAITING_OFFICE, LeaveStatus.APPROVED, LeaveStatus.RETURNED);

    private final LeaveRequestRepository requests;
    private final LeaveWorkflow workflow;
    private final OrgService org;
    private final CampaignRoster roster;
    private final HolidayCalendarService calendar;
    private final LedgerService ledger;
    private final StatutoryClock statutoryClock;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final OrgLookups people;
    private final AssessmentLookups assessments;
    private final SchemeCatalog schemes;
    private final Clock clock;

    LeaveService(
            LeaveRequestRepository requests,
            LeaveWorkflow workflow,
            OrgService org,
            CampaignRoster roster,
            HolidayCalendarService calendar,
            LedgerService ledger,
            StatutoryClock statutoryClock,
            Notifications notifications,
            AuditTrail audit,
            OrgLookups people,
            AssessmentLookups assessments,
            SchemeCatalog schemes,
            Clock clock) {
        this.schemes = schemes;
        this.requests = requests;
        this.workflow = workflow;
        this.org = org;
        this.roster = roster;
        this.calendar = calendar;
        this.ledger = ledger;
        this.statutoryClock = statutoryClock;
        this.notifications = notifications;
        this.audit = audit;
        this.people = people;
        this.assessments = assessments;
        this.clock = clock;
    }

    /** Who acts: the login, their cadre (if any) and whether they act for the office (办公室 / 绩考办). */
    public record Actor(String login, Long cadreId, boolean office) {}

    /** A request: the office may file a cadre's written request (书面请假) for them with {@code cadreId}. */
    public record Ask(Long cadreId, LeaveType type, LocalDate from, LocalDate to, String reason) {}

    /** The office confirms an unreported absence as 旷工 (seed 001 篇四 一(三) 凡不报办公室备案和无故不假者，作为旷工处理). */
    public record ConfirmAbsence(Long cadreId, LocalDate from, LocalDate to, String reason) {}

    @Transactional(readOnly = true)
    public LeaveRequest request(long id) {
        return requests.findById(id).orElseThrow(() -> KaoheException.notFound("请假申请", id));
    }

    @Transactional(readOnly = true)
    public List<LeaveRequest> ofCadre(long cadreId) {
        return requests.findByCadreIdOrderByFromDesc(cadreId);
    }

    @Transactional(readOnly = true)
    public List<LeaveRequest> toApprove(String login) {
        return requests.findByApproverLoginOrderByIdDesc(login);
    }

    @Transactional(readOnly = true)
    public List<LeaveRequest> latest() {
        return requests.findTop200ByOrderByIdDesc();
    }

    /**
     * A cadre asks for leave: the working days between the dates (holiday calendar), no overlap with their other
     * requests, not in a finalised campaign's period; the approval process starts with the approver and deadline.
     */
    @Transactional
    public LeaveRequest ask(Ask ask, Actor actor) {
        long cadreId = cadreOf(ask.cadreId(), actor);
        WorkingDayCalendar days = calendar.calendar();
        LeaveRules.Asked asked = new LeaveRules.Asked(ask.type(), ask.from(), ask.to(), ask.reason());
        int count = LeaveRules.days(asked, days);
        // one cadre's requests are checked and stored one at a time: two overlapping requests at once cannot both pass
        if (!people.lockCadre(cadreId)) {
            throw KaoheException.invalid(List.of(Problem.ofField("cadreId", "干部不存在：" + cadreId)));
        }
        requests.overlapping(cadreId, ask.from(), ask.to(), HOLDING).stream()
                .findFirst()
                .ifPresent(other -> {
                    throw new KaoheException(
                            LeaveError.OVERLAPPING,
                            List.of(Problem.ofField("from", "与请假申请（编号 " + other.getId() + "）重叠")),
                            other.getFrom(),
                            other.getTo(),
                            other.getId());
                });
        closedPeriod(cadreId, ask.from(), ask.to()).ifPresent(label -> {
            throw new KaoheException(
                    LeaveError.PERIOD_CLOSED,
                    List.of(Problem.ofField("from", "所在考核周期已定档归档")),
                    ask.from(),
                    ask.to(),
                    label);
        });
        Approvals.LeaveConsent rules = schemes.approvalsOf(cadreId).leave();
        Approver approver = approverOf(cadreId, count, rules);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime due = decisionDue(now, days);
        int consentFrom = rules.officeConsentFromDays();
        LeaveRequest r = requests.saveAndFlush(new LeaveRequest(
                cadreId,
                asked,
                count,
                approver.id(),
                approver.login(),
                approver.role(),
                actor.login(),
                now,
                due,
                consentFrom));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("cadreId", cadreId);
        after.put("type", r.getType().name());
        after.put("from", r.getFrom().toString());
        after.put("to", r.getTo().toString());
        after.put("days", count);
        after.put("approver", approver.role().name() + ":" + (approver.login() == null ? "office" : approver.login()));
        audit.record(
                actor.login(), AuditEvent.created("LEAVE_REQUESTED", "LeaveRequest", r.getId(), after, r.getReason()));
        notifications.send(new Notifications.Message(
                NotificationKind.REMINDER,
                approver.login() == null ? OFFICE : approver.login(),
                "请假申请待审批",
                roster.cadreName(cadreId) + "申请" + r.getType().label() + " " + r.getFrom() + " 至 " + r.getTo() + "（"
                        + count + " 个工作日，编号 " + r.getId() + "），请于 " + show(due) + " 前审批。",
                null,
                null,
                null));
        workflow.start(r.getId(), approver.login(), due, r.needsOfficeConsent());
        return r;
    }

    /** The approver (or the office) decides through the task inbox, or this method's REST twin (the same task). */
    @Transactional
    public void decideThroughTask(long id, String user, Collection<String> groups, Boolean approve, String note) {
        request(id);
        workflow.decide(id, user, groups, approve, note);
    }

    /** The approver's decision, recorded when their task completes; answers whether the request was approved. */
    @Transactional
    public boolean decide(long id, String user, Boolean approve, String note) {
        LeaveRequest r = request(id);
        requireStep(r, LeaveStatus.SUBMITTED, "审批");
        String text = decisionText(approve, note);
        LeaveStatus before = r.getStatus();
        r.decide(approve, user, text, OffsetDateTime.now(clock));
        requests.saveAndFlush(r);
        recorded(r, user, before, approve ? "LEAVE_APPROVED" : "LEAVE_REFUSED", text);
        return approve;
    }

    /** The office's consent to a request of 2 days or more (seed 001 篇四 一(三) 必须书面经办公室主任和分管领导同意). */
    @Transactional
    public boolean consent(long id, String user, Boolean approve, String note) {
        LeaveRequest r = request(id);
        requireStep(r, LeaveStatus.AWAITING_OFFICE, "审核");
        String text = decisionText(approve, note);
        r.consent(approve, user, text);
        requests.saveAndFlush(r);
        recorded(r, user, LeaveStatus.AWAITING_OFFICE, approve ? "LEAVE_CONSENTED" : "LEAVE_NOT_CONSENTED", text);
        return approve;
    }

    /**
     * 销假: the cadre (or the office) reports back at work today; the working days taken are recorded in the ledger as
     * the type's fact (病事假 {@code LEAVE_DAYS}, which scores nothing unless a scheme says so) and the process ends.
     */
    @Transactional
    public LeaveRequest returnFromLeave(long id, Actor actor) {
        LeaveRequest r = request(id);
        if (!actor.office() && (actor.cadreId() == null || !actor.cadreId().equals(r.getCadreId()))) {
            throw new KaoheException(LeaveError.NOT_YOUR_REQUEST);
        }
        requireStep(r, LeaveStatus.APPROVED, "销假");
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        if (today.isBefore(r.getFrom())) {
            throw new KaoheException(LeaveError.NOT_STARTED, r.getFrom());
        }
        int taken = LeaveRules.daysTaken(r.getFrom(), r.getTo(), today, calendar.calendar());
        Long entry = null;
        String factType = r.getType().factType();
        if (taken > 0 && factType != null && ledger.factTypes().containsKey(factType)) {
            LedgerEntry e = ledger.record(new RecordFact(
                    factType,
                    null,
                    r.getFrom(),
                    r.getCadreId(),
                    null,
                    BigDecimal.valueOf(taken),
                    null,
                    null,
                    null,
                    null,
                    r.getType().label() + "（请假申请编号 " + r.getId() + "，" + r.getFrom() + " 至 " + r.getTo() + "）",
                    "请假申请 " + r.getId() + " 经批准并销假",
                    null));
            entry = e.getId();
        }
        r.returned(today, actor.login(), taken, entry);
        requests.saveAndFlush(r);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", r.getStatus().name());
        after.put("returnedOn", today.toString());
        after.put("daysTaken", taken);
        after.put("ledgerEntryId", entry);
        audit.record(
                actor.login(),
                AuditEvent.changed("LEAVE_RETURNED", "LeaveRequest", id, LeaveStatus.APPROVED.name(), after, "销假"));
        workflow.returned(id);
        return r;
    }

    /** The approver's deadline passed undecided: recorded once and escalated to the 主要领导 (or the office). */
    @Transactional
    public void decisionOverdue(long id) {
        LeaveRequest r = request(id);
        if (r.getStatus() != LeaveStatus.SUBMITTED || r.isDecisionEscalated()) {
            return;
        }
        if (!statutoryClock.reached(r.getDecisionDue(), "LeaveRequest", id, "请假审批超时上报")) {
            return;
        }
        r.escalated();
        requests.saveAndFlush(r);
        String to = roster.committeeHeadLogin().orElse(OFFICE);
        notifications.send(new Notifications.Message(
                NotificationKind.ESCALATION,
                to,
                "请假审批超时",
                roster.cadreName(r.getCadreId()) + "的请假申请（编号 " + id + "）未在 " + show(r.getDecisionDue()) + " 前审批，请督办。",
                null,
                null,
                null));
        audit.record(
                "system",
                AuditEvent.changed(
                        "LEAVE_DECISION_OVERDUE", "LeaveRequest", id, null, Map.of("escalatedTo", to), "超过审批期限未审批"));
    }

    /**
     * The office confirms an absence nobody asked leave for as 旷工 (seed 001 篇四 一(三) 凡不报办公室备案和无故不假者，
     * 作为旷工处理): the ledger's {@code ABSENCE_DAYS} for the working days, refused (LEAVE-009) where a request holds
     * those days.
     */
    @Transactional
    public LedgerEntry confirmAbsence(ConfirmAbsence c, String user) {
        if (c.cadreId() == null) {
            throw KaoheException.invalid(List.of(Problem.ofField("cadreId", "请选择干部")));
        }
        LocalDate to = c.to() == null ? c.from() : c.to();
        LeaveRules.Asked asked = new LeaveRules.Asked(LeaveType.PERSONAL, c.from(), to, c.reason());
        int count = LeaveRules.days(asked, calendar.calendar());
        requests.overlapping(c.cadreId(), c.from(), to, HOLDING).stream()
                .findFirst()
                .ifPresent(r -> {
                    throw new KaoheException(
                            LeaveError.ON_LEAVE,
                            List.of(Problem.ofField("from", "有请假申请（编号 " + r.getId() + "）")),
                            roster.cadreName(c.cadreId()),
                            r.getFrom() + " 至 " + r.getTo(),
                            r.getId());
                });
        return ledger.record(new RecordFact(
                "ABSENCE_DAYS",
                null,
                c.from(),
                c.cadreId(),
                null,
                BigDecimal.valueOf(count),
                null,
                null,
                null,
                null,
                "未请假或未报办公室备案，按旷工处理（" + c.from() + " 至 " + to + "）：" + c.reason().strip(),
                "办公室认定（" + user + "）",
                null));
    }

    private record Approver(Long id, String login, ApproverRole role) {}

    /**
     * The approver the scheme's rules name by rank and days (seeds: the 分管领导, a leadership member's: the 主要领导), as a
     * login; the office when the named leader has no login (or is the requester).
     */
    private Approver approverOf(long cadreId, int days, Approvals.LeaveConsent rules) {
        boolean leadership = people.isLeadershipMember(cadreId);
        Approver office = new Approver(null, null, ApproverRole.OFFICE);
        return switch (LeaveRules.approver(rules, leadership, days)) {
            case PRINCIPAL_LEADER ->
                roster.committeeHeadLogin()
                        .filter(l -> !l.equals(roster.loginName(cadreId).orElse(null)))
                        .map(login -> new Approver(
                                roster.cadreIdOfLogin(login).orElse(null), login, ApproverRole.PRINCIPAL_LEADER))
                        .orElse(office);
            case SUPERVISING_LEADER ->
                org.supervisingLeaderWithLogin(cadreId)
                        .map(l -> new Approver(l.cadreId(), l.login(), ApproverRole.SUPERVISING_LEADER))
                        .orElse(office);
            case OFFICE -> office;
        };
    }

    private long cadreOf(Long asked, Actor actor) {
        if (asked != null && !asked.equals(actor.cadreId())) {
            if (!actor.office()) {
                throw new KaoheException(LeaveError.NOT_YOUR_REQUEST);
            }
            return asked;
        }
        if (actor.cadreId() == null) {
            throw new KaoheException(LeaveError.NO_CADRE, List.of(Problem.ofField("cadreId", "必填")));
        }
        return actor.cadreId();
    }

    /** The label of a finalised campaign that assessed the cadre over any of the days, if any. */
    private Optional<String> closedPeriod(long cadreId, LocalDate from, LocalDate to) {
        return assessments.finalisedPeriodCovering(cadreId, from, to);
    }

    private OffsetDateTime decisionDue(OffsetDateTime now, WorkingDayCalendar days) {
        var local = now.atZoneSameInstant(WorkingDayCalendar.ZONE);
        LocalDate date = days.addWorkingDays(local.toLocalDate(), DECISION_WORKING_DAYS);
        return date.atTime(local.toLocalTime()).atZone(WorkingDayCalendar.ZONE).toOffsetDateTime();
    }

    private static void requireStep(LeaveRequest r, LeaveStatus expected, String what) {
        if (r.getStatus() != expected) {
            throw new KaoheException(
                    LeaveError.WRONG_STEP, r.getId(), r.getStatus().label(), what);
        }
    }

    private static String decisionText(Boolean approve, String note) {
        if (approve == null) {
            throw new KaoheException(
                    LeaveError.INVALID_REQUEST,
                    List.of(Problem.ofField("approve", "请选择同意（true）或不同意（false）")),
                    "请选择同意或不同意");
        }
        String text = note == null ? null : note.strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (!approve && text == null) {
            throw new KaoheException(LeaveError.REFUSAL_REASON_REQUIRED, List.of(Problem.ofField("note", "必填")));
        }
        if (text != null && text.length() > LeaveRules.MAX_TEXT) {
            throw new KaoheException(
                    LeaveError.INVALID_REQUEST,
                    List.of(Problem.ofField("note", "审批意见不超过 " + LeaveRules.MAX_TEXT + " 字")),
                    "审批意见过长");
        }
        return text;
    }

    private void recorded(LeaveRequest r, String user, LeaveStatus before, String action, String text) {
        audit.record(
                user,
                AuditEvent.changed(
                        action,
                        "LeaveRequest",
                        r.getId(),
                        before.name(),
                        r.getStatus().name(),
                        text));
        if (r.getStatus() == LeaveStatus.AWAITING_OFFICE) {
            notifications.send(new Notifications.Message(
                    NotificationKind.REMINDER,
                    OFFICE,
                    "请假申请待办公室审核",
                    roster.cadreName(r.getCadreId()) + "的请假申请（编号 " + r.getId() + "，" + r.getDays()
                            + " 个工作日）分管领导已同意，请办公室主任审核。",
                    null,
                    null,
                    null));
            return;
        }
        notifications.send(new Notifications.Message(
                NotificationKind.RESULT,
                r.getRequestedBy(),
                r.getStatus() == LeaveStatus.APPROVED ? "请假申请已批准" : "请假申请未批准",
                "您的请假申请（编号 " + r.getId() + "）" + r.getStatus().label() + (text == null ? "。" : "：" + text),
                null,
                null,
                null));
    }

    private static String show(OffsetDateTime t) {
        return t.atZoneSameInstant(WorkingDayCalendar.ZONE).format(SHOW);
    }
}
