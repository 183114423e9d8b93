package cn.kaohe.campaign;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** 公示 opened: the township hears of it with the window's start, length and end in Beijing time. */
class NoticeOpenedBroadcastTest {

    @Test
    void broadcastsTheNoticeWindowToTheCampaignsTownship() {
        CampaignService campaigns = mock(CampaignService.class);
        Notifications outbox = mock(Notifications.class);
        Campaign campaign = mock(Campaign.class);
        when(campaigns.campaign(7L)).thenReturn(campaign);
        when(campaign.getId()).thenReturn(7L);
        when(campaign.getUnitId()).thenReturn(3L);
        when(campaign.getName()).thenReturn("2026年3月考核");
        when(campaign.getNoticeWorkingDays()).thenReturn(3);
        when(campaign.getNoticeStart()).thenReturn(OffsetDateTime.parse("2026-03-02T01:00:00Z"));
        when(campaign.getNoticeEnd()).thenReturn(OffsetDateTime.parse("2026-03-05T01:00:00Z"));

        new NoticeOpenedBroadcast(campaigns, outbox).noticeOpened(new CampaignEvent.NoticeOpened(7L));

        verify(outbox)
                .broadcast(
                        eq(NotificationKind.NOTICE_OPENED),
                        eq(3L),
                        eq("考核结果公示：2026年3月考核"),
                        eq("2026年3月考核的考核结果自 2026-03-02 09:00 起公示 3 个工作日，至 2026-03-05 09:00 止。"
                                + "对公示结果有异议的，请在公示期内向绩考办反映。"),
                        eq(7L));
    }
}
