package cn.kaohe.campaign;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditTrail;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.ledger.RecordFact;
import cn.kaohe.notification.Notification;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.Tasks;
import cn.kaohe.workflow.InboxTask;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A monthly campaign under the seed 003 preset (拜城县, A–D by rank with quotas): a rating left undone is
 * reminded 24 hours before its due date and escalated to the office once when it passes; the quota grades
 * and the C/D triggers follow the seed.
 */
@IntegrationTest
class MonthlyCampaignIT {

    @Autowired
    DemoTownship demo;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    GroupRatings groupRatings;

    @Autowired
    GroupRatingRepository groupRatingRows;

    @Autowired
    LedgerService ledger;

    @Autowired
    Notifications notifications;

    @Autowired
    AuditTrail audit;

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

    @Test
    void anOverdueRatingIsRemindedThenEscalatedOnceAndTheQuotasHold() {
        time.set("2026-10-26T09:00");
        demo.load();
        long township = jdbc.queryForObject("select id from org_unit where code = 'DLG'", Long.class);
        StoredScheme scheme = schemes.importPreset("baicheng-monthly", null);
        long late = jdbc.queryForObject("select id from cadre where code = 'DLG-0105'", Long.class);
        // seed 003 四5: 迟到（早退）5次以上 → at most C
        ledger.record(new RecordFact(
                "LATE_OR_EARLY",
                null,
                LocalDate.of(2026, 10, 9),
                late,
                null,
                BigDecimal.valueOf(6),
                null,
                null,
                null,
                null,
                "考勤通报",
                "10月考勤",
                null));

        Campaign campaign = campaigns.open(new OpenCampaign(
                null,
                township,
                Cycle.MONTHLY,
                "2026-10",
                scheme.getId(),
                at("2026-10-28T18:00"),
                at("2026-10-30T18:00"),
                at("2026-11-04T18:00")));
        time.runDueJobs();
        campaign = campaigns.campaign(campaign.getId());
        int n = campaign.getCadreCount();

        // the 考核组 (TOWNSHIP_GROUP) rates everybody; station staff also get their 上级主管单位's rating (30%)
        List<GroupRatings.Entry> sheet = new ArrayList<>();
        int i = 0;
        for (Assessment a : campaigns.assessments(campaign.getId())) {
            BigDecimal score = BigDecimal.valueOf(60 + (i++ * 37 % 40));
            sheet.add(new GroupRatings.Entry(a.getCadreId(), "TOWNSHIP_GROUP", "performance", score, null, null));
            sheet.add(new GroupRatings.Entry(a.getCadreId(), "SUPERIOR_AUTHORITY", "performance", score, null, null));
        }
        groupRatings.enter(campaign.getId(), sheet, "10月业绩考核评分表");
        for (Assessment a : campaigns.assessments(campaign.getId())) {
            // one assessment's score after a step reads its cadre's group ratings with plain SQL: the same ratings
            // the repository gives, field by field
            List<GroupRating> one = EngineScorer.groupRatingsOfOne(jdbc, campaign.getId(), a.getCadreId());
            List<GroupRating> viaJpa = groupRatingRows.findByCampaignIdOrderByIdAsc(campaign.getId()).stream()
                    .filter(g -> g.getCadreId().equals(a.getCadreId()))
                    .toList();
            assertThat(one).hasSize(2).hasSameSizeAs(viaJpa);
            for (int k = 0; k < one.size(); k++) {
                assertThat(one.get(k)).usingRecursiveComparison().isEqualTo(viaJpa.get(k));
            }
        }

        for (InboxTask t : tasks.ofKind(campaign.getId(), "SELF_EVALUATION")) {
            tasks.complete(t, t.assignee(), "{\"summary\":\"10月工作按计划完成。\"}");
        }
        List<InboxTask> ratings = tasks.ofKind(campaign.getId(), "RATING");
        InboxTask leftOpen = ratings.get(0);
        for (InboxTask t : ratings.subList(1, ratings.size())) {
            tasks.complete(t, t.assignee(), "{\"action\":\"rate\",\"comment\":\"同意\"}");
        }

        time.set("2026-10-29T18:30"); // 24 hours before the rating is due
        time.runDueJobs();
        assertThat(notificationsOf(leftOpen.assignee(), NotificationKind.REMINDER, leftOpen.assessmentId()))
                .hasSize(1);
        assertThat(escalations(leftOpen.assessmentId())).isEmpty();

        time.set("2026-10-30T18:30"); // past the due date
        time.runDueJobs();
        assertThat(escalations(leftOpen.assessmentId())).hasSize(1);
        assertThat(tasks.of(leftOpen.assignee()))
                .filteredOn(t -> t.id().equals(leftOpen.id()))
                .singleElement()
                .satisfies(t -> assertThat(t.overdue()).isTrue());
        assertThat(notifications.inbox(CampaignAlerts.OFFICE))
                .anySatisfy(x -> assertThat(x.getTitle()).isEqualTo("评分阶段已逾期"));

        time.advance(Duration.ofDays(3));
        time.runDueJobs();
        assertThat(escalations(leftOpen.assessmentId()))
                .as("timers fire exactly once")
                .hasSize(1);
        assertThat(audit.history("Assessment", String.valueOf(leftOpen.assessmentId())))
                .filteredOn(r -> r.getAction().equals("STEP_ESCALATED"))
                .hasSize(1);

        tasks.complete(leftOpen, leftOpen.assignee(), "{\"action\":\"rate\",\"comment\":\"逾期补评\"}");
        time.runDueJobs();
        campaign = campaigns.campaign(campaign.getId());
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.COMMITTEE_REVIEW);

