package cn.kaohe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.campaign.Assessment;
import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignRoster;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.UnitNode;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.workflow.InboxTask;
import cn.kaohe.workflow.TaskInbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole journey in a real browser: a cadre's self-evaluation (on a phone), the leader's batch sign-off,
 * the committee's approval, the public notice, an appeal filed and decided; a cadre cannot open another
 * cadre's result. Data: the demo township 大栗港镇 (纪检监察办: 朱海燕, 许明; 分管 傅嘉成), the 学生干部考核 preset
 * (seed 001 篇三: four categories rated 0–40/0–20 by the direct superior, grades by score).
 */
@IntegrationTest
class AssessmentJourneyBrowserIT {

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
    TaskInbox inbox;

    @Autowired
    ManagementService management;

    @Autowired
    ObjectMapper json;

    @Autowired
    Clock clock;

    @Autowired
    EngineTime time;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    cn.kaohe.support.TestUsers testUsers;

    @Autowired
    cn.kaohe.support.Tasks tasks;

    @AfterEach
    void backToTheTestEpoch() {
        time.reset();
    }

    @BeforeEach
    void people() {
        time.reset(); // a fixed date in 2026, whatever today is
        browser.baseUrl = "http://localhost:" + port;
        demo.load();
        BrowserUsers.register("zhuhaiyan", "朱海燕", cadre("zhuhaiyan"), "CADRE");
        BrowserUsers.register("xuming", "许明", cadre("xuming"), "CADRE");
        BrowserUsers.register("fujiacheng", "傅嘉成", cadre("fujiacheng"), "CADRE", "LEADER", "COMMITTEE");
        BrowserUsers.register("wangfeng", "王锋", cadre("wangfeng"), "CADRE", "LEADER", "COMMITTEE_HEAD");
        BrowserUsers.register("wangwenjian", "王文健", cadre("wangwenjian"), "CADRE", "OFFICE");
        // real logins: roles follow the roster (王文健 is 绩考办主任 → OFFICE; 傅嘉成, 王锋 are on the committee)
        for (String login : List.of("zhuhaiyan", "xuming", "fujiacheng", "wangfeng", "wangwenjian")) {
            testUsers.ensure(login);
        }
    }

