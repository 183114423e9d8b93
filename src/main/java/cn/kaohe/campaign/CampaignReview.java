package cn.kaohe.campaign;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.audit.CurrentActor;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.shared.KaoheException;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The committee's review (审议): it approves the ranked campaign or sends it back (退回整改), and the office's rework. */
@Service
public class CampaignReview {

    private final CampaignRows rows;
    private final NoticeCalendar noticeCalendar;
    private final Notifications notifications;
    private final AuditTrail audit;
    private final CurrentActor actor;
    private final Clock clock;

    CampaignReview(
            CampaignRows rows,
            NoticeCalendar noticeCalendar,
            Notifications notifications,
            AuditTrail audit,
            CurrentActor actor,
            Clock clock) {
        this.rows = rows;
        this.noticeCalendar = noticeCalendar;
        this.notifications = notifications;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** The committee approves the campaign or sends it back with a reason. */
    @Transactional
    public void decide(long campaignId, boolean approve, String reason) {
        Campaign campaign = rows.lock(campaignId);
        CampaignService.requireStatus(campaign, CampaignStatus.COMMITTEE_REVIEW, approve ? "审议通过" : "退回");
        if (approve && !CampaignRanking.ranked(campaign)) {
            throw new KaoheException(CampaignError.NOT_YET_RANKED);
        }
        if (!approve && (reason == null || reason.isBlank())) {
            throw new KaoheException(CampaignError.REASON_REQUIRED);
        }
        if (approve) {
            campaign.approved(actor.name(), OffsetDateTime.now(clock));
        } else {
            OffsetDateTime due = reworkDue();
            campaign.sentBack(reason.trim(), due);
            notifications.send(new Notifications.Message(
                    NotificationKind.RETURNED,
                    CampaignAlerts.OFFICE,
                    "考核批次被退回整改：" + campaign.getName(),
                    campaign.getName() + "被考核领导小组退回整改。退回理由：" + reason.trim() + "。请于 " + shown(due) + " 前完成整改并重新排名。",
                    campaignId,
                    null,
                    null));
        }
        audit.record(AuditEvent.changed(
                approve ? "CAMPAIGN_APPROVED" : "CAMPAIGN_SENT_BACK",
                "Campaign",
                campaignId,
                CampaignStatus.COMMITTEE_REVIEW.name(),
                approve ? "APPROVED" : CampaignStatus.REWORK.name(),
                reason));
    }

    /** 参数: working days the office has to correct a campaign the committee sent back (退回整改). */
    static final int REWORK_WORKING_DAYS = 3;

    /**
     * The end (24:00) of the {@link #REWORK_WORKING_DAYS}th working day from now; in a year without an official
     * holiday arrangement the same number of calendar days (the committee's decision is never blocked by the
     * calendar, and the office sees the date).
     */
    private OffsetDateTime reworkDue() {
        try {
            return noticeCalendar.window(clock.instant(), REWORK_WORKING_DAYS).end();
        } catch (KaoheException e) {
            return OffsetDateTime.now(clock).plusDays(REWORK_WORKING_DAYS);
        }
    }

    private static String shown(OffsetDateTime t) {
        return t.atZoneSameInstant(cn.kaohe.shared.KaoheZone.ZONE)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm"));
    }

    /** The office has made the corrections the committee asked for; the campaign is ranked again. */
    @Transactional
    public void reworkDone(long campaignId, String note) {
        Campaign campaign = rows.lock(campaignId);
        CampaignService.requireStatus(campaign, CampaignStatus.REWORK, "整改完成");
        campaign.moveTo(CampaignStatus.IN_PROGRESS);
        audit.record(AuditEvent.changed(
                "CAMPAIGN_REWORKED", "Campaign", campaignId, CampaignStatus.REWORK.name(), "RE_RANK", note));
    }
}