        List<Assessment> results = campaigns.assessments(campaign.getId());
        Map<String, Long> grades =
                results.stream().collect(Collectors.groupingBy(Assessment::getGrade, Collectors.counting()));
        // seed 003 四: A等比例不高于10%，D等比例不低于10%
        assertThat(grades.getOrDefault("A", 0L)).isLessThanOrEqualTo((long) Math.floor(n * 0.10));
        assertThat(grades.getOrDefault("D", 0L)).isGreaterThanOrEqualTo((long) Math.ceil(n * 0.10));
        assertThat(grades.keySet()).containsAnyOf("B");
        Assessment lateOne =
                results.stream().filter(a -> a.getCadreId() == late).findFirst().orElseThrow();
        assertThat(lateOne.getGrade()).isIn("C", "D"); // seed 003 四5
        assertThat(lateOne.getResult()).contains("迟到（早退）5次以上");
        // seed 003 五: 在编干部 A 260 / B 130 per month, C and D nothing; 社区聘用干部 200
        results.forEach(a -> {
            String staffType =
                    jdbc.queryForObject("select staff_type from cadre where id = ?", String.class, a.getCadreId());
            if ("A".equals(a.getGrade()) && staffType.equals("ESTABLISHED")) {
                assertThat(a.getPay()).isEqualByComparingTo("260");
            }
            if ("B".equals(a.getGrade()) && staffType.equals("ESTABLISHED")) {
                assertThat(a.getPay()).isEqualByComparingTo("130");
            }
            if (("C".equals(a.getGrade()) || "D".equals(a.getGrade())) && staffType.equals("ESTABLISHED")) {
                assertThat(a.getPay()).isEqualByComparingTo("0");
            }
        });
    }

    List<Notification> notificationsOf(String user, NotificationKind kind, long assessmentId) {
        return notifications.inbox(user).stream()
                .filter(x -> x.getKind() == kind && Long.valueOf(assessmentId).equals(x.getAssessmentId()))
                .toList();
    }

    List<Notification> escalations(long assessmentId) {
        return notifications.aboutAssessment(assessmentId).stream()
                .filter(x -> x.getKind() == NotificationKind.ESCALATION)
                .toList();
    }
}
