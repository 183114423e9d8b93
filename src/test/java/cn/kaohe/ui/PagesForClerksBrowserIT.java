package cn.kaohe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.campaign.Campaign;
import cn.kaohe.campaign.CampaignService;
import cn.kaohe.campaign.CampaignStatus;
import cn.kaohe.campaign.OpenCampaign;
import cn.kaohe.org.CadreCommand;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.CommitteeRole;
import cn.kaohe.org.DemoTownship;
import cn.kaohe.org.Gender;
import cn.kaohe.org.OrgService;
import cn.kaohe.org.PostRank;
import cn.kaohe.org.StaffType;
import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.shared.Cycle;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.Tasks;
import cn.kaohe.support.TestUsers;
import cn.kaohe.workflow.InboxTask;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 16 in the clerks' pages (docs/adr/0020): the committee's adjustment form (ranges in words, every refusal at its
 * field, grades best first, names instead of codes in the adjustment list), the anonymous 测评 sheet (errors at the cell,
 * a draft kept in this browser), the leader's 退回 box that appears only when 退回 is chosen, and a page-by-page check as
 * every role that no code, clause id, login, UUID or field path is shown — on a 390×844 phone and a desktop. Data: a
 * township of its own per test (党政办 with two clerks, a deputy mayor who rates them, a committee member at the township
 * level; the office is the test account granted OFFICE), the 学生干部考核 preset (seed 001 篇三: 工作绩效 0–40, three categories 0–20, grades by score) and
 * the 大栗港镇 preset (seed 000 三(四): 中心工作由领导小组测评, 0–100) for the sheet.
 */
@IntegrationTest
class PagesForClerksBrowserIT {

    static final Dimension PHONE = new Dimension(390, 844);

    /** Codes people must never see (issue 16): ENUM_CODES, seed clause ids, UUIDs, field paths. */
    private static final Pattern CODES = Pattern.compile(
            "[A-Z][A-Z_]{3,}|seed \\d|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|entries\\[");

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
    CampaignService campaigns;

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

    @Autowired
    Tasks tasks;

    SmallTown town;
    String memberLogin;
    String officeLogin;

    @BeforeEach
    void township() {
        time.reset(); // a fixed date in 2026, whatever today is
        browser.baseUrl = "http://localhost:" + port;
        demo.load(); // the shared context holds the demo township; this test's people live in a township of their own
        town = new SmallTown(org, cadres, "PGU");
        memberLogin = "pgum" + town.tag;
        long member = cadre(town.tag + "-M1", "赵委员", memberLogin);
        cadres.assignCommitteeRoles(member, Set.of(CommitteeRole.MEMBER), false, "测试");
        // the one 绩考办主任 of the roster is the demo's: the office here is the test account granted OFFICE
        officeLogin = TestUsers.OFFICE;
        for (String login :
                List.of(town.leaderLogin, town.clerkLogin, town.otherClerkLogin, memberLogin, officeLogin)) {
            testUsers.ensure(login);
        }
    }

    @AfterEach
    void backToTheTestEpoch() {
        time.reset();
    }

