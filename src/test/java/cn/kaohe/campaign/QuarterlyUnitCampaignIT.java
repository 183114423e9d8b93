package cn.kaohe.campaign;

import static cn.kaohe.support.EngineTime.at;
import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.ledger.LedgerService;
import cn.kaohe.ledger.RecordFact;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.StoredScheme;
import cn.kaohe.scoring.ScoringInput;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.Tasks;
import cn.kaohe.workflow.InboxTask;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A quarterly campaign under seed 002 that assesses units (科室): each unit's head gives the self-report
 * (述职), the supervising leader signs off, the office enters the quarter's performance evaluation, the
 * units are ranked and the ranking is posted for 3 working days (seed 002 四(二)1: 不少于3个工作日的公示).
 */
@IntegrationTest
class QuarterlyUnitCampaignIT {

    @Autowired
    DemoTownship demo;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    GroupRatings groupRatings;

    @Autowired
    LedgerService ledger;

    @Autowired
    Tasks tasks;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EngineScorer engineScorer;

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void unitsAreRankedAfterTheirHeadsReportAndTheRankingIsPostedForThreeWorkingDays() {
        time.set("2026-10-12T09:00"); // Monday
        demo.load();
        long township = jdbc.queryForObject("select id from org_unit where code = 'DLG'", Long.class);
        StoredScheme scheme = schemes.importPreset("town-office-quarterly", null);
        long censured = jdbc.queryForObject("select id from org_unit where code = 'DLG-ZZB'", Long.class); // 综治办
        // seed 002 四(二)3 扣分①: 被县委、县政府通报批评的，减2分
        ledger.record(new RecordFact(
                "CENSURE",
                "COUNTY",
                LocalDate.of(2026, 8, 20),
                null,
                censured,
                null,
                null,
                null,
                null,
                null,
                "县委办通报",
                "县委办通报〔2026〕15号",
                null));

        Campaign campaign = campaigns.open(new OpenCampaign(
                null,
                township,
                Cycle.QUARTERLY,
                "2026-Q3",
                scheme.getId(),
                at("2026-10-14T18:00"),
                at("2026-10-15T18:00"),
                at("2026-10-20T18:00")));
        time.runDueJobs();
        campaign = campaigns.campaign(campaign.getId());
        List<Assessment> all = campaigns.assessments(campaign.getId());
        assertThat(all).isNotEmpty().allSatisfy(a -> assertThat(a.getSubjectUnitId())
                .isNotNull());
        Set<String> kinds = all.stream()
                .map(a -> jdbc.queryForObject(
                        "select kind from org_unit where id = ?", String.class, a.getSubjectUnitId()))
                .collect(Collectors.toSet());
        assertThat(kinds).doesNotContain("VILLAGE", "COMMUNITY", "TOWNSHIP");

        // the head of each unit gets the self-report (述职)
        List<InboxTask> reports = tasks.ofKind(campaign.getId(), "SELF_EVALUATION");
        assertThat(reports).hasSize(all.size()).allSatisfy(t -> {
            Assessment a = campaigns.assessment(t.assessmentId());
            assertThat(jdbc.queryForObject(
                            "select post_rank from cadre where login_name = ?", String.class, t.assignee()))
                    .isEqualTo("PRINCIPAL");
            assertThat(jdbc.queryForObject("select unit_id from cadre where login_name = ?", Long.class, t.assignee()))
                    .isEqualTo(a.getSubjectUnitId());
        });

        List<GroupRatings.Entry> sheet = new ArrayList<>();
        int i = 0;
        for (Assessment a : all) {
            // 季度工作任务完成率 × 评价系数, entered by the 内部绩效管理办公室
            sheet.add(new GroupRatings.Entry(
                    a.getCadreId(), "ASSESSMENT_OFFICE", "performance", BigDecimal.valueOf(70 + 2 * i++), null, null));
        }
        groupRatings.enter(campaign.getId(), sheet, "三季度科室业绩评价");
        for (InboxTask t : reports) {
            tasks.complete(t, t.assignee(), "{\"summary\":\"三季度科室工作述职。\"}");
        }
        for (InboxTask t : tasks.ofKind(campaign.getId(), "RATING")) {
            tasks.complete(t, t.assignee(), "{\"action\":\"rate\",\"comment\":\"属实\"}");
        }
        time.runDueJobs();
        campaign = campaigns.campaign(campaign.getId());
        assertThat(campaign.getStatus()).isEqualTo(CampaignStatus.COMMITTEE_REVIEW);

        List<Assessment> ranked = campaigns.assessments(campaign.getId()).stream()
                .sorted(Comparator.comparing(Assessment::getRankNo))
                .toList();
        assertThat(ranked)
                .isSortedAccordingTo(Comparator.comparing(Assessment::getTotal).reversed());
        Assessment zzb = ranked.stream()
                .filter(a -> a.getSubjectUnitId() == censured)
                .findFirst()
                .orElseThrow();
        int index = all.indexOf(all.stream()
                .filter(a -> a.getId().equals(zzb.getId()))
                .findFirst()
                .orElseThrow());
        assertThat(zzb.getTotal()).isEqualByComparingTo(BigDecimal.valueOf(70 + 2L * index - 2));

        time.set("2026-10-16T09:00"); // Friday morning
        InboxTask review = tasks.of("hehu", "committee").stream()
                .filter(t -> t.kind().equals("COMMITTEE_REVIEW")
                        && t.campaignId()
                                .equals(campaigns.campaign(zzb.getCampaignId()).getId()))
                .findFirst()
                .orElseThrow();
        tasks.complete(review, "hehu", "{\"approve\":true}", "committee");
        campaign = campaigns.campaign(campaign.getId());
        // 10-16 Fri (before noon), 10-19 Mon, 10-20 Tue: the weekend does not count
        assertThat(campaign.getNoticeStart()).isEqualTo(at("2026-10-16T09:00"));
        assertThat(campaign.getNoticeEnd()).isEqualTo(at("2026-10-21T00:00"));

        time.set("2026-10-21T00:05");
        time.runDueJobs();
        assertThat(campaigns.campaign(campaign.getId()).getStatus()).isEqualTo(CampaignStatus.FINALISED);

        // seed 002 四(二)3 扣分①: the censure counted in the third quarter is not deducted again in the annual result,
        // which contains the quarter (业绩评价 = 前三季度平均×40% + 第四季度×60%): 同一事项一年只计一次
        StoredScheme annualScheme = schemes.importPreset("town-office-internal", null);
        Campaign annual = campaigns.open(new OpenCampaign(
                null,
                township,
                Cycle.ANNUAL,
                "2026",
                annualScheme.getId(),
                at("2026-10-23T18:00"),
                at("2026-10-27T18:00"),
                at("2026-10-30T18:00")));
        time.runDueJobs();
        List<ScoringInput.LedgerFact> annualFacts = engineScorer.facts(campaigns.campaign(annual.getId()));
        assertThat(annualFacts)
                .filteredOn(f ->
                        f.type().equals("CENSURE") && String.valueOf(censured).equals(f.unitId()))
                .singleElement()
                .satisfies(f -> assertThat(f.countedIn()).isEqualTo("2026年第3季度"));
        // a censure of the fourth quarter, not yet counted by a finalised quarter, still counts in the annual result
        ledger.record(new RecordFact(
                "CENSURE",
                "COUNTY",
                LocalDate.of(2026, 10, 20),
                null,
                censured,
                null,
                null,
                null,
                null,
                null,
                "县委办通报",
                "县委办通报〔2026〕31号",
                null));
        assertThat(engineScorer.facts(campaigns.campaign(annual.getId())))
                .filteredOn(f ->
                        f.type().equals("CENSURE") && String.valueOf(censured).equals(f.unitId()))
                .extracting(ScoringInput.LedgerFact::countedIn)
                .containsExactlyInAnyOrder("2026年第3季度", null);
    }
}
