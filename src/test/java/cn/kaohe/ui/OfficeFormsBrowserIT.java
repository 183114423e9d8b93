package cn.kaohe.ui;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 16, the office's side (docs/adr/0019): 王文健 (绩考办) works the ledger, roster, calendar and 集体评分 forms — every
 * error at once at its field, 请填写数字 for text in a number field, a fresh form after 已登记, Chinese labels instead of
 * codes — and pages, sorts and searches a 10,000-entry ledger on the server; a cadre is told 无权使用此页面. Each journey
 * runs in a phone-sized (390×844) and a desktop window. Data: a township of this test's own (its office, 3 cadres and
 * 10,000 ledger entries inserted by JDBC batch).
 */
@IntegrationTest
class OfficeFormsBrowserIT {

    static final Dimension PHONE = new Dimension(390, 844);

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

    String tag;
    long unit;
    List<Long> cadres;

    @BeforeEach
    void office() {
        time.reset(); // a fixed date in 2026
        browser.baseUrl = "http://localhost:" + port;
        demo.load();
        BrowserUsers.register(
                "wangwenjian", "王文健", roster.cadreIdOfLogin("wangwenjian").orElseThrow(), "CADRE", "OFFICE");
        BrowserUsers.register("chenkun", "陈坤", roster.cadreIdOfLogin("chenkun").orElseThrow(), "CADRE");
        testUsers.ensure("wangwenjian");
        testUsers.ensure("chenkun");
        schemes.importPreset("daligang-2021", null); // the ledger's fact types (seed 000)
        // digits only: a name with four capital letters in a row would read as a code to PagesForClerksBrowserIT
        tag = String.format(
                "%06d", java.util.concurrent.ThreadLocalRandom.current().nextInt(1_000_000));
        long township = org.createUnit("BT" + tag, "浏览镇" + tag, UnitKind.TOWNSHIP, null, 992, "测试")
                .id();
        unit = org.createUnit("BO" + tag, "浏览办" + tag, UnitKind.OFFICE, township, 992, "测试")
                .id();
        List<Object[]> rows = new ArrayList<>();
        int n = 0;
        for (String name : List.of("甲" + tag, "乙" + tag, "丙" + tag)) {
            rows.add(new Object[] {
                "B" + tag + "-" + n, name, "MALE", unit, "STAFF", "ESTABLISHED", "b" + tag.toLowerCase() + n++
            });
        }
        jdbc.batchUpdate(
                "insert into cadre (code, name, gender, unit_id, post_rank, staff_type, login_name)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                rows);
        cadres = jdbc.queryForList("select id from cadre where unit_id = ? order by code", Long.class, unit);
    }

    @AfterEach
    void backToTheTestEpoch() {
        time.reset();
    }

    private void window(String size) {
        browser.size(size.equals("phone") ? PHONE : Browser.DESKTOP);
    }

    /** Waits until an element of a list that is drawn again on every answer shows the text (looked up afresh). */
    private void listText(String css, String contains) {
        try {
            browser.waitFor(() -> {
                try {
                    return browser.all(css).stream().anyMatch(e -> e.getText().contains(contains));
                } catch (org.openqa.selenium.StaleElementReferenceException e) {
                    return false;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    css + " should contain 「" + contains + "」 but the page shows: " + browser.pageText());
        }
    }

    private boolean displayed(String css) {
        return browser.all(css).get(0).isDisplayed();
    }

    private void noHorizontalScroll(String size) {
        if (size.equals("phone")) {
            assertThat((Long) browser.js("return document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(390L);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void theLedgerFormShowsEveryErrorAtOnceAndStartsAfreshAfterEachEntry(String size) {
        window(size);
        browser.logIn("wangwenjian");
        browser.open("office.html#ledger");
        browser.text("#section-ledger", "登记台账事项");

        // nothing filled in: type, date and cadre are all named at once, each at its field
        browser.click("#ledger-form button[type=submit]");
        browser.text("#ledger-form [data-field=factType] .field-error", "请选择台账事项类型");
        browser.text("#ledger-form [data-field=occurredOn] .field-error", "请填写发生日期");
        browser.text("#ledger-form [data-field=cadreId] .field-error", "请填写涉及的干部或单位");

        // labels, not codes: the type list names clauses without "seed 000"; 纪律处分's levels are 警告, 严重警告 …
        String options = browser.find("#f-factType").getText();
        assertThat(options).contains("迟到").doesNotContain("LATENESS").doesNotContain("seed");
        assertThat(displayed("#f-points")).isFalse(); // no type chosen: no 分值
        new Select(browser.find("#f-factType")).selectByValue("DISCIPLINE");
        assertThat(browser.find("#f-level").getText()).contains("严重警告").doesNotContain("SEVERE_WARNING");
        assertThat(displayed("#f-points")).isFalse(); // seed 000 三(二)4: a 纪律处分 takes no 分值

        // seed 000 三(二)2: 因个人原因受通报批评 — the committee's figure (10–50) is asked for; text in it is 请填写数字
        new Select(browser.find("#f-factType")).selectByValue("PERSONAL_CENSURE");
        assertThat(displayed("#f-points")).isTrue();
        assertThat(displayed("#f-level")).isFalse();
        browser.type("#f-points", "abc");
        browser.click("#ledger-form button[type=submit]");
        browser.text("#ledger-form [data-field=points] .field-error", "请填写数字");

        // a number out of range, no date, no reason: all at once
        browser.find("#f-points").clear();
        browser.type("#f-points", "60");
        browser.click("#ledger-form button[type=submit]");
        browser.text("#ledger-form [data-field=points] .field-error", "10–50");
        browser.text("#ledger-form [data-field=occurredOn] .field-error", "请填写发生日期");
        browser.text("#ledger-form [data-field=reason] .field-error", "请填写分值和理由");
        browser.text("#ledger-form [data-field=cadreId] .field-error", "请填写涉及的干部或单位");

        // the cadre is found by name on the server, not in a list of every cadre
        browser.type("#ledger-form .picker input[type=search]", "乙" + tag);
        browser.click("#ledger-form .picker-list li[data-cadre-id='" + cadres.get(1) + "'] button");
        browser.text("#ledger-form .picker-chosen", "乙" + tag);
        browser.js("document.getElementById('f-occurredOn').value = '2026-05-20'");
        browser.find("#f-points").clear();
        browser.type("#f-points", "20");
        browser.type("#f-reason", "县纪委通报" + tag);
        browser.click("#ledger-form button[type=submit]");
        browser.text("#ledger-form .notice-ok", "已登记");
        assertThat(jdbc.queryForObject(
                        "select points from ledger_entry where cadre_id = ? and fact_type = 'PERSONAL_CENSURE'",
                        java.math.BigDecimal.class,
                        cadres.get(1)))
                .isEqualByComparingTo("20");

        // a fresh form: no type, no cadre, no 分值 left over for the next entry
        assertThat(browser.find("#f-factType").getDomProperty("value")).isEmpty();
        assertThat(browser.all("#f-points").get(0).getDomProperty("value")).isEmpty();
        assertThat(displayed("#f-points")).isFalse();
        assertThat(browser.all("#ledger-form input[name=cadreId]").get(0).getDomProperty("value"))
                .isEmpty();
        assertThat(browser.find("#f-reason").getDomProperty("value")).isEmpty();
        // the next entry, a 纪律处分 of the same cadre, carries no 分值
        new Select(browser.find("#f-factType")).selectByValue("DISCIPLINE");
        new Select(browser.find("#f-level")).selectByValue("WARNING");
        browser.type("#ledger-form .picker input[type=search]", "乙" + tag);
        browser.click("#ledger-form .picker-list li[data-cadre-id='" + cadres.get(1) + "'] button");
        browser.js("document.getElementById('f-occurredOn').value = '2026-05-21'");
        browser.click("#ledger-form button[type=submit]");
        // (the first entry's 已登记 is still on the form: wait for the second entry itself)
        browser.waitFor(() -> jdbc.queryForObject(
                        "select count(*) from ledger_entry where cadre_id = ? and fact_type = 'DISCIPLINE'",
                        Integer.class,
                        cadres.get(1))
                == 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from ledger_entry where cadre_id = ? and fact_type = 'DISCIPLINE'"
                                + " and points is null and level = 'WARNING'",
                        Integer.class,
                        cadres.get(1)))
                .isEqualTo(1);
        // the list names type, level and recorder in Chinese
        browser.type("#ledger-list-q", "乙" + tag);
        listText("#ledger-list .paged-total", "共 2 条");
        String list = browser.find("#ledger-list").getText();
        assertThat(list).contains("警告").contains("王文健").contains("乙" + tag);
        assertThat(list).doesNotContain("DISCIPLINE").doesNotContain("WARNING").doesNotContain("wangwenjian");
        noHorizontalScroll(size);
        browser.documentPage("office-ledger-" + size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void aLedgerOfTenThousandEntriesIsPagedSortedAndSearchedOnTheServer(String size) {
        List<Object[]> facts = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            facts.add(new Object[] {
                "LATENESS",
                Date.valueOf(LocalDate.of(2020, 1, 1).plusDays(i % 2000)),
                cadres.get(i % 3),
                "考勤" + tag + "-" + i,
                "wangwenjian",
                Timestamp.from(Instant.parse("2026-05-01T01:00:00Z"))
            });
        }
        jdbc.batchUpdate(
                "insert into ledger_entry (fact_type, occurred_on, cadre_id, reason, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                facts);
        window(size);
        browser.logIn("wangwenjian");
        browser.open("office.html#ledger");
        listText("#ledger-list .page-of", "第 1 /");
        browser.type("#ledger-list-q", "考勤" + tag);
        listText("#ledger-list .paged-total", "共 10000 条");
        listText("#ledger-list .page-of", "第 1 / 500 页");
        assertThat(browser.all("#ledger-list tbody tr")).hasSize(20);
        browser.click("#ledger-list button[rel=next]");
        listText("#ledger-list .page-of", "第 2 / 500 页");
        // sorted by 日期 on the server: the oldest first, then the newest first
        browser.click("#ledger-list th button[data-sort=occurredOn]");
        listText("#ledger-list .page-of", "第 1 / 500 页");
        listText("#ledger-list tbody tr:first-child", "2020年1月1日");
        browser.click("#ledger-list th button[data-sort=occurredOn]");
        listText("#ledger-list tbody tr:first-child", "2025年6月22日"); // 2020-01-01 + 1999 days
        assertThat(browser.find("#ledger-list th[aria-sort]").getAttribute("aria-sort"))
                .isEqualTo("descending");
        // one cadre's share: a third of them
        browser.find("#ledger-list-q").clear();
        browser.type("#ledger-list-q", "丙" + tag);
        listText("#ledger-list .paged-total", "共 3333 条");
        assertThat(browser.find("#ledger-list").getText()).contains("迟到").doesNotContain("LATENESS");
        noHorizontalScroll(size);
        browser.documentPage("office-ledger-10000-" + size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void theRosterIsSearchedAndTheCalendarFormShowsEveryErrorAtOnce(String size) {
        window(size);
        browser.logIn("wangwenjian");
        browser.open("office.html#roster");
        browser.type("#roster-list-q", "浏览办" + tag);
        listText("#roster-list .paged-total", "共 3 条");
        String names = browser.find("#roster-list tbody").getText();
        assertThat(names)
                .contains("甲" + tag)
                .contains("乙" + tag)
                .contains("丙" + tag)
                .contains("在编");
        assertThat(names).doesNotContain("ESTABLISHED").doesNotContain("STAFF");
        noHorizontalScroll(size);

        browser.open("office.html#calendar");
        browser.find("#calendar-form input[name=year]").clear();
        browser.type("#calendar-form input[name=year]", "abc");
        browser.click("#calendar-form button[type=submit]");
        browser.text("#calendar-form [data-field=year] .field-error", "请填写数字");
        // a year out of range and a document with problems: both shown at once, at the year and at the 安排 box
        browser.find("#calendar-form input[name=year]").clear();
        browser.type("#calendar-form input[name=year]", "2300");
        browser.type("#calendar-form textarea[name=document]", "holidays: 1");
        browser.click("#calendar-form button[type=submit]");
        browser.text("#calendar-form [data-field=year] .field-error", "年份应在");
        browser.find("#calendar-form [data-field=document] .field-error");
        noHorizontalScroll(size);
        browser.documentPage("office-calendar-" + size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void groupRatingErrorsStandInTheirCellsAllAtOnce(String size) {
        // seed: baicheng-monthly — 上级主管单位 and 乡镇领导小组 figures are entered by the office (0–scale)
        long scheme = schemes.importPreset("baicheng-monthly", null).getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Campaign c = campaigns.open(new OpenCampaign(
                null, unit, Cycle.MONTHLY, "2026-05", scheme, now.plusDays(5), now.plusDays(10), now.plusDays(15)));
        drainJobs();
        window(size);
        browser.logIn("wangwenjian");
        browser.open("office.html#group-ratings");
        browser.pickGroupRatingCampaign(c.getId(), c.getName());
        browser.find("form.group-ratings");
        List<org.openqa.selenium.WebElement> inputs = browser.all("form.group-ratings input.score-input");
        assertThat(inputs).hasSizeGreaterThanOrEqualTo(2);
        // two cells out of range and one with text: every one of them is marked, in its own cell
        inputs.get(0).sendKeys("1000");
        inputs.get(1).sendKeys("-5");
        browser.click("form.group-ratings button[type=submit]");
        browser.waitFor(() -> browser.all("form.group-ratings td .field-error").size() >= 2);
        assertThat(browser.find("form.group-ratings").getText()).doesNotContain("entries[");
        String first = inputs.get(0).getAttribute("name");
        browser.text("form.group-ratings td[data-field='" + first + "'] .field-error", "之间");
        assertThat(jdbc.queryForObject(
                        "select count(*) from group_rating where campaign_id = ?", Integer.class, c.getId()))
                .isZero();
        noHorizontalScroll(size);
        browser.documentPage("office-group-ratings-errors-" + size);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void aCadreIsToldThePageIsNotForThem(String size) {
        testUsers.ensureCadres();
        window(size);
        browser.logIn("chenkun");
        browser.open("office.html");
        browser.text("#no-access", "无权使用此页面");
        assertThat(browser.all("#content button")).isEmpty();
        assertThat(browser.pageText()).doesNotContain("撤销批次").doesNotContain("开启考核批次");
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
