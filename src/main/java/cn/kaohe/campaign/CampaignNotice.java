package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public notice (公示), the wait for open appeals after it, and finalisation: every result locked and each cadre
 * told in writing (书面告知).
 */
@Service
public class CampaignNotice {

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final CampaignRows rows;
    private final CampaignScheme schemes;
    private final CampaignRoster roster;
    private final CampaignAppeals appeals;
    private final NoticeCalendar noticeCalendar;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    CampaignNotice(
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            CampaignRows rows,
            CampaignScheme schemes,
            CampaignRoster roster,
            CampaignAppeals appeals,
            NoticeCalendar noticeCalendar,
            Notifications notifications,
            AuditTrail audit,
            Clock clock,
            ApplicationEventPublisher events) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.rows = rows;
        this.schemes = schemes;
        this.roster = roster;
        this.appeals = appeals;
        this.noticeCalendar = noticeCalendar;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    /**
     * Opens the public notice (公示) of the scheme's number of working days from now; answers when it ends.
     * A year without an official holiday arrangement is an error shown to the office, never a guess.
     */
    @Transactional
    public OffsetDateTime openNotice(long campaignId) {
        Campaign campaign = rows.lock(campaignId);
        NoticeCalendar.Window window = noticeCalendar.window(
                clock.instant(),
                campaign.getNoticeWorkingDays(),
                schemes.noticeCutOff(campaign.getSchemeVersionId()).orElse(null));
        campaign.noticeOpened(window.start(), window.end());
        audit.record(AuditEvent.changed(
                "NOTICE_OPENED",
                "Campaign",
                campaignId,
                null,
                Map.of("start", window.start().toString(), "end", window.end().toString()),
                null));
        events.publishEvent(new CampaignEvent.NoticeOpened(campaignId));
        return window.end();
    }

    /** True while an appeal of the campaign is open (the campaign then waits before finalising). */
    @Transactional
    public boolean waitForAppeals(long campaignId) {
        // the campaign lock first, then the count: closing an appeal takes the same lock (lockForAppeals) before it
        // looks at the campaign, so either the close sees AWAITING_APPEALS or this count sees the appeal closed
        Campaign campaign = rows.lock(campaignId);
        boolean open = appeals.hasOpenAppeals(campaignId);
        if (open && campaign.getStatus() != CampaignStatus.AWAITING_APPEALS) {
            campaign.moveTo(CampaignStatus.AWAITING_APPEALS);
        }
        return open;
    }

    /**
     * The campaign locked until the caller's transaction ends, for a step that decides whether a waiting campaign
     * goes on (closing its last appeal). Same lock order as {@link #waitForAppeals}: campaign row, then appeals.
     */
    @Transactional
    public Campaign lockForAppeals(long campaignId) {
        return rows.lock(campaignId);
    }

    /** Campaigns waiting for appeals that have none open any more (the periodic re-check moves them on). */
    @Transactional(readOnly = true)
    public List<Long> waitingWithoutOpenAppeals() {
        return campaigns.findByStatus(CampaignStatus.AWAITING_APPEALS).stream()
                .map(Campaign::getId)
                .filter(id -> !appeals.hasOpenAppeals(id))
                .toList();
    }

    /** Locks every result, tells each cadre in writing (书面告知), archives the campaign. */
    @Transactional
    public void finalise(long campaignId) {
        Campaign campaign = rows.lock(campaignId);
        if (campaign.getStatus() == CampaignStatus.FINALISED) {
            return; // idempotent: a retried job must not notify twice
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (Assessment a : assessments.findByCampaignIdOrderByIdAsc(campaignId)) {
            a.lock();
            roster.loginName(a.getCadreId())
                    .ifPresent(login -> notifications.send(new Notifications.Message(
                            NotificationKind.RESULT,
                            login,
                            "考核结果通知：" + campaign.getName(),
                            "您在" + campaign.getName() + "中的考核结果：总分 " + display(a) + "，等次 "
                                    + (a.getGradeLabel() == null ? "—" : a.getGradeLabel())
                                    + "。如有异议，可在规定期限内提出申诉。",
                            campaignId,
                            a.getId(),
                            null)));
        }
        campaign.finalised(now);
        audit.record(AuditEvent.changed(
                "CAMPAIGN_FINALISED", "Campaign", campaignId, CampaignStatus.PUBLIC_NOTICE.name(), "FINALISED", null));
        events.publishEvent(new CampaignEvent.Finalised(campaignId));
    }

    private static String display(Assessment a) {
        return a.getTotal() == null
                ? "—"
                : a.getTotal().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }
}
