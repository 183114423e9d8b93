package cn.kaohe.appeal;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignAlerts;
import cn.kaohe.campaign.CampaignAppeals;
import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.campaign.CampaignScheme;
import cn.kaohe.campaign.CampaignScheme.AppealRules;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.CampaignService.AppealImpact;
import cn.kaohe.campaign.CampaignService.Change;
import cn.kaohe.campaign.CampaignStatus;
import cn.kaohe.campaign.CampaignWorkflow;
import cn.kaohe.campaign.NoticeCalendar;
import cn.kaohe.campaign.StatutoryClock;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.KaoheZone;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appeals (申诉): filed by the cadre on their own result during the notice or within the window after
 * finalisation; forwarded by the office within 24 hours; decided by the committee within a week; an
 * adjustment re-ranks the campaign and goes back on public notice; never worse for the appellant.
 */
@Service
public class AppealService {

    static final int MAX_GROUNDS = 5000;
    static final Set<AppealStatus> OPEN = Set.of(AppealStatus.FILED, AppealStatus.FORWARDED, AppealStatus.RENOTICE);
    private static final DateTimeFormatter SHOW = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private final AppealRepository appeals;
    private final CampaignService campaigns;
    private final CampaignScheme schemes;
    private final CampaignRoster roster;
    private final CampaignWorkflow campaignWorkflow;
    private final AppealWorkflow workflow;
    private final NoticeCalendar noticeCalendar;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final ObjectMapper json;
    private final Clock clock;
    private final StatutoryClock statutoryClock;
    private final CampaignAppeals campaignAppeals;

    AppealService(
            AppealRepository appeals,
            CampaignService campaigns,
            CampaignScheme schemes,
            CampaignRoster roster,
            CampaignWorkflow campaignWorkflow,
            AppealWorkflow workflow,
            NoticeCalendar noticeCalendar,
            Notifications notifications,
            AuditTrail audit,
            CurrentActor actor,
            ObjectMapper json,
            Clock clock,
            StatutoryClock statutoryClock,
            CampaignAppeals campaignAppeals) {
        this.appeals = appeals;
        this.campaigns = campaigns;
        this.schemes = schemes;
        this.roster = roster;
        this.campaignWorkflow = campaignWorkflow;
        this.workflow = workflow;
        this.noticeCalendar = noticeCalendar;
        this.notifications = notifications;
        this.audit = audit;
        this.actor = actor;
        this.json = json;
        this.clock = clock;
        this.statutoryClock = statutoryClock;
        this.campaignAppeals = campaignAppeals;
    }

    /** A cadre's appeal: grounds, contested items (category ids, TOTAL or GRADE), attachment references. */
    public record FileAppeal(String grounds, List<String> items, String attachments) {}

    /** The committee's decision: outcome, written opinion, and for ADJUSTED the changes. */
    public record Decide(AppealOutcome outcome, String decision, List<Change> changes) {}

