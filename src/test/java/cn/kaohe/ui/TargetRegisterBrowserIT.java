package cn.kaohe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.org.CadreCommand;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.org.Gender;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.PostRank;
import cn.kaohe.org.StaffType;
import cn.kaohe.org.UnitKind;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The target register (目标责任书, seed 004 钟山区区直单位和镇乡街道工作目标管理暂行办法, preset zhongshan-units) in a real
 * browser, both sides: the office (王文健, 绩考办) registers a unit's book on targets.html (第十二条(一): the points add up
 * to the 100-point 工作目标基本分, a book of 60 + 30 is refused at the sum); the unit's head reports completion with
 * evidence on unit-targets.html (第十六条: 完成数 for a numeric target, 完成效果 for a qualitative one; no evidence is
 * refused next to the field) and asks for a change before 1 July (第九条); the committee (傅嘉成) approves it on
 * targets.html; the office checks a target (察访核验); the unit sees the approved values, the request 已批准 and the check
 * 属实. A cadre of another unit does not see the book. Data: a district of its own (unique names), demo logins for the
 * office and the committee.
 */
@IntegrationTest
class TargetRegisterBrowserIT {

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    DemoTownship demo;

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    SchemeCatalog schemes;

    @Autowired
    EngineTime time;

    @Autowired
    TestUsers testUsers;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void people() {
        // seed 004 第九条: changes only 于当年7月1日前 — a working Monday in March 2026
        time.set("2026-03-02T09:00");
        browser.baseUrl = "http://localhost:" + port;
        demo.load();
        for (String login : List.of("wangwenjian", "fujiacheng", "zhuhaiyan")) {
            testUsers.ensure(login);
        }
    }

    @AfterEach
    void backToTheTestEpoch() {
        time.reset();
    }

