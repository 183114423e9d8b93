package cn.kaohe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.UnitKind;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 13's roster settings in the office's pages (docs/adr/0017): 王文健 (绩考办) takes a subject out of a campaign's
 * ranking before the ranking (seed 004 第二十九、三十条: with a reason — without one the refusal CAMPAIGN-070 is shown at
 * the field), sees it listed with its reason, undoes it; and enters a village's monthly 党建 score (seed 003 六3: 90分及以上
 * 为优秀), which then shows in the month's list. Data: the demo township 大栗港镇 (社会保障服务中心, not used by other
 * browser tests, the 学生干部考核 preset) and a village of its own so that no demo village's grades change.
 */
@IntegrationTest
class RosterSettingsBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    DemoTownship demo;

    @Autowired
    OrgService org;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CampaignRoster roster;

    @Autowired
    ManagementService management;

    @Autowired
    Clock clock;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestUsers testUsers;

    @BeforeEach
    void office() {
        time.reset(); // a fixed date in 2026
        browser.baseUrl = "http://localhost:" + port;
        demo.load();
        BrowserUsers.register(
                "wangwenjian", "王文健", roster.cadreIdOfLogin("wangwenjian").orElseThrow(), "CADRE", "OFFICE");
        testUsers.ensure("wangwenjian");
    }

    @AfterEach
    void backToTheTestEpoch() {
        time.reset();
    }

    @Test
    void theOfficeExcludesAndReincludesASubjectWithReasons() {
        long unit = jdbc.queryForObject("select id from org_unit where code = 'DLG-SBZX'", Long.class);
        long scheme = schemes.importPreset("student-cadre", null).getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Campaign c = campaigns.open(new OpenCampaign(
                null, unit, Cycle.ANNUAL, "2026", scheme, now.plusDays(5), now.plusDays(10), now.plusDays(15)));
        drainJobs();
        long ding = jdbc.queryForObject("select id from cadre where code = 'DLG-1002'", Long.class); // 丁浩然
        Assessment a = campaigns.assessments(c.getId()).stream()
                .filter(x -> x.getCadreId() != null && x.getCadreId() == ding)
                .findFirst()
                .orElseThrow();
        String row = "#exclusions tr.included[data-assessment-id='" + a.getId() + "']";

        browser.logIn("wangwenjian");
        browser.open("office.html#group-ratings");
        browser.pickGroupRatingCampaign(c.getId(), c.getName());
        browser.text("#exclusions", "本批次所有考核对象都参加排名");

        // seed 004 第三十条: no reason, no exclusion — CAMPAIGN-070 next to the reason, nothing changed
        browser.click(row + " button[type=submit]");
        browser.text(row + " .field-error", "请填写原因");
        browser.text(row + " .field-error", "CAMPAIGN-070");
        assertThat(reasonOf(a)).isNull();

        browser.type(row + " input[name=reason]", "借调区人社局，不参与本年度考核");
        browser.click(row + " button[type=submit]");
        String excluded = "#exclusions tr.excluded[data-assessment-id='" + a.getId() + "']";
        browser.text(excluded, "丁浩然");
        browser.text(excluded, "借调区人社局，不参与本年度考核");
        browser.text("#exclusions .notice-ok", "丁浩然不参加本批次排名");
        assertThat(reasonOf(a)).isEqualTo("借调区人社局，不参与本年度考核");
        browser.documentPage("office-exclusions");

        // 撤销 asks for its own reason (the exclusion's is not carried over); with one, back in the ranking
        assertThat(browser.find(excluded + " input[name=reason]").getDomProperty("value"))
                .isEmpty();
        browser.type(excluded + " input[name=reason]", "借调取消，回原单位工作");
        browser.click(excluded + " button[type=submit]");
        browser.waitFor(() -> browser.all(excluded).isEmpty());
        browser.find(row);
        browser.text("#exclusions .notice-ok", "已撤销");

        // the page still open while the campaign moved on to the committee (ranking done): CAMPAIGN-071 at the field
        jdbc.update("update campaign set status = 'COMMITTEE_REVIEW' where id = ?", c.getId());
        browser.type(row + " input[name=reason]", "借调区人社局，不参与本年度考核");
        browser.click(row + " button[type=submit]");
        browser.text(row + " [data-field=reason] .field-error", "排名后不能调整");
        browser.text(row + " [data-field=reason] .field-error", "CAMPAIGN-071");
        assertThat(reasonOf(a)).isNull();
        assertThat(reasonOf(a)).isNull();
    }

    @Test
    void theOfficeEntersAVillagesMonthlyScoreAndSeesItInTheMonthsList() {
        String tag = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        // a township of its own: the demo township's units stay as other tests expect them (every unit supervised)
        long township = org.createUnit("RT" + tag, "测试镇" + tag, UnitKind.TOWNSHIP, null, 990, "测试")
                .id();
        long village = org.createUnit("RS" + tag, "测试村" + tag, UnitKind.VILLAGE, township, 990, "测试")
                .id();

        browser.logIn("wangwenjian");
        browser.open("office.html#village-grades");
        new Select(browser.find("#village-grade-form select[name=villageId]")).selectByValue(String.valueOf(village));
        browser.js("arguments[0].value = '2025-02'", browser.find("#village-grade-form input[name=month]"));
        // seed 003 六3: a score is 0–100 — 120 is refused at the field
        browser.type("#village-grade-form input[name=score]", "120");
        browser.click("#village-grade-form button[type=submit]");
        browser.text("#village-grade-form [data-field=score] .field-error", "0～100");
        assertThat(jdbc.queryForObject(
                        "select count(*) from village_grade where village_id = ?", Integer.class, village))
                .isZero();

        browser.find("#village-grade-form input[name=score]").clear();
        browser.type("#village-grade-form input[name=score]", "92");
        browser.click("#village-grade-form button[type=submit]");
        browser.text("#village-grade-form .notice-ok", "已保存");
        // seed 003 六3: 90分及以上为优秀
        String line = "#village-grades tr[data-village-id='" + village + "']";
        browser.text(line, "测试村" + tag);
        browser.text(line, "92");
        browser.text(line, "优秀");
        browser.text("#village-grades", "2025-02");
        browser.documentPage("office-village-grades");
    }

    private String reasonOf(Assessment a) {
        return jdbc.queryForObject("select excluded_reason from assessment where id = ?", String.class, a.getId());
    }

    /** Runs the engine's due jobs (the job executor is off in tests) until none is left. */
    private void drainJobs() {
        for (int round = 0; round < 50; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(j -> management.executeJob(j.getId()));
        }
        throw new AssertionError("jobs keep coming");
    }
}