    @Transactional
    public Appeal file(long assessmentId, String user, FileAppeal request) {
        Assessment assessment = campaigns.assessment(assessmentId);
        if (!Objects.equals(roster.loginName(assessment.getCadreId()).orElse(null), user)) {
            throw new KaoheException(AppealError.NOT_YOUR_RESULT);
        }
        Campaign campaign = campaigns.campaign(assessment.getCampaignId());
        AppealRules rules = schemes.appealRules(campaign.getSchemeVersionId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        switch (campaign.getStatus()) {
            case PUBLIC_NOTICE, AWAITING_APPEALS -> {}
            case FINALISED -> {
                OffsetDateTime closes = campaign.getFinalisedAt().plusDays(rules.windowDays());
                if (now.isAfter(closes)) {
                    throw new KaoheException(AppealError.WINDOW_CLOSED, show(closes));
                }
            }
            default -> throw new KaoheException(AppealError.NOT_YET_OPEN);
        }
        String grounds = request.grounds() == null ? "" : request.grounds().strip();
        if (grounds.isEmpty()) {
            throw new KaoheException(AppealError.GROUNDS_REQUIRED);
        }
        if (grounds.codePointCount(0, grounds.length()) > MAX_GROUNDS) {
            throw new KaoheException(AppealError.GROUNDS_TOO_LONG, MAX_GROUNDS);
        }
        Set<String> items = new LinkedHashSet<>(request.items() == null ? List.of() : request.items());
        items.removeIf(i -> i == null || i.isBlank());
        if (items.isEmpty()) {
            throw new KaoheException(AppealError.ITEMS_REQUIRED);
        }
        Set<String> known = new HashSet<>(List.of("TOTAL", "GRADE"));
        known.addAll(schemes.categories(campaign.getSchemeVersionId()).keySet());
        for (String item : items) {
            if (!known.contains(item)) {
                throw new KaoheException(AppealError.UNKNOWN_ITEM, item);
            }
        }
        // one open appeal per cadre and campaign: further items go into it, not into a second appeal
        for (Appeal open : appeals.findByAssessmentIdAndStatusIn(assessmentId, OPEN)) {
            throw new KaoheException(AppealError.ALREADY_OPEN, open.getItems(), open.getId());
        }
        OffsetDateTime forwardDue = now.plus(Duration.ofHours(rules.forwardHours()));
        Appeal appeal;
        try {
            appeal = appeals.saveAndFlush(new Appeal(
                    campaign.getId(),
                    assessmentId,
                    user,
                    grounds,
                    String.join(",", items),
                    request.attachments(),
                    now,
                    forwardDue));
        } catch (DataIntegrityViolationException e) {
            // a double submit: the other request filed it a moment ago (unique index appeal_one_open, V14)
            throw new KaoheException(AppealError.ALREADY_OPEN, String.join(",", items), "—");
        }
        campaignAppeals.opened(assessmentId);
        audit.record(
                user,
                AuditEvent.created(
                        "APPEAL_FILED",
                        "Appeal",
                        appeal.getId(),
                        Map.of("assessmentId", assessmentId, "items", List.copyOf(items), "grounds", grounds),
                        null));
        tell(appeal, user, "申诉已受理", "您的申诉（编号 " + appeal.getId() + "）已受理，绩考办将于 " + show(forwardDue) + " 前转报考核领导小组。");
        notifications.send(new Notifications.Message(
                NotificationKind.APPEAL,
                CampaignAlerts.OFFICE,
                "新的申诉待转报",
                roster.cadreName(assessment.getCadreId()) + "对" + campaign.getName() + "的结果提出申诉，请于 " + show(forwardDue)
                        + " 前转报考核领导小组。",
                campaign.getId(),
                assessmentId,
                appeal.getId()));
        workflow.start(appeal.getId(), campaign.getId(), forwardDue.minusHours(4), forwardDue);
        return appeal;
    }

    /** The office forwards the appeal to the committee; answers the decision deadline. */
    @Transactional
    public OffsetDateTime forward(long appealId, String user, String note) {
        Appeal appeal = load(appealId);
        require(appeal, AppealStatus.FILED, "转报");
        Campaign campaign = campaigns.campaign(appeal.getCampaignId());
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime due =
                now.plusDays(schemes.appealRules(campaign.getSchemeVersionId()).decisionDays());
        appeal.forwarded(user, note, now, due);
        audit.record(
                user,
                AuditEvent.changed(
                        "APPEAL_FORWARDED",
                        "Appeal",
                        appealId,
                        AppealStatus.FILED.name(),
                        Map.of(
                                "status",
                                AppealStatus.FORWARDED.name(),
                                "decisionDue",
                                due.toString(),
                                "inTime",
                                appeal.forwardMet(now)),
                        note));
        tell(appeal, appeal.getAppellant(), "申诉已转报", "您的申诉已转报考核领导小组，将于 " + show(due) + " 前提出处理意见。");
        return due;
    }

    /** Reminds the office (forward) or the committee (decision) that the deadline is near. */
    @Transactional
    public void remind(long appealId, boolean forwardStep) {
        Appeal appeal = load(appealId);
        OffsetDateTime remindAt = forwardStep
                ? appeal.getForwardDue().minusHours(4)
                : appeal.getDecisionDue() == null
                        ? null
                        : appeal.getDecisionDue().minusDays(1);
        if (!statutoryClock.reached(remindAt, "Appeal", appealId, forwardStep ? "转报时限提醒" : "裁定时限提醒")) {
            return; // fired early: no reminder
        }
        if (forwardStep && appeal.getStatus() == AppealStatus.FILED) {
            notifications.send(new Notifications.Message(
                    NotificationKind.REMINDER,
                    CampaignAlerts.OFFICE,
                    "申诉即将超过转报时限",
                    "申诉（编号 " + appealId + "）须于 " + show(appeal.getForwardDue()) + " 前转报考核领导小组。",
                    appeal.getCampaignId(),
                    appeal.getAssessmentId(),
                    appealId));
        } else if (!forwardStep && appeal.getStatus() == AppealStatus.FORWARDED) {
            notifications.send(new Notifications.Message(
                    NotificationKind.REMINDER,
                    "group:committee",
                    "申诉即将超过裁定时限",
                    "申诉（编号 " + appealId + "）须于 " + show(appeal.getDecisionDue()) + " 前提出处理意见。",
                    appeal.getCampaignId(),
                    appeal.getAssessmentId(),
                    appealId));
        }
    }

    /** The forward deadline passed: the breach is recorded and the officer in charge is told. */
    @Transactional
    public void forwardOverdue(long appealId) {
        Appeal appeal = load(appealId);
        if (appeal.getStatus() != AppealStatus.FILED || appeal.isForwardEscalated()) {
            return;
        }
        if (!statutoryClock.reached(appeal.getForwardDue(), "Appeal", appealId, "申诉转报超时上报")) {
            return; // fired early: the 24 hours have not passed
        }
        appeal.forwardEscalated();
        String to = roster.assessmentLeadLogin().orElse(CampaignAlerts.OFFICE);
        notifications.send(new Notifications.Message(
                NotificationKind.ESCALATION,
                to,
                "申诉转报超时",
                "申诉（编号 " + appealId + "）未在 " + show(appeal.getForwardDue()) + " 前转报考核领导小组，请督办。",
                appeal.getCampaignId(),
                appeal.getAssessmentId(),
                appealId));
        audit.record(
                "system",
                AuditEvent.changed(
                        "APPEAL_FORWARD_OVERDUE", "Appeal", appealId, null, Map.of("escalatedTo", to), "超过24小时未转报"));
    }

    /** The decision deadline passed: the breach is recorded and the committee head is told. */
    @Transactional
    public void decisionOverdue(long appealId) {
        Appeal appeal = load(appealId);
        if (appeal.getStatus() != AppealStatus.FORWARDED || appeal.isDecisionEscalated()) {
            return;
        }
        if (!statutoryClock.reached(appeal.getDecisionDue(), "Appeal", appealId, "申诉裁定超时上报")) {
            return; // fired early: the week has not passed
        }
        appeal.decisionEscalated();
        String to = roster.committeeHeadLogin().orElse("group:committee");
        notifications.send(new Notifications.Message(
                NotificationKind.ESCALATION,
                to,
                "申诉裁定超时",
                "申诉（编号 " + appealId + "）未在 " + show(appeal.getDecisionDue()) + " 前提出处理意见，请督办。",
                appeal.getCampaignId(),
                appeal.getAssessmentId(),
                appealId));
        audit.record(
                "system",
                AuditEvent.changed(
                        "APPEAL_DECISION_OVERDUE", "Appeal", appealId, null, Map.of("escalatedTo", to), "超过一星期未裁定"));
    }

    /** The committee decides; an adjustment re-ranks the campaign. Answers whether the result changed. */
    @Transactional
    public boolean decide(long appealId, String user, Decide request) {
        Appeal appeal = load(appealId);
        require(appeal, AppealStatus.FORWARDED, "裁定");
        String decision = request.decision() == null ? "" : request.decision().strip();
        if (decision.isEmpty() || request.outcome() == null) {
            throw new KaoheException(AppealError.DECISION_REQUIRED);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String changes = null;
        String others = null;
        if (request.outcome() == AppealOutcome.ADJUSTED) {
            if (request.changes() == null || request.changes().isEmpty()) {
                throw new KaoheException(AppealError.CHANGES_REQUIRED);
            }
            Campaign campaign = campaigns.campaign(appeal.getCampaignId());
            AppealImpact impact = campaigns.applyAppealAdjustments(
                    appeal.getAssessmentId(),
                    request.changes(),
                    decision,
                    appealId,
                    schemes.gradeOrder(campaign.getSchemeVersionId()));
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("changes", request.changes());
            c.put("before", impact.before());
            c.put("after", impact.after());
            changes = write(c);
            others = write(impact.othersChanged());
            for (Map<String, Object> o : impact.othersChanged()) {
                roster.loginName(((Number) o.get("cadreId")).longValue())
                        .ifPresent(login -> notifications.send(new Notifications.Message(
                                NotificationKind.RESULT,
                                login,
                                "考核结果因重新排名而变动",
                                "因申诉调整后重新排名，您在" + campaign.getName() + "中的结果有变动，变动结果将重新公示。",
                                campaign.getId(),
                                ((Number) o.get("assessmentId")).longValue(),
                                appealId)));
            }
        }
        appeal.decided(request.outcome(), decision, changes, others, user, now);
        audit.record(
                user,
                AuditEvent.changed(
                        "APPEAL_DECIDED",
                        "Appeal",
                        appealId,
                        AppealStatus.FORWARDED.name(),
                        Map.of("outcome", request.outcome().name(), "inTime", appeal.decisionMet(now)),
                        decision));
        tell(appeal, appeal.getAppellant(), "申诉处理意见：" + request.outcome().label(), decision);
        return request.outcome() == AppealOutcome.ADJUSTED;
    }

    /** Puts the changed results on public notice again; answers when the new notice ends. */
    @Transactional
    public OffsetDateTime openRenotice(long appealId) {
        Appeal appeal = load(appealId);
        Campaign campaign = campaigns.campaign(appeal.getCampaignId());
        NoticeCalendar.Window w = noticeCalendar.window(
                clock.instant(),
                campaign.getNoticeWorkingDays(),
                schemes.noticeCutOff(campaign.getSchemeVersionId()).orElse(null));
        appeal.renotice(w.start(), w.end());
        audit.record(
                "system",
                AuditEvent.changed(
                        "APPEAL_RENOTICE_OPENED",
                        "Appeal",
                        appealId,
                        null,
                        Map.of("start", w.start().toString(), "end", w.end().toString()),
                        null));
        tell(
                appeal,
                appeal.getAppellant(),
                "调整结果重新公示",
                "调整后的结果自 " + show(w.start()) + " 起公示，至 " + show(w.end()) + " 止。");
        return w.end();
    }

    /** True once the re-notice after an adjustment has run its full length; an early timer waits again. */
    @Transactional
    public boolean renoticeEnded(long appealId) {
        return statutoryClock.reached(load(appealId).getRenoticeEnd(), "Appeal", appealId, "重新公示期满");
    }

    /** Closes the appeal; the campaign, if it was waiting for its appeals, goes on. */
    @Transactional
    public void close(long appealId) {
        Appeal appeal = load(appealId);
        if (appeal.getStatus() == AppealStatus.CLOSED) {
            return;
        }
        appeal.closed(OffsetDateTime.now(clock));
        campaignAppeals.closed(appeal.getAssessmentId());
        audit.record("system", AuditEvent.changed("APPEAL_CLOSED", "Appeal", appealId, null, "CLOSED", null));
        // locked: the campaign's wait takes the same lock before counting open appeals (ADR 0010)
        Campaign campaign = campaigns.lockForAppeals(appeal.getCampaignId());
        if (campaign.getStatus() == CampaignStatus.AWAITING_APPEALS
                && appeals.countByCampaignIdAndStatusIn(campaign.getId(), OPEN) == 0) {
            appeals.flush();
            campaignWorkflow.appealsClosed(campaign.getId());
        }
    }

    @Transactional(readOnly = true)
    public Appeal appeal(long id) {
        return load(id);
    }

    @Transactional(readOnly = true)
    public List<Appeal> register(Long campaignId) {
        return campaignId == null ? appeals.findAllByOrderByIdDesc() : appeals.findByCampaignIdOrderByIdAsc(campaignId);
    }

    @Transactional(readOnly = true)
    public List<Appeal> mine(String user) {
        return appeals.findByAppellantOrderByIdDesc(user);
    }

    private Appeal load(long id) {
        return appeals.findById(id).orElseThrow(() -> KaoheException.notFound("申诉", id));
    }

    private static void require(Appeal appeal, AppealStatus expected, String action) {
        if (appeal.getStatus() != expected) {
            throw new KaoheException(AppealError.WRONG_STEP, appeal.getStatus().label(), action);
        }
    }

    private void tell(Appeal appeal, String to, String title, String body) {
        notifications.send(new Notifications.Message(
                NotificationKind.APPEAL,
                to,
                title,
                body,
                appeal.getCampaignId(),
                appeal.getAssessmentId(),
                appeal.getId()));
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String show(OffsetDateTime t) {
        return t.atZoneSameInstant(clock.getZone() == null ? KaoheZone.ZONE : clock.getZone())
                .format(SHOW);
    }
}