    @Test
    void theAdjustmentFormShowsRangesInWordsAndEveryRefusalAtItsField() {
        Campaign c = studentCampaignInReview();
        browser.logIn(memberLogin);
        browser.open("committee.html?campaign=" + c.getId());
        browser.text("table.ranking", "陈干事");
        clickCadre("陈干事");
        browser.find("#adjust-form");

        // labels and the allowed range before anything is typed (seed 001 篇三 四1: 工作绩效 40 分)
        Select target = new Select(browser.find("#adj-target"));
        assertThat(target.getOptions().stream().map(WebElement::getText))
                .contains("工作绩效", "学业成绩", "总分", "等次")
                .noneMatch(t -> t.matches("[A-Za-z_]+"));
        target.selectByVisibleText("工作绩效");
        browser.text("#adj-range", "允许范围：0–40");
        target.selectByVisibleText("总分");
        browser.text("#adj-range", "方案总分范围");
        assertThat(browser.find("#adj-range").getText()).doesNotContain("不限");
        // seed 001 篇三 五: 优秀、良好、及格、较差、差 — offered best first
        target.selectByVisibleText("等次");
        List<String> grades = new Select(browser.find("#adj-grade"))
                .getOptions().stream().map(WebElement::getText).skip(1).toList();
        assertThat(grades).containsExactly("优秀", "良好", "及格", "较差", "差");
        assertThat(browser.all("#adj-value").get(0).isDisplayed()).isFalse();

        // nothing chosen, nothing typed: both problems at once, each at its field
        target.selectByIndex(0);
        browser.click("#adjust-form button[type=submit]");
        browser.text("#adjust-form [data-field=target] .field-error", "请选择调整项目");
        browser.text("#adjust-form [data-field=reason] .field-error", "请填写调整理由");

        // "abc" is not blanked: it stays and is 请填写数字
        target.selectByVisibleText("工作绩效");
        browser.type("#adj-value", "abc");
        browser.type("#adj-reason", "核实调整");
        browser.click("#adjust-form button[type=submit]");
        browser.text("#adjust-form [data-field=value] .field-error", "请填写数字");
        assertThat(browser.find("#adj-value").getDomProperty("value")).isEqualTo("abc");
        assertThat(browser.all("#adjust-form [data-field=reason] .field-error")).isEmpty();

        // out of range: said in the page with the range
        browser.type("#adj-value", "50");
        browser.click("#adjust-form button[type=submit]");
        browser.text("#adjust-form [data-field=value] .field-error", "0–40");

        // the server refuses the same at the field with its code (the page's own check taken away)
        browser.js("delete document.getElementById('adj-value').dataset.max");
        browser.click("#adjust-form button[type=submit]");
        browser.text("#adjust-form [data-field=value] .field-error", "CAMPAIGN-021");
        assertThat(campaigns.adjustments(c.getId())).isEmpty();

        // a valid adjustment: saved, the form is empty again, the list names the item and the person
        browser.type("#adj-value", "35");
        browser.click("#adjust-form button[type=submit]");
        eventually("table.adjustments", "工作绩效");
        assertThat(campaigns.adjustments(c.getId())).hasSize(1);
        String list = browser.find("table.adjustments").getText();
        assertThat(list).contains("陈干事", "赵委员", "审议调整").doesNotContain(memberLogin, "work");
        clickCadre("陈干事");
        assertThat(browser.find("#adj-value").getDomProperty("value")).isEmpty();
        assertThat(browser.find("#adj-reason").getDomProperty("value")).isEmpty();

        // the 退回理由 box is there only when 退回 is chosen
        assertThat(browser.find("#review-submit").getText()).contains("审议通过");
        assertThat(browser.all(".review-form .send-back-reason").get(0).isDisplayed())
                .isFalse();
        browser.click("#send-back");
        browser.find(".review-form .send-back-reason textarea");
        assertThat(browser.find("#review-submit").getText()).contains("退回");
        browser.click("#review-submit");
        browser.text(".review-form [data-field=reason] .field-error", "请填写退回理由");
        assertThat(campaigns.campaign(c.getId()).getStatus()).isEqualTo(CampaignStatus.COMMITTEE_REVIEW);
        noCodesIn(browser.pageText(), "committee.html");
    }

    @Test
    void theLeaderSeesTheSendBackBoxOnlyWhenChoosingIt() {
        Campaign c = studentCampaign();
        selfEvaluations(c);
        browser.size(PHONE);
        browser.logIn(town.leaderLogin);
        browser.open("rating.html");
        browser.text("article.rating", "陈干事");
        WebElement card = cardOf("陈干事");
        assertThat(card.findElement(By.cssSelector(".return-reason")).isDisplayed())
                .isFalse();
        assertThat(card.findElement(By.cssSelector("fieldset.scores")).isDisplayed())
                .isTrue();
        card.findElement(By.cssSelector("input.choose-return")).click();
        assertThat(card.findElement(By.cssSelector(".return-reason textarea")).isDisplayed())
                .isTrue();
        assertThat(card.findElement(By.cssSelector("fieldset.scores")).isDisplayed())
                .isFalse();
        card.findElement(By.cssSelector("button.sign")).click();
        browser.waitFor(() -> cardOf("陈干事").getText().contains("请填写退回理由"));
        cardOf("陈干事").findElement(By.cssSelector("textarea[name=reason]")).sendKeys("个人总结过于简单，请补充。");
        cardOf("陈干事").findElement(By.cssSelector("button.sign")).click();
        browser.waitFor(() -> cardOf("陈干事").getText().contains("已退回干部修改"));
        assertThat(tasks.ofKind(c.getId(), "SELF_EVALUATION")).hasSize(1);
        assertThat((Long) browser.js("return document.documentElement.scrollWidth"))
                .as("no sideways scrolling on a 390 px phone")
                .isLessThanOrEqualTo(390L);
    }

