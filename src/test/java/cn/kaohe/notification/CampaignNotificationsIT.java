package cn.kaohe.notification;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignAlerts;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.CampaignStatus;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.SchemeDocuments.Format;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.Tasks;
import cn.kaohe.workflow.DueSoonReminders;
import cn.kaohe.workflow.InboxTask;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The three in-app notifications of issue 16 on the real process, in a township of the test's own: the office is told
 * when the committee sends a campaign back (with the reason and a due date that the rework task carries), an open task
 * is reminded once before it is due unless its process reminds it itself, and every assessed cadre is told when the
 * public notice opens, until when.
 */
@IntegrationTest
class CampaignNotificationsIT {

    /** 作风纪律 40 + 工作实绩 60 rated by the supervising leader. */
    static final String SCHEME =
            """
            code: notify-it-%s
            name: 通知测试方案
            cycle: ANNUAL
            baseScore: 100
            categories:
              - {id: conduct, name: 作风纪律, source: BASE, points: 40}
              - id: work
                name: 工作实绩
                source: RATING
                points: 60
                ratingSets:
                  - components: [{raterGroup: SUPERVISING_LEADER, name: 分管领导, weight: 1}]
            """;

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    Notifications notifications;

    @Autowired
    DueSoonReminders dueSoon;

    @Autowired
    Tasks tasks;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    List<Notification> inbox(String recipient, NotificationKind kind, long campaignId) {
        return notifications.inbox(recipient).stream()
                .filter(n -> n.getKind() == kind && Long.valueOf(campaignId).equals(n.getCampaignId()))
                .toList();
    }

    /**
     * The sweep's reminders about this campaign's tasks (the sweep itself also reminds the tasks other tests left in the
     * shared database, so its count is not this test's).
     */
    int dueSoonReminders(long campaignId) {
        return jdbc.queryForObject(
                "select count(*) from notification where kind = 'REMINDER' and campaign_id = ? and title like ?",
                Integer.class,
                campaignId,
                "待办即将到期%");
    }

    @Test
    void sentBackDueSoonAndNoticeOpenedReachTheirPeopleOnce() {
        time.set("2026-11-02T09:00"); // a Monday
        SmallTown town = new SmallTown(org, cadres, "NTF");
        StoredScheme scheme = schemes.create(SCHEME.formatted(town.tag), Format.YAML, null);
        Campaign campaign = campaigns.open(new OpenCampaign(
                null,
                town.office,
                Cycle.ANNUAL,
                "2026",
                scheme.getId(),
                at("2026-11-04T18:00"),
                at("2026-11-06T18:00"),
                at("2026-11-10T18:00")));
        long id = campaign.getId();
        time.runDueJobs();

        // 12 hours before the self-evaluation is due: its own process timer reminds it, the sweep does not again
        time.set("2026-11-04T06:00");
        dueSoon.sweep();
        assertThat(dueSoonReminders(id)).isZero();

        for (InboxTask t : tasks.ofKind(id, "SELF_EVALUATION")) {
            tasks.complete(t, t.assignee(), "{\"summary\":\"全年工作按计划完成。\",\"scores\":{\"work\":90}}");
        }
        for (InboxTask t : tasks.ofKind(id, "RATING")) {
            tasks.complete(t, t.assignee(), "{\"action\":\"rate\",\"scores\":{\"work\":90},\"comment\":\"同意\"}");
        }
        time.runDueJobs();
        assertThat(campaigns.campaign(id).getStatus()).isEqualTo(CampaignStatus.COMMITTEE_REVIEW);

        // the committee sends it back on Friday 2026-11-06 in the morning, which counts as the first of its 3 working
        // days
        // (as a notice opened before noon): due at the end of Tuesday 11-10
        time.set("2026-11-06T10:00");
        InboxTask review = tasks.ofKind(id, "COMMITTEE_REVIEW").get(0);
        tasks.complete(review, "ntf-committee", "{\"approve\":false,\"reason\":\"陈干事的评分依据不足\"}", "committee");
        campaign = campaigns.campaign(id);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.REWORK);
        assertThat(campaign.getReworkReason()).isEqualTo("陈干事的评分依据不足");
        assertThat(campaign.getReworkDue()).isEqualTo(at("2026-11-11T00:00"));
        assertThat(inbox(CampaignAlerts.OFFICE, NotificationKind.RETURNED, id))
                .singleElement()
                .satisfies(n -> {
                    assertThat(n.getTitle()).contains("退回整改");
                    assertThat(n.getBody()).contains("陈干事的评分依据不足").contains("2026年11月11日 00:00");
                });
        InboxTask rework = tasks.ofKind(id, "REWORK").get(0);
        assertThat(rework.due()).isEqualTo(at("2026-11-11T00:00"));

        // due soon: 12 hours before, the office is reminded of the rework once, however often the sweep runs
        time.set("2026-11-10T12:00");
        dueSoon.sweep();
        assertThat(dueSoonReminders(id)).isEqualTo(1);
        dueSoon.sweep();
        assertThat(dueSoonReminders(id)).isEqualTo(1);
        assertThat(inbox(CampaignAlerts.OFFICE, NotificationKind.REMINDER, id))
                .singleElement()
                .satisfies(n -> assertThat(n.getTitle()).isEqualTo("待办即将到期：绩考办整改评分"));

        tasks.complete(rework, "it-office", "{\"note\":\"已补充评分依据\"}", "office");
        time.runDueJobs();
        assertThat(campaigns.campaign(id).getStatus()).isEqualTo(CampaignStatus.COMMITTEE_REVIEW);
        InboxTask again = tasks.ofKind(id, "COMMITTEE_REVIEW").get(0);
        tasks.complete(again, "ntf-committee", "{\"approve\":true}", "committee");
        campaign = campaigns.campaign(id);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.PUBLIC_NOTICE);

        // 公示开始: each assessed cadre, in the app only (no outbound copy per person)
        for (String login : List.of(town.clerkLogin, town.otherClerkLogin)) {
            assertThat(inbox(login, NotificationKind.NOTICE_OPENED, id))
                    .as(login)
                    .singleElement()
                    .satisfies(n -> assertThat(n.getTitle()).startsWith("公示开始：").contains("至 "));
        }
        assertThat(inbox(town.leaderLogin, NotificationKind.NOTICE_OPENED, id)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from notification_outbox where kind = 'NOTICE_OPENED'"
                                + " and notification_id is not null and campaign_id = ?",
                        Integer.class,
                        id))
                .isZero();
    }
}