    @Test
    void cadreLeaderCommitteeNoticeAndAppealWalkThroughTheUi() throws Exception {
        Campaign campaign = openCampaign();

        // 自评 on a phone: an empty summary is refused next to the field, the typed scores stay
        browser.size(Browser.PHONE);
        browser.logIn("zhuhaiyan");
        browser.open("tasks.html");
        browser.text(".task-list", "自评/述职");
        browser.documentPage("tasks");
        browser.click(".task-list a.task-link");
        browser.find("#self-evaluation-form");
        browser.type("#score-work", "36");
        browser.type("#score-study", "18");
        browser.type("#score-ideology", "17");
        browser.type("#score-life", "18");
        browser.click("#submit");
        browser.text("[data-field=summary] .field-error", "个人总结");
        assertThat(browser.find("#score-work").getDomProperty("value")).isEqualTo("36");
        assertThat(browser.find("#summary").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat((Long) browser.js("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a 375 px phone")
                .isLessThanOrEqualTo(375L);
        browser.type("#summary", "全年完成纪检监察各项工作，办结信访件12件。");
        browser.documentPage("self-evaluation");
        browser.click("#submit");
        browser.text("#content", "自评已提交");
        browser.size(Browser.DESKTOP);

        // the other cadre submits through the inbox API
        completeOwnTask(
                "xuming",
                "SELF_EVALUATION",
                Map.of("summary", "完成案件审理工作。", "scores", Map.of("work", 30, "study", 16, "ideology", 16, "life", 16)));

        // 分管领导: batch sign-off is all or nothing; the error lands on the item it names
        browser.logIn("fujiacheng");
        browser.open("rating.html");
        browser.find("article.rating");
        List<String> cards =
                browser.all("article.rating h2").stream().map(e -> e.getText()).toList();
        assertThat(cards).hasSize(2);
        int zhu = cards.indexOf(
                cards.stream().filter(c -> c.contains("朱海燕")).findFirst().orElseThrow());
        int xu = 1 - zhu;
        rate(zhu, "37", "18", "18", "18");
        rate(xu, "50", "16", "16", "16"); // 50 is above the 0–40 range of 工作绩效
        browser.click(".batch-bar button.secondary"); // 全选
        browser.documentPage("rating");
        browser.click("#batch-sign");
        browser.text(".batch-bar .notice-error", "整批均未办理");
        String xuCard = "article.rating:nth-of-type(" + (xu + 1) + ")";
        // checked in the page before anything is sent: the range at the field (seed 001 篇三: 工作绩效 0–40)
        browser.text(xuCard + " .field-error", "0–40");
        // nothing was signed: both rating tasks of this campaign are still open
        assertThat(inbox.tasksOf("fujiacheng", Set.of()))
                .filteredOn(t -> t.kind().equals("RATING") && campaign.getId().equals(t.campaignId()))
                .hasSize(2);
        browser.type(xuCard + " input[name='scores.work']", "31");
        browser.click("#batch-sign");
        browser.text(".batch-bar .notice-ok", "已签字 2 人");
        drainJobs();

        // 领导小组: ranking, explanation on click, approve
        browser.logIn("wangfeng");
        browser.open("committee.html?campaign=" + campaign.getId());
        browser.text("table.ranking", "朱海燕");
        browser.text("table.ranking", "优秀");
        browser.all("table.ranking button.cadre").stream()
                .filter(b -> b.getText().equals("朱海燕"))
                .findFirst()
                .orElseThrow()
                .click();
        browser.text("#detail", "朱海燕 的计分说明");
        browser.text("#detail .result-summary", "91");
        // who did which step when: the assessment's audit trail, one click away (its record, docs/adr/0003)
        browser.click("#assessment-audit");
        browser.text("#audit-list tbody", "提交自评");
        browser.text("#audit-list tbody", "评分");
        assertThat(browser.find("#audit-entityType").getAttribute("value")).isEqualTo("Assessment");
        browser.open("committee.html?campaign=" + campaign.getId());
        browser.text("table.ranking", "朱海燕");
        // the report pack for the party committee is one click away (PDF and Excel)
        browser.text("#h-reports", "报表");
        assertThat(browser.all("ul.reports a")).isNotEmpty();
        browser.documentPage("committee");
        browser.click("#approve");
        browser.click("#review-submit");
        browser.text(".review-form", "审议已通过");
        drainJobs();

        // 公示: it starts at the next working day when approved after the cut-off or on a rest day
        OffsetDateTime noticeStart = campaigns.campaign(campaign.getId()).getNoticeStart();
        assertThat(noticeStart).isNotNull();
        if (time.now().isBefore(noticeStart)) {
            time.set(noticeStart.plusHours(9));
        }
        // seed 001 篇三 六 (考核结果只有被考核者本人、考核小组成员了解): the student-cadre scheme posts no public notice;
        // the results go to the cadre and the committee only, and the appeal window runs all the same
        browser.open("notice.html");
        browser.find(".empty, .notice-board"); // the list has loaded
        assertThat(browser.all(".notice-board"))
                .noneMatch(board -> board.getText().contains(campaign.getName()));

        // 我的考核结果 and an appeal: no item chosen is refused next to the items
        browser.logIn("zhuhaiyan");
        browser.open("result.html?assessment=" + assessmentOf(campaign, "zhuhaiyan"));
        browser.text(".result-summary", "91");
        browser.type("#grounds", "思想素养一项自评17分，领导评18分，请复核总分。");
        browser.click("#file-appeal");
        browser.text("[data-field=items] .field-error", "请选择申诉的评分项目");
        assertThat(browser.find("#grounds").getDomProperty("value")).startsWith("思想素养");
        browser.click("input[name=items][value=TOTAL]");
        browser.click("#file-appeal");
        browser.text("#content .notice-ok", "申诉已受理");
        browser.text(".appeal", "绩考办转报领导小组");
        browser.documentPage("result");

        // a cadre cannot open another cadre's result
        long xuAssessment = assessmentOf(campaign, "xuming");
        browser.open("result.html?assessment=" + xuAssessment);
        browser.text("#content", "只能查看本人的考核结果");
        assertThat(browser.pageText()).doesNotContain("许明");
        drainJobs();

        // 绩考办 forwards within 24 hours
        browser.logIn("wangwenjian");
        browser.open("appeals.html");
        // other tests' appeals may wait in the same inbox: work on this cadre's appeal card only
        long appealId = jdbc.queryForObject(
                "select id from appeal where assessment_id = ?", Long.class, assessmentOf(campaign, "zhuhaiyan"));
        String card = "申诉编号 " + appealId;
        browser.text(".forward-inbox", card);
        org.openqa.selenium.WebElement forward = cardOf(".forward-inbox > li", card);
        assertThat(forward.findElement(By.cssSelector(".countdown")).getText()).contains("剩余");
        forward.findElement(By.cssSelector("textarea[name=note]")).sendKeys("材料齐全，转报领导小组。");
        forward.findElement(By.cssSelector("button[type=submit]")).click();
        browser.text(".forward-inbox", "已转报领导小组");
        drainJobs();

        // 领导小组 decides within a week
        browser.logIn("wangfeng");
        browser.open("appeals.html");
        browser.text(".decision-inbox", card);
        org.openqa.selenium.WebElement decide = cardOf(".decision-inbox > li", card);
        assertThat(decide.findElement(By.cssSelector(".countdown")).getText()).contains("剩余");
        decide.findElement(By.cssSelector("input[name=outcome][value=UPHELD]")).click();
        decide.findElement(By.cssSelector("textarea[name=decision]")).sendKeys("经复核，评分依据充分，维持原结果。");
        browser.documentPage("appeals");
        decide.findElement(By.cssSelector("button[type=submit]")).click();
        browser.text(".decision-inbox", "已维持原结果");
        drainJobs();
        browser.open("appeals.html");
        browser.text("table.register", "按时");

        browser.logIn("zhuhaiyan");
        browser.open("result.html?assessment=" + assessmentOf(campaign, "zhuhaiyan"));
        browser.text(".appeal", "维持原结果");
        browser.open("index.html");
        browser.text("#h-news", "通知");
        browser.documentPage("index");
    }

    @Test
    void officePagesWorkOnAPhone() {
        browser.size(Browser.PHONE);
        browser.logIn("wangwenjian");
        browser.open("office.html");
        browser.text("#section-campaigns", "开启考核批次");
        browser.click("#open-campaign button[type=submit]");
        browser.text("#open-campaign .form-error", "");
        browser.find("#open-campaign .field-error");
        assertThat((Long) browser.js("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(375L);
        browser.size(Browser.DESKTOP);
        browser.documentPage("office");
        schemes.importPreset("daligang-2021", null);
        browser.open("office.html#ledger");
        browser.text("#section-ledger", "登记台账事项");
        // nothing chosen: the error stands next to the field
        browser.click("#ledger-form button[type=submit]");
        browser.text("#ledger-form [data-field=factType] .field-error", "请选择台账事项类型");
        // seed 000 三(二)1: 迟到一次扣2分 — the office records two latenesses of 朱海燕
        new org.openqa.selenium.support.ui.Select(browser.find("#f-factType")).selectByValue("LATENESS");
        // the cadre picker searches the roster on the server (issue 16)
        browser.type("#ledger-form .picker input[type=search]", "朱海燕");
        browser.click("#ledger-form .picker-list li[data-cadre-id='" + cadre("zhuhaiyan") + "'] button");
        browser.js("document.getElementById('f-occurredOn').value = '2026-03-02'");
        browser.type("#f-quantity", "2");
        browser.type("#f-reason", "党政办考勤通报");
        browser.click("#ledger-form button[type=submit]");
        browser.text("#section-ledger .notice-ok", "已登记");
        assertThat(jdbc.queryForObject(
                        "select count(*) from ledger_entry where cadre_id = ? and fact_type = 'LATENESS'"
                                + " and occurred_on = date '2026-03-02' and recorded_by = 'wangwenjian'",
                        Integer.class,
                        cadre("zhuhaiyan")))
                .isEqualTo(1);
    }

    @Test
    void theOfficeEntersVillageGradesAndTheCommitteeAdjustsWithinRangeAndWithdraws() {
        // seed 000 (daligang-2021) for 社会事务办: 夏春燕, 谢文斌, 蒋丽华 (驻白鹭湖村), 石磊; 分管 李卫萍
        long scheme = schemes.importPreset("daligang-2021", null).getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Campaign c = campaigns.open(new OpenCampaign(
                        null,
                        unit("DLG-SWB"),
                        Cycle.ANNUAL,
                        "2025",
                        scheme,
                        now.plusDays(5),
                        now.plusDays(10),
                        now.plusDays(15))
                .withPayPool(new java.math.BigDecimal("300000")));
        drainJobs();
        List<Assessment> assessments = campaigns.assessments(c.getId());
        // seed 000 三(四): 中心工作由绩效考核领导小组统一测评 — every member's anonymous sheet, through the inbox
        int k = 0;
        for (InboxTask sheet : tasks.ofKind(c.getId(), "RATING_SHEET")) {
            k++;
            StringBuilder entries = new StringBuilder();
            for (Assessment a : assessments) {
                entries.append(entries.isEmpty() ? "" : ",")
                        .append("{\"assessmentId\":")
                        .append(a.getId())
                        .append(",\"raterGroup\":\"COMMITTEE\",\"part\":\"central\",\"score\":")
                        .append(80 + k % 7)
                        .append('}');
            }
            tasks.complete(sheet, sheet.assignee(), "{\"entries\":[" + entries + "]}");
        }
        for (InboxTask t : tasks.ofKind(c.getId(), "SELF_EVALUATION")) {
            tasks.complete(t, t.assignee(), "{\"summary\":\"完成年度工作任务。\"}");
        }
        for (InboxTask t : tasks.ofKind(c.getId(), "RATING")) {
            tasks.complete(t, t.assignee(), "{\"action\":\"rate\",\"comment\":\"同意\"}");
        }
        drainJobs();

        // 绩考办's 集体评分: the checklist names the missing village grade (seed 000 三(一) 联村工作按所驻村等次)
        browser.logIn("wangwenjian");
        browser.open("office.html#group-ratings");
        browser.pickGroupRatingCampaign(c.getId(), c.getName());
        browser.text("#inputs-checklist", "蒋丽华");
        browser.find("form.group-ratings");
        // only the office's own paper figures: nothing is pre-filled from the online sheets
        assertThat(browser.all("form.group-ratings input.score-input"))
                .allMatch(i -> i.getDomProperty("value").isEmpty());
        String gradeOfJiang = "form.group-ratings select[name^='gr." + cadre("jianglihua") + ".']";
        new org.openqa.selenium.support.ui.Select(browser.find(gradeOfJiang)).selectByVisibleText("优秀");
        browser.type("form.group-ratings input[name=reason]", "白鹭湖村年度目标管理考核等次");
        browser.documentPage("office-group-ratings");
        browser.click("form.group-ratings button[type=submit]");
        browser.text("#section-group-ratings .notice-ok", "已保存 1 项");
        drainJobs();
        assertThat(campaigns.campaign(c.getId()).getStatus())
                .isEqualTo(cn.kaohe.campaign.CampaignStatus.COMMITTEE_REVIEW);
        browser.open("office.html#group-ratings");
        browser.pickGroupRatingCampaign(c.getId(), c.getName());
        browser.text("#inputs-checklist", "排名所需材料已齐全");

        // 领导小组's adjustment form: the allowed range before anything is typed; outside it, the error at the field
        browser.logIn("wangfeng");
        browser.open("committee.html?campaign=" + c.getId());
        browser.text("table.ranking", "夏春燕");
        clickCadre("夏春燕");
        browser.find("#adjust-form");
        new org.openqa.selenium.support.ui.Select(browser.find("#adj-target")).selectByValue("liaison");
        browser.text("#adj-range", "允许范围：0–300"); // seed 000 联村工作 300 分
        new org.openqa.selenium.support.ui.Select(browser.find("#adj-target")).selectByValue("TOTAL");
        browser.text("#adj-range", "方案总分范围");
        new org.openqa.selenium.support.ui.Select(browser.find("#adj-target")).selectByValue("liaison");
        browser.type("#adj-value", "500");
        browser.type("#adj-reason", "试图超出上限");
        browser.click("#adjust-form button[type=submit]");
        browser.text("#adjust-form [data-field=value] .field-error", "0–300");
        assertThat(browser.find("#adj-value").getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(campaigns.adjustments(c.getId())).isEmpty();
        java.math.BigDecimal original = campaigns.assessments(c.getId()).stream()
                .filter(a -> a.getCadreId() == cadre("xiachunyan"))
                .findFirst()
                .orElseThrow()
                .getTotal();

        // a valid adjustment: saved, the board marks the row and shows the original total beside it
        browser.type("#adj-value", "150");
        browser.type("#adj-reason", "联村工作经领导小组核实调整");
        browser.documentPage("committee-adjustment");
        browser.click("#adjust-form button[type=submit]");
        eventually("table.ranking tbody tr", "已调整"); // the board is drawn again after the save
        org.openqa.selenium.WebElement row = rankingRow("夏春燕");
        assertThat(row.getText())
                .contains("原总分 " + original.stripTrailingZeros().toPlainString());
        browser.text("#content", "调整记录");

        // withdrawn with a reason: none is refused at the field, then the original is back and the row says 已撤回
        browser.click("button.withdraw");
        browser.click("form.withdraw-form button[type=submit]");
        browser.text("form.withdraw-form [data-field=reason] .field-error", "撤回理由");
        browser.type("form.withdraw-form input[name=reason]", "核实后联村工作无需调整");
        browser.click("form.withdraw-form button[type=submit]");
        eventually("tr.withdrawn", "已撤回");
        browser.text("tr.withdrawn", "核实后联村工作无需调整");
        assertThat(rankingRow("夏春燕").getText()).doesNotContain("原总分");
        assertThat(campaigns.assessments(c.getId()).stream()
                        .filter(a -> a.getCadreId() == cadre("xiachunyan"))
                        .findFirst()
                        .orElseThrow()
                        .getTotal())
                .isEqualByComparingTo(original);
        browser.documentPage("committee-withdrawn");
    }

    /** Waits until an element matching css contains the text, looking again each time (the page redraws). */
    private void eventually(String css, String contains) {
        browser.waitFor(() -> {
            try {
                return browser.all(css).stream().anyMatch(e -> e.getText().contains(contains));
            } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                return false;
            }
        });
    }

    private void clickCadre(String name) {
        browser.all("table.ranking button.cadre").stream()
                .filter(b -> b.getText().equals(name))
                .findFirst()
                .orElseThrow()
                .click();
        browser.text("#detail", name + " 的计分说明");
    }

    private org.openqa.selenium.WebElement rankingRow(String name) {
        return browser.all("table.ranking tbody tr").stream()
                .filter(r -> r.getText().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no board row of " + name));
    }

    private void rate(int card, String work, String study, String ideology, String life) {
        String c = "article.rating:nth-of-type(" + (card + 1) + ") ";
        browser.type(c + "input[name='scores.work']", work);
        browser.type(c + "input[name='scores.study']", study);
        browser.type(c + "input[name='scores.ideology']", ideology);
        browser.type(c + "input[name='scores.life']", life);
        browser.type(c + "textarea[name=comment]", "工作认真负责。");
    }

    @Test
    void aCommitteeMemberFillsTheAnonymousRatingSheetOnAPhone() {
        // seed 000 三(四): 中心工作由绩效考核领导小组统一测评 — 傅嘉成 (副主任) gets a sheet of 财政所's cadres
        long scheme = schemes.importPreset("daligang-2021", null).getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Campaign c = campaigns.open(new OpenCampaign(
                        null,
                        unit("DLG-CZS"),
                        Cycle.ANNUAL,
                        "2026",
                        scheme,
                        now.plusDays(5),
                        now.plusDays(10),
                        now.plusDays(15))
                .withPayPool(new java.math.BigDecimal("300000")));
        drainJobs();
        InboxTask sheet = inbox.tasksOf("fujiacheng", Set.of()).stream()
                .filter(t -> t.kind().equals("RATING_SHEET") && c.getId().equals(t.campaignId()))
                .findFirst()
                .orElseThrow();

        browser.logIn("fujiacheng");
        browser.size(new org.openqa.selenium.Dimension(375, 812));
        browser.open("rating-sheet.html?task=" + sheet.id());
        browser.find("#rating-sheet-form");
        browser.click("#submit");
        browser.text("#rating-sheet-form .field-error", "请填写"); // every empty score is named next to its field
        List<org.openqa.selenium.WebElement> inputs = browser.all("#rating-sheet-form input.score-input");
        assertThat(inputs).isNotEmpty();
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).sendKeys(String.valueOf(80 + i));
        }
        browser.documentPage("rating-sheet");
        browser.click("#submit");
        browser.text("#content .notice-ok", "测评已提交");
        // the votes are kept only as a sum and a count per cadre (无记名, ADR 0011): one vote for each cadre on the sheet,
        // and no vote row that could be grouped back into a sheet
        assertThat(jdbc.queryForObject(
                        "select coalesce(sum(vote_count), 0) from rating_tally where campaign_id = ?"
                                + " and rater_group = 'COMMITTEE'",
                        Integer.class,
                        c.getId()))
                .isEqualTo(inputs.size());
        assertThat(jdbc.queryForObject(
                        "select count(*) from group_rating where campaign_id = ? and rater_group = 'COMMITTEE'",
                        Integer.class,
                        c.getId()))
                .isZero();
    }

    private org.openqa.selenium.WebElement cardOf(String css, String text) {
        return browser.all(css).stream()
                .filter(e -> e.getText().contains(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no card with " + text + " in " + css));
    }

    private Campaign openCampaign() {
        long scheme = schemes.importPreset("student-cadre", null).getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Campaign c = campaigns.open(new OpenCampaign(
                null,
                unit("DLG-JJB"),
                Cycle.ANNUAL,
                "2026",
                scheme,
                now.plusDays(5),
                now.plusDays(10),
                now.plusDays(15)));
        drainJobs();
        return c;
    }

    private void completeOwnTask(String login, String kind, Map<String, Object> form) {
        InboxTask task = inbox.tasksOf(login, Set.of()).stream()
                .filter(t -> t.kind().equals(kind))
                .findFirst()
                .orElseThrow();
        inbox.complete(task.id(), login, Set.of(), json.valueToTree(form));
        drainJobs();
    }

    private long assessmentOf(Campaign c, String login) {
        long cadreId = cadre(login);
        return campaigns.assessments(c.getId()).stream()
                .filter(a -> a.getCadreId() == cadreId)
                .map(Assessment::getId)
                .findFirst()
                .orElseThrow();
    }

    private long cadre(String login) {
        return roster.cadreIdOfLogin(login).orElseThrow(() -> new AssertionError("no demo cadre " + login));
    }

    private long unit(String code) {
        return flatten(org.unitTree())
                .filter(u -> u.code().equals(code))
                .map(UnitNode::id)
                .findFirst()
                .orElseThrow();
    }

    private static Stream<UnitNode> flatten(List<UnitNode> nodes) {
        return nodes.stream().flatMap(n -> Stream.concat(Stream.of(n), flatten(n.children())));
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