    @Test
    void theRatingSheetShowsEveryErrorAtItsCellAndKeepsADraft() {
        // seed 000 三(四): 中心工作由绩效考核领导小组统一测评 — the committee member gets a sheet of 党政办's clerks
        long scheme = schemes.importPreset("daligang-2021", null).getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Campaign c = campaigns.open(new OpenCampaign(
                        null,
                        town.office,
                        Cycle.ANNUAL,
                        "2026",
                        scheme,
                        now.plusDays(5),
                        now.plusDays(10),
                        now.plusDays(15))
                .withPayPool(new BigDecimal("100000")));
        drainJobs();
        InboxTask sheet = tasks.of(memberLogin).stream()
                .filter(t -> t.kind().equals("RATING_SHEET") && c.getId().equals(t.campaignId()))
                .findFirst()
                .orElseThrow();

        browser.size(PHONE);
        browser.logIn(memberLogin);
        browser.open("rating-sheet.html?task=" + sheet.id());
        browser.find("#rating-sheet-form");
        List<WebElement> cells = browser.all("#rating-sheet-form input.score-input");
        assertThat(cells).hasSize(2);
        cells.get(0).sendKeys("abc");
        cells.get(1).sendKeys("500");
        browser.click("#submit");
        // every cell's problem at once, at the cell
        browser.text(
                "#rating-sheet-form td.field:has(input[name='" + cells.get(0).getDomAttribute("name")
                        + "']) .field-error",
                "请填写数字");
        browser.text(
                "#rating-sheet-form td.field:has(input[name='" + cells.get(1).getDomAttribute("name")
                        + "']) .field-error",
                "0–100");
        assertThat(cells.get(0).getDomProperty("value")).isEqualTo("abc");
        noCodesIn(browser.pageText(), "rating-sheet.html");

        // the draft outlives a reload (localStorage, per task)
        browser.open("rating-sheet.html?task=" + sheet.id());
        browser.text(".draft-note", "已恢复");
        cells = browser.all("#rating-sheet-form input.score-input");
        assertThat(cells.get(0).getDomProperty("value")).isEqualTo("abc");
        assertThat(cells.get(1).getDomProperty("value")).isEqualTo("500");
        cells.get(0).clear();
        cells.get(0).sendKeys("88");
        cells.get(1).clear();
        cells.get(1).sendKeys("92.5");
        browser.click("#submit");
        browser.text("#content .notice-ok", "测评已提交");
        assertThat(browser.js("return localStorage.getItem('kaohe.form.sheet-" + sheet.id() + "')"))
                .as("the draft is cleared on submit")
                .isNull();
    }

    @Test
    void noPageShowsACodeToAnyRoleOnAPhoneOrADesktop() {
        Campaign c = studentCampaignInReview();
        // an adjustment and a ledger-free explanation make the committee board show names, not codes
        campaignsAdjust(c);
        String[] pages = {
            "index.html",
            "tasks.html",
            "committee.html",
            "committee.html?campaign=" + c.getId(),
            "notice.html",
            "appeals.html",
            "rating.html",
            "result.html",
            "leave.html",
            "targets.html",
            "unit-targets.html"
        };
        List<String> logins = List.of(town.clerkLogin, town.leaderLogin, memberLogin, officeLogin);
        List<String> seen = new ArrayList<>();
        for (Dimension size : List.of(PHONE, Browser.DESKTOP)) {
            for (String login : logins) {
                browser.size(size);
                browser.logIn(login);
                for (String page : pages) {
                    browser.open(page);
                    String text = loaded(page);
                    noCodesIn(text, page + " as " + login);
                    for (String other : logins) {
                        assertThat(text)
                                .as("%s as %s shows a login", page, login)
                                .doesNotContain(other);
                    }
                    if (text.contains("无权使用此页面")) {
                        assertThat(browser.all("main form, main button"))
                                .as("%s offers no controls to %s", page, login)
                                .isEmpty();
                        assertThat(browser.all("nav.menu a").stream().map(a -> a.getDomAttribute("href")))
                                .as("a page %s may not use is not in the menu", login)
                                .doesNotContain(page.replaceAll("\\?.*", ""));
                    }
                    seen.add(page + "@" + login);
                }
                // the township of the cadre's unit is in the header
                if (!login.equals(officeLogin)) {
                    assertThat(browser.find("#app-header .township").getText()).isEqualTo("测试镇" + town.tag);
                }
            }
        }
        assertThat(seen).hasSize(2 * logins.size() * pages.length);
        // a clerk may not use the committee's page: said, and nothing to click
        browser.logIn(town.clerkLogin);
        browser.open("committee.html?campaign=" + c.getId());
        browser.text("main", "无权使用此页面");
    }

