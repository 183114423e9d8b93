package cn.kaohe.campaign;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.audit.AuditTrail;
import cn.kaohe.ledger.LedgerService;
import cn.kaohe.ledger.RecordFact;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.notification.Notifications;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.shared.Cycle;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.Tasks;
import cn.kaohe.workflow.InboxTask;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A whole annual campaign of the 大栗港镇 demo (seed 000) through every step on the real engine: opening in
 * chunks, self-evaluation, a return and resubmission, superior sign-off, ranking, a committee adjustment,
 * approval, a public notice of 3 working days across 国庆 with the make-up Saturday (调休), finalisation.
 */
@IntegrationTest
class AnnualCampaignIT {

    @Autowired
    DemoTownship demo;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    GroupRatings groupRatings;

    @Autowired
    RaterSheets raterSheets;

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

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void anAnnualCampaignRunsFromOpeningToArchive() throws Exception {
        time.set("2026-09-14T09:00"); // a Monday
        demo.load();
        long township = jdbc.queryForObject("select id from org_unit where code = 'DLG'", Long.class);
        StoredScheme scheme = schemes.importPreset("daligang-2021", null);
        long late = cadre("DLG-0104"); // 彭晓琳, a staff member of 党政综合办
        // seed 000 三(二)1: 迟到一次，扣2分 — three times
        ledger.record(new RecordFact(
                "LATENESS",
                null,
                LocalDate.of(2026, 9, 1),
                late,
                null,
                BigDecimal.valueOf(3),
                null,
                null,
                null,
                null,
                "镇纪委和党政办通报",
                "考勤记录 2026-09",
                null));

        Campaign campaign = campaigns.open(new OpenCampaign(
                        null,
                        township,
                        Cycle.ANNUAL,
                        "2026",
                        scheme.getId(),
                        at("2026-09-18T18:00"),
                        at("2026-09-24T18:00"),
                        at("2026-09-29T18:00"))
                .withPayPool(new BigDecimal("300000"))); // seed 000 四1: 奖金申请总额 (the office's figure)
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.OPENING);
        assertThat(schemes.stored(scheme.getId()).isFrozen()).isTrue();
        time.runDueJobs();

