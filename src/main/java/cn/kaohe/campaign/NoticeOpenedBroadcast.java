package cn.kaohe.campaign;

import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.shared.KaoheZone;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the township that results are on public notice (公示): written to the notification outbox in the transaction that opened
 * the notice, so it goes out exactly when that commits.
 */
@Component
class NoticeOpenedBroadcast {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final ZoneId ZONE = KaoheZone.ZONE;

    private final CampaignService campaigns;
    private final Notifications notifications;

    NoticeOpenedBroadcast(CampaignService campaigns, Notifications notifications) {
        this.campaigns = campaigns;
        this.notifications = notifications;
    }

    @EventListener
    void noticeOpened(CampaignEvent.NoticeOpened event) {
        Campaign c = campaigns.campaign(event.campaignId());
        notifications.broadcast(
                NotificationKind.NOTICE_OPENED,
                c.getUnitId(),
                "考核结果公示：" + c.getName(),
                c.getName() + "的考核结果自 " + time(c.getNoticeStart()) + " 起公示 " + c.getNoticeWorkingDays() + " 个工作日，至 "
                        + time(c.getNoticeEnd()) + " 止。对公示结果有异议的，请在公示期内向绩考办反映。",
                c.getId());
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "—" : t.atZoneSameInstant(ZONE).format(TIME);
    }
}
