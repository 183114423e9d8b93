package cn.kaohe.campaign;

import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a public notice (公示) opens, every assessed cadre with a login gets a message in the app saying so and until
 * when it runs; written in the transaction that opens the notice. Cadres taken out of the ranking get none. In the app
 * only: the township's e-mail and robots get the one broadcast of {@code NoticeOpenedBroadcast}.
 */
@Component
class NoticeOpenedNotices {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final ZoneId ZONE = cn.kaohe.shared.KaoheZone.ZONE;

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final CampaignRoster roster;
    private final Notifications notifications;

    NoticeOpenedNotices(
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            CampaignRoster roster,
            Notifications notifications) {
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.roster = roster;
        this.notifications = notifications;
    }

    @EventListener
    void noticeOpened(CampaignEvent.NoticeOpened event) {
        Campaign c = campaigns.findById(event.campaignId()).orElseThrow();
        List<Assessment> assessed = assessments.findByCampaignIdOrderByIdAsc(c.getId()).stream()
                .filter(a -> a.getExcludedReason() == null)
                .toList();
        Map<Long, String> logins =
                roster.loginNames(assessed.stream().map(Assessment::getCadreId).toList());
        String body = c.getName() + "的考核结果自 " + time(c.getNoticeStart()) + " 起公示，至 " + time(c.getNoticeEnd())
                + " 止。请在“公示”页面查看；对结果有异议的，可在公示期内提出申诉。";
        List<Notifications.Message> messages = new ArrayList<>();
        for (Assessment a : assessed) {
            String login = logins.get(a.getCadreId());
            if (login != null) {
                messages.add(new Notifications.Message(
                        NotificationKind.NOTICE_OPENED,
                        login,
                        "公示开始：" + c.getName() + "（至 " + time(c.getNoticeEnd()) + "）",
                        body,
                        c.getId(),
                        a.getId(),
                        null));
            }
        }
        notifications.post(messages);
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "—" : t.atZoneSameInstant(ZONE).format(TIME);
    }
}