        campaign = campaigns.campaign(campaign.getId());
        int cadres = campaign.getCadreCount();
        assertThat(campaign.getOpenedCount()).isEqualTo(cadres);
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.IN_PROGRESS);
        List<InboxTask> selfTasks = tasks.ofKind(campaign.getId(), "SELF_EVALUATION");
        assertThat(selfTasks).hasSize(cadres).allSatisfy(t -> assertThat(t.due())
                .isEqualTo(at("2026-09-18T18:00")));

        // the office enters the village grades of 联村 (seed 000 三(一): 按各村目标管理考核等次计分) for resident cadres
        List<GroupRatings.Entry> sheet = new ArrayList<>();
        int i = 0;
        for (Assessment a : campaigns.assessments(campaign.getId())) {
            if (jdbc.queryForObject(
                    "select village_id is not null from cadre where id = ?", Boolean.class, a.getCadreId())) {
                sheet.add(new GroupRatings.Entry(
                        a.getCadreId(), "GRADE", "liaison", null, i++ % 2 == 0 ? "优秀" : "良好", null));
            }
        }
        groupRatings.enter(campaign.getId(), sheet, "各村目标管理考核等次");

        // seed 000 三(四): 中心工作由绩效考核领导小组统一测评 — every committee member gets a rating sheet
        List<InboxTask> sheets = tasks.ofKind(campaign.getId(), "RATING_SHEET");
        int committee = jdbc.queryForObject(
                "select count(distinct c.login_name) from cadre c join committee_membership m on m.cadre_id = c.id"
                        + " where m.role in ('DIRECTOR', 'DEPUTY_DIRECTOR', 'MEMBER') and c.active",
                Integer.class);
        assertThat(sheets).hasSize(committee);
        InboxTask first = sheets.get(0);
        RaterSheets.Sheet own = raterSheets.sheet(campaign.getId(), first.assignee());
        long self = jdbc.queryForObject("select id from cadre where login_name = ?", Long.class, first.assignee());
        assertThat(own.subjects()).hasSize(cadres - 1).noneMatch(x -> x.cadreId() == self); // nobody rates themselves
        Assessment selfAssessment = assessmentOf(campaign.getId(), self);
        assertThatThrownBy(() -> tasks.complete(
                        first,
                        first.assignee(),
                        "{\"entries\":[{\"assessmentId\":" + selfAssessment.getId()
                                + ",\"raterGroup\":\"COMMITTEE\",\"part\":\"central\",\"score\":100}]}"))
                .isInstanceOf(KaoheException.class)
                .satisfies(e -> assertThat(((KaoheException) e).problems())
                        .anySatisfy(p -> assertThat(p.message()).contains("不能给本人")));
        for (InboxTask t : sheets) {
            StringBuilder entries = new StringBuilder();
            for (RaterSheets.Subject x :
                    raterSheets.sheet(campaign.getId(), t.assignee()).subjects()) {
                entries.append(entries.isEmpty() ? "" : ",")
                        .append("{\"assessmentId\":")
                        .append(x.assessmentId())
                        .append(",\"raterGroup\":\"COMMITTEE\",\"part\":\"central\",\"score\":")
                        .append(80 + x.assessmentId() % 20)
                        .append('}');
            }
            tasks.complete(t, t.assignee(), "{\"entries\":[" + entries + "]}");
        }
        // the office cannot enter or copy a figure for a group that rates online: each vote counts once
        String countVotes = "select coalesce(sum(vote_count), 0) from rating_tally where campaign_id = ?";
        int votes = jdbc.queryForObject(countVotes, Integer.class, campaign.getId());
        assertThat(votes).isEqualTo(committee * (cadres - 1));
        long paperBefore = jdbc.queryForObject(
                "select count(*) from group_rating where campaign_id = ?", Long.class, campaign.getId());
        long campaignId0 = campaign.getId();
        assertThatThrownBy(() -> groupRatings.enter(
                        campaignId0,
                        List.of(new GroupRatings.Entry(
                                late, "COMMITTEE", "central", BigDecimal.valueOf(90), null, null)),
                        "纸质测评表补录"))
                .isInstanceOf(KaoheException.class)
                .satisfies(e -> assertThat(((KaoheException) e).problems())
                        .anySatisfy(p -> assertThat(p.field()).isEqualTo("entries[0].raterGroup")));
        assertThat(jdbc.queryForObject(countVotes, Integer.class, campaign.getId()))
                .isEqualTo(votes);
        assertThat(jdbc.queryForObject(
                        "select count(*) from group_rating where campaign_id = ?", Long.class, campaign.getId()))
                .isEqualTo(paperBefore);
        // the votes are anonymous by construction: tallies only, no vote rows
        assertThat(jdbc.queryForObject(
                        "select count(*) from group_rating where campaign_id = ? and rater_group = 'COMMITTEE'",
                        Integer.class,
                        campaign.getId()))
                .isZero();

        for (InboxTask t : selfTasks) {
            tasks.complete(t, t.assignee(), "{\"summary\":\"认真履行岗位职责，完成年度目标任务。\"}");
        }
        // completing a task twice is a clear error and changes nothing
        InboxTask done = selfTasks.get(0);
        assertThatThrownBy(() -> tasks.complete(done, done.assignee(), "{\"summary\":\"再次提交\"}"))
                .isInstanceOf(KaoheException.class)
                .satisfies(
                        e -> assertThat(((KaoheException) e).errorCode().code()).isEqualTo("TASK-001"));
        assertThat(campaigns.assessment(done.assessmentId()).getSelfSummary()).isEqualTo("认真履行岗位职责，完成年度目标任务。");
        // the leader of the late cadre returns the self-evaluation once
        Assessment lateOne = assessmentOf(campaign.getId(), late);
        InboxTask lateRating = tasks.ofKind(campaign.getId(), "RATING").stream()
                .filter(t -> t.assessmentId().equals(lateOne.getId()))
                .findFirst()
                .orElseThrow();
        tasks.complete(lateRating, lateRating.assignee(), "{\"action\":\"return\",\"reason\":\"请补充联村工作情况\"}");
        assertThat(campaigns.assessment(lateOne.getId()).getStatus()).isEqualTo(AssessmentStatus.SELF_EVALUATION);
        InboxTask again = tasks.ofKind(campaign.getId(), "SELF_EVALUATION").get(0);
        assertThat(again.assessmentId()).isEqualTo(lateOne.getId());
        tasks.complete(again, again.assignee(), "{\"summary\":\"已补充：联村走访12次。\"}");

        for (InboxTask t : tasks.ofKind(campaign.getId(), "RATING")) {
            tasks.complete(t, t.assignee(), "{\"action\":\"rate\",\"comment\":\"同意\"}");
        }
        time.runDueJobs(); // ranking is asynchronous
        campaign = campaigns.campaign(campaign.getId());
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.COMMITTEE_REVIEW);
        // seed 000 四4: 借调期满一年，年度考核等级归借调单位评定 — the demo's 马骏 (seconded since 2021-06) is not ranked here
        long seconded = jdbc.queryForObject("select id from cadre where code = 'DLG-1406'", Long.class);
        assertThat(campaigns.assessments(campaign.getId()))
                .allSatisfy(a -> assertThat(a.getRankNo() == null).isEqualTo(a.getCadreId() == seconded));
        assertThat(assessmentOf(campaign.getId(), seconded).getResult()).contains("借调县城市管理和综合执法局期满一年");

        JsonNode lateResult =
                json.readTree(campaigns.assessment(lateOne.getId()).getResult());
        // seed 000 三(二)1: 迟到一次扣2分 ×3 → 干部作风建设 300 − 6
        assertThat(lateResult.path("categoryScores").path("conduct").decimalValue())
                .isEqualByComparingTo("294");
        assertThat(lateResult.path("explanation").toString()).contains("lateness");

        // a wrong target or value is a clear error and stores nothing
        Assessment any = campaigns.assessments(campaign.getId()).get(0);
        int adjustmentsBefore = campaigns.adjustments(campaign.getId()).size();
        assertThatThrownBy(() -> campaigns.adjust(any.getId(), "TOTAL", "九百", "理由"))
                .isInstanceOf(KaoheException.class)
                .satisfies(
                        e -> assertThat(((KaoheException) e).errorCode().code()).isEqualTo("CAMPAIGN-019"));
        assertThatThrownBy(() -> campaigns.adjust(any.getId(), "salary", "1", "理由"))
                .isInstanceOf(KaoheException.class)
                .satisfies(
                        e -> assertThat(((KaoheException) e).errorCode().code()).isEqualTo("CAMPAIGN-018"))
                .hasMessageContaining("conduct");
        assertThat(campaigns.adjustments(campaign.getId())).hasSize(adjustmentsBefore);

        // the committee raises one result with a written reason; the campaign is re-ranked
        Assessment raised = campaigns.assessments(campaign.getId()).get(3);
        campaigns.adjust(raised.getId(), "TOTAL", "999", "年度表现特别突出，经班子会议集体研究加分");
        assertThat(campaigns.assessment(raised.getId()).getTotal()).isEqualByComparingTo("999");
        assertThat(audit.history("Assessment", String.valueOf(raised.getId())))
                .anySatisfy(r -> assertThat(r.getAction()).isEqualTo("RESULT_ADJUSTED"));

        time.set("2026-09-30T16:00"); // Wednesday afternoon before 国庆
        long reviewed = campaign.getId();
        InboxTask review = tasks.of("hehu", "committee").stream()
                .filter(t ->
                        t.kind().equals("COMMITTEE_REVIEW") && t.campaignId().equals(reviewed))
                .findFirst()
                .orElseThrow();
        tasks.complete(review, "hehu", "{\"approve\":true}", "committee");

        campaign = campaigns.campaign(campaign.getId());
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.PUBLIC_NOTICE);
        // opened after noon: 10-01..07 国庆 are rest days, 10-08 Thu, 10-09 Fri, 10-10 Sat is a make-up working day
        assertThat(campaign.getNoticeStart()).isEqualTo(at("2026-10-08T00:00"));
        assertThat(campaign.getNoticeEnd()).isEqualTo(at("2026-10-11T00:00"));

        time.set("2026-10-10T23:00");
        time.runDueJobs();
        assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.PUBLIC_NOTICE);

        time.set("2026-10-11T00:01");
        time.runDueJobs();
        campaign = campaigns.campaign(campaign.getId());
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.FINALISED);
        assertThat(campaigns.assessments(campaign.getId())).allSatisfy(a -> {
            assertThat(a.isLocked()).isTrue();
            assertThat(a.getStatus()).isEqualTo(AssessmentStatus.FINAL);
        });
        assertThat(notifications.aboutAssessment(lateOne.getId()))
                .anySatisfy(n -> assertThat(n.getKind()).isEqualTo(NotificationKind.RESULT));
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey("campaign-" + campaign.getId())
                        .count())
                .isZero();
        long campaignId = campaign.getId();
        assertThatThrownBy(() -> campaigns.adjust(raised.getId(), "TOTAL", "1000", "再次调整"))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("已定档");
        assertThat(campaigns.assessment(raised.getId()).getTotal()).isEqualByComparingTo("999");
        assertThat(campaigns.campaign(campaignId).getStatus()).isEqualTo(CampaignStatus.FINALISED);
    }

    @Test
    void aCampaignCannotBeOpenedTwiceForTheSameUnitAndPeriod() {
        time.set("2026-09-14T09:00");
        demo.load();
        long unit = jdbc.queryForObject("select id from org_unit where code = 'DLG-DJB'", Long.class);
        StoredScheme scheme = schemes.importPreset("daligang-2021", null);
        OpenCampaign request = new OpenCampaign(
                        null,
                        unit,
                        Cycle.ANNUAL,
                        "2025",
                        scheme.getId(),
                        at("2026-09-18T18:00"),
                        at("2026-09-24T18:00"),
                        at("2026-09-29T18:00"))
                .withPayPool(new BigDecimal("300000"));
        Campaign first = campaigns.open(request);
        long before = jdbc.queryForObject("select count(*) from campaign", Long.class);
        assertThatThrownBy(() -> campaigns.open(request))
                .isInstanceOf(KaoheException.class)
                .satisfies(
                        e -> assertThat(((KaoheException) e).errorCode().code()).isEqualTo("CAMPAIGN-001"))
                .hasMessageContaining("不能重复开启");
        assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class))
                .isEqualTo(before);

        // opened by mistake: the office cancels it with a reason, its tasks disappear, and it can be opened again
        time.runDueJobs();
        assertThat(tasks.open(first.getId())).isNotEmpty();
        assertThatThrownBy(() -> campaigns.cancel(first.getId(), " "))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("请填写理由");
        campaigns.cancel(first.getId(), "选错了考核方案");
        assertThat(campaigns.campaign(first.getId()).getStatus()).isEqualTo(CampaignStatus.CANCELLED);
        assertThat(tasks.open(first.getId())).isEmpty();
        assertThat(audit.history("Campaign", String.valueOf(first.getId())))
                .anySatisfy(r -> assertThat(r.getReason()).isEqualTo("选错了考核方案"));
        Campaign again = campaigns.open(request);
        assertThat(again.getId()).isNotEqualTo(first.getId());
    }

    @Test
    void dueDatesOutOfOrderAreRefused() {
        time.set("2026-09-14T09:00");
        demo.load();
        long unit = jdbc.queryForObject("select id from org_unit where code = 'DLG-JFB'", Long.class);
        StoredScheme scheme = schemes.importPreset("daligang-2021", null);
        assertThatThrownBy(() -> campaigns.open(new OpenCampaign(
                        null,
                        unit,
                        Cycle.QUARTERLY,
                        "2026-Q3",
                        scheme.getId(),
                        at("2026-09-24T18:00"),
                        at("2026-09-18T18:00"),
                        at("2026-09-29T18:00"))))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("截止时间顺序不对");
        assertThatThrownBy(() -> campaigns.open(new OpenCampaign(
                        null,
                        unit,
                        Cycle.QUARTERLY,
                        "2026-13",
                        scheme.getId(),
                        at("2026-09-18T18:00"),
                        at("2026-09-24T18:00"),
                        at("2026-09-29T18:00"))))
                .isInstanceOf(KaoheException.class)
                .hasMessageContaining("2026-Q4");
    }

    long cadre(String code) {
        return jdbc.queryForObject("select id from cadre where code = ?", Long.class, code);
    }

    Assessment assessmentOf(long campaignId, long cadreId) {
        return campaigns.assessments(campaignId).stream()
                .filter(a -> a.getCadreId() == cadreId)
                .findFirst()
                .orElseThrow();
    }
}