    /** Waits until the page has loaded (no 正在加载… left) and answers its text. */
    private String loaded(String page) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
                .withMessage(() -> page + " stays on 正在加载…: " + browser.pageText())
                .until(d -> {
                    String t = browser.pageText();
                    return !t.contains("正在加载") && !browser.all("main h1").isEmpty();
                });
        return browser.pageText();
    }

    private static void noCodesIn(String text, String where) {
        Matcher m = CODES.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group());
        }
        assertThat(found).as("codes shown on %s:%n%s", where, text).isEmpty();
    }

    private void campaignsAdjust(Campaign c) {
        long assessment = campaigns.assessments(c.getId()).get(0).getId();
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken(memberLogin, null, "ROLE_COMMITTEE"));
        try {
            campaigns.adjust(assessment, "work", "30", "领导小组核实调整");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private Campaign studentCampaign() {
        long scheme = schemes.importPreset("student-cadre", null).getId();
        OffsetDateTime now = OffsetDateTime.now(clock);
        Campaign c = campaigns.open(new OpenCampaign(
                null, town.office, Cycle.ANNUAL, "2026", scheme, now.plusDays(5), now.plusDays(10), now.plusDays(15)));
        drainJobs();
        return c;
    }

    private void selfEvaluations(Campaign c) {
        for (InboxTask t : tasks.ofKind(c.getId(), "SELF_EVALUATION")) {
            tasks.complete(
                    t,
                    t.assignee(),
                    "{\"summary\":\"完成本年度工作任务。\",\"scores\":"
                            + "{\"work\":30,\"study\":16,\"ideology\":16,\"life\":16}}");
        }
        drainJobs();
    }

    /** 学生干部考核 with both clerks self-evaluated and rated by the deputy mayor: on the committee's desk. */
    private Campaign studentCampaignInReview() {
        Campaign c = studentCampaign();
        selfEvaluations(c);
        for (InboxTask t : tasks.ofKind(c.getId(), "RATING")) {
            tasks.complete(
                    t,
                    t.assignee(),
                    "{\"scores\":{\"work\":36,\"study\":18,\"ideology\":17,\"life\":18},\"comment\":\"工作认真。\"}");
        }
        drainJobs();
        assertThat(campaigns.campaign(c.getId()).getStatus()).isEqualTo(CampaignStatus.COMMITTEE_REVIEW);
        return c;
    }

    private long cadre(String code, String name, String login) {
        return cadres.create(
                        new CadreCommand(
                                code,
                                name,
                                Gender.FEMALE,
                                town.town,
                                "委员",
                                PostRank.DEPUTY,
                                StaffType.ESTABLISHED,
                                null,
                                null,
                                login,
                                null,
                                null),
                        "测试")
                .cadre()
                .id();
    }

    private WebElement cardOf(String name) {
        return browser.all("article.rating").stream()
                .filter(a -> a.findElement(By.tagName("h2")).getText().contains(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rating card of " + name));
    }

    private void clickCadre(String name) {
        eventually("table.ranking button.cadre", name);
        browser.all("table.ranking button.cadre").stream()
                .filter(b -> b.getText().equals(name))
                .findFirst()
                .orElseThrow()
                .click();
        browser.text("#detail", name + " 的计分说明");
    }

    private void eventually(String css, String contains) {
        browser.waitFor(() -> {
            try {
                return browser.all(css).stream().anyMatch(e -> e.getText().contains(contains));
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
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