    @Test
    void officeRegistersUnitReportsAndAsksCommitteeApprovesOfficeChecksUnitSeesTheResult() {
        String tag =
                UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        long district = org.createUnit("TB" + tag, "浏览区" + tag, UnitKind.TOWNSHIP, null, 0, "目标浏览器测试")
                .id();
        String unitName = "发改局" + tag;
        long unit = org.createUnit("TB" + tag + "-FGJ", unitName, UnitKind.OFFICE, district, 1, "目标浏览器测试")
                .id();
        String head = "tbh" + tag.toLowerCase();
        cadres.create(
                new CadreCommand(
                        "TB" + tag + "-1",
                        "钱局长",
                        Gender.MALE,
                        unit,
                        "局长",
                        PostRank.PRINCIPAL,
                        StaffType.ESTABLISHED,
                        null,
                        null,
                        head,
                        null,
                        null),
                "目标浏览器测试");
        testUsers.ensure(head);
        long scheme = schemes.importPreset("zhongshan-units", null).getId();

        // 绩考办 registers the book; 60 + 30 is refused at the sum (第十二条(一) 工作目标基本分100分), nothing stored
        browser.logIn("wangwenjian");
        browser.open("targets.html");
        showRegister(scheme);
        new Select(browser.find("#target-entry select[name=unitId]")).selectByValue(String.valueOf(unit));
        fillTarget(0, "招商引资到位资金", "60", "NUMERIC", "5000", "万元");
        browser.click("#target-entry .add-target");
        fillTarget(1, "市区十件实事", "30", "QUALITATIVE", null, null);
        browser.click("#target-entry button[type=submit]");
        browser.text("#target-entry [data-field='targets[].points'] .field-error", "应等于 100 分");
        assertThat(targetIds(unit)).isEmpty();
        browser.type("#target-entry [data-field='targets[1].points'] input", "40");
        browser.click("#target-entry button[type=submit]");
        eventually("section[aria-labelledby=h-entry] .notice-ok", "目标责任书已登记");
        eventually("section[aria-labelledby=h-register] table", unitName);
        List<Long> ids = targetIds(unit);
        assertThat(ids).hasSize(2);
        long investment = ids.get(0);
        long projects = ids.get(1);

        // the unit's head: the menu offers the page; an empty evidence is refused next to its field, typing stays
        browser.logIn(head);
        browser.open("index.html");
        browser.click("#app-header a[href='unit-targets.html']");
        browser.text("section.book", "招商引资到位资金");
        browser.text("#content", unitName);
        browser.text("section.book", "2026年7月1日前"); // 第九条 于当年7月1日前提出申请
        String numeric = "form.report[data-target='" + investment + "'] ";
        browser.type(numeric + "input[name=actual]", "5200");
        browser.click(numeric + "button[type=submit]");
        browser.text(numeric + "[data-field=evidence] .field-error", "请填写完成情况说明和证明材料");
        assertThat(browser.find(numeric + "textarea[name=evidence]").getDomAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(browser.find(numeric + "input[name=actual]").getDomProperty("value"))
                .isEqualTo("5200");
        assertThat(jdbc.queryForObject("select reported_at from target where id = ?", Object.class, investment))
                .isNull();
        browser.type(numeric + "textarea[name=evidence]", "招商引资到位资金台账及银行进账单");
        browser.type(numeric + "textarea[name=attachments]", "FGJ-2026-017");
        browser.click(numeric + "button[type=submit]");
        eventually("#content > .notice-ok", "已上报“招商引资到位资金”");
        String qualitative = "form.report[data-target='" + projects + "'] ";
        browser.click(qualitative + "input[name=outcome][value=FAIR]");
        browser.type(qualitative + "textarea[name=evidence]", "停车场已建成，群众满意度一般");
        browser.click(qualitative + "button[type=submit]");
        eventually("#content > .notice-ok", "已上报“市区十件实事”");
        eventually("tr[data-target='" + investment + "']", "完成 5200 万元");
        eventually("tr[data-target='" + investment + "']", "FGJ-2026-017");
        eventually("tr[data-target='" + projects + "']", "完成但效果一般");

        // a change request before 1 July: 60 → 55 and 5000 → 4500 万元 for investment, 40 → 45 for the projects
        browser.type("form.change-request textarea[name=reason]", "受上级政策调整影响，招商引资目标下调");
        browser.type("form.change-request input[name='t" + investment + ".points']", "55");
        browser.type("form.change-request input[name='t" + investment + ".targetValue']", "4500");
        browser.type("form.change-request input[name='t" + projects + ".points']", "45");
        browser.click("form.change-request button[type=submit]");
        eventually("#content > .notice-ok", "等待领导小组审批");
        long change = jdbc.queryForObject("select id from target_change where unit_id = ?", Long.class, unit);
        String changeRow = "table.changes tr[data-change='" + change + "']";
        eventually(changeRow, "待审批");
        eventually(changeRow, "分值 60 → 55");
        eventually(changeRow, "目标值 5000 万元 → 4500 万元");
        assertThat(browser.all("form.change-request")).isEmpty(); // one open request per book

        // the committee approves on targets.html, reading the change in words
        browser.logIn("fujiacheng");
        browser.open("targets.html");
        showRegister(scheme);
        String committeeRow = "section[aria-labelledby=h-changes] tr[data-change='" + change + "']";
        browser.text(committeeRow, "第1项“招商引资到位资金”：分值 60 → 55");
        browser.type(committeeRow + " input[name=note]", "同意按政策调整");
        browser.click(committeeRow + " button[value=yes]");
        eventually("section[aria-labelledby=h-changes] .notice-ok", "已批准");
        drainJobs();
        assertThat(jdbc.queryForObject(
                        "select points from target where id = ?", java.math.BigDecimal.class, investment))
                .isEqualByComparingTo("55");

        // 察访核验 by the office
        browser.logIn("wangwenjian");
        browser.open("targets.html");
        showRegister(scheme);
        String check = "form.check[data-target='" + investment + "'] ";
        new Select(browser.find(check + "select[name=result]")).selectByValue("VERIFIED");
        browser.type(check + "input[name=note]", "实地核查属实");
        browser.click(check + "button[type=submit]");
        eventually("section[aria-labelledby=h-register] .notice-ok", "已核验");

        // the unit sees the approved values, the decision and the check, all in Chinese
        browser.logIn(head);
        browser.open("unit-targets.html");
        String row = "tr[data-target='" + investment + "']";
        browser.text(row, "属实");
        browser.text(row, "实地核查属实");
        browser.text(row, "4500 万元");
        assertThat(browser.find(row + " td.num").getText()).isEqualTo("55");
        browser.text(changeRow, "已批准");
        browser.text(changeRow, "同意按政策调整");
        browser.text("tr[data-target='" + projects + "']", "待核验");
        assertThat(browser.all(numeric))
                .as("a checked target is no longer reported")
                .isEmpty();
        assertThat(browser.all(qualitative)).hasSize(1);
        String page = browser.pageText();
        for (String code : List.of("NUMERIC", "QUALITATIVE", "VERIFIED", "SUBMITTED", "APPROVED", "FAIR", "TARGET-")) {
            assertThat(page).as("no code on the unit's page").doesNotContain(code);
        }
        browser.documentPage("unit-targets");
        browser.size(Browser.PHONE);
        assertThat((Long) browser.js("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a 375 px phone")
                .isLessThanOrEqualTo(375L);
        browser.size(Browser.DESKTOP);

        // a second request is refused: without a reason the refusal stands at the note field, then 已退回 with the note
        browser.type("form.change-request textarea[name=reason]", "再次申请调整分值");
        browser.type("form.change-request input[name='t" + investment + ".points']", "50");
        browser.type("form.change-request input[name='t" + projects + ".points']", "50");
        browser.click("form.change-request button[type=submit]");
        eventually("#content > .notice-ok", "等待领导小组审批");
        long second = jdbc.queryForObject("select max(id) from target_change where unit_id = ?", Long.class, unit);
        browser.logIn("fujiacheng");
        browser.open("targets.html");
        showRegister(scheme);
        String secondRow = "section[aria-labelledby=h-changes] tr[data-change='" + second + "']";
        browser.click(secondRow + " button[value=no]");
        browser.text(secondRow + " [data-field=note] .field-error", "必填");
        assertThat(jdbc.queryForObject("select status from target_change where id = ?", String.class, second))
                .isEqualTo("SUBMITTED");
        browser.type(secondRow + " input[name=note]", "调整理由不充分");
        browser.click(secondRow + " button[value=no]");
        eventually("section[aria-labelledby=h-changes] .notice-ok", "已退回");
        drainJobs();
        browser.logIn(head);
        browser.open("unit-targets.html");
        String secondUnitRow = "table.changes tr[data-change='" + second + "']";
        browser.text(secondUnitRow, "已退回");
        browser.text(secondUnitRow, "调整理由不充分");
        assertThat(browser.find(row + " td.num").getText()).isEqualTo("55");

        // a cadre of another unit does not see this book
        browser.logIn("zhuhaiyan");
        browser.open("unit-targets.html");
        browser.find("#content p.meta, #content .notice");
        assertThat(browser.pageText()).doesNotContain(unitName);
    }

    /** Waits until an element matching css contains the text, looking again each time (the page redraws). */
    private void eventually(String css, String contains) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .withMessage(() -> css + " should contain 「" + contains + "」")
                .until(d -> {
                    try {
                        return browser.all(css).stream()
                                .anyMatch(e -> e.getText().contains(contains));
                    } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                        return false;
                    }
                });
    }

    /** Chooses the scheme on targets.html and waits until the register, the entry form and the changes are drawn again. */
    private void showRegister(long scheme) {
        WebElement before = browser.find("section[aria-labelledby=h-changes] h2");
        new Select(browser.find("#t-scheme")).selectByValue(String.valueOf(scheme));
        browser.type("#t-period", "2026");
        browser.click("#content > form.card button[type=submit]");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(before));
        browser.find("section[aria-labelledby=h-changes] h2");
    }

    private void fillTarget(int row, String title, String points, String kind, String value, String measure) {
        String at = "#target-entry .target-row:nth-of-type(" + (row + 1) + ") ";
        browser.type(at + "input[name=title]", title);
        browser.type(at + "input[name=points]", points);
        new Select(browser.find(at + "select[name=kind]")).selectByValue(kind);
        if (value != null) {
            browser.type(at + "input[name=targetValue]", value);
            browser.type(at + "input[name=measureUnit]", measure);
        }
    }

    private List<Long> targetIds(long unit) {
        return jdbc.queryForList("select id from target where unit_id = ? order by position", Long.class, unit);
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
