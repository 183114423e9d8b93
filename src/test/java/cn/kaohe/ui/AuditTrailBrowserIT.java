package cn.kaohe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 审计记录 (issue 16, docs/adr/0020): the office searches the trail, pages it, narrows it by type and sees Chinese
 * names, not codes or logins; a cadre is not offered the page. Data: 23 records of a township of its own's clerk.
 */
@IntegrationTest
class AuditTrailBrowserIT {

    static final Dimension PHONE = new Dimension(390, 844);

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    TestUsers testUsers;

    @Autowired
    AuditTrail trail;

    @Autowired
    EngineTime time;

    SmallTown t;

    @BeforeEach
    void aTownAndItsTrail() {
        time.reset();
        browser.baseUrl = "http://localhost:" + port;
        t = new SmallTown(org, cadres, "AT");
        testUsers.ensure(t.clerkLogin);
        testUsers.ensure(TestUsers.OFFICE);
        for (int i = 0; i < 23; i++) {
            trail.record(
                    t.clerkLogin,
                    i < 20
                            ? AuditEvent.created(
                                    "LEDGER_RECORDED", "LedgerEntry", t.tag + i, Map.of("n", i), "浏览审计" + t.tag)
                            : AuditEvent.created(
                                    "LEAVE_REQUESTED", "LeaveRequest", t.tag + i, Map.of("n", i), "浏览审计" + t.tag));
        }
    }

    @AfterEach
    void backToTheTestEpoch() {
        time.reset();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void theOfficeSearchesPagesAndNarrowsTheTrail(String size) {
        browser.size(size.equals("phone") ? PHONE : Browser.DESKTOP);
        browser.logIn(TestUsers.OFFICE);
        browser.open("audit.html");
        browser.type("#audit-list-q", "浏览审计" + t.tag);
        browser.text("#audit-list .paged-total", "共 23 条");
        browser.text("#audit-list .page-of", "第 1 / 2 页");
        String first = browser.find("#audit-list tbody").getText();
        assertThat(first).contains("登记台账", "台账事项", "陈干事").doesNotContain("LEDGER_RECORDED", t.clerkLogin);
        browser.click("#audit-list button[rel=next]");
        browser.text("#audit-list .page-of", "第 2 / 2 页");

        new org.openqa.selenium.support.ui.Select(browser.find("#audit-entityType")).selectByValue("LeaveRequest");
        browser.click("#audit-filters button[type=submit]");
        browser.text("#audit-list .paged-total", "共 3 条");
        assertThat(browser.find("#audit-list tbody").getText()).contains("申请请假", "请销假");

        // a day before the start: the error stands at the field
        browser.js("arguments[0].value = '2026-06-02'", browser.find("#audit-from"));
        browser.js("arguments[0].value = '2026-06-01'", browser.find("#audit-to"));
        browser.click("#audit-filters button[type=submit]");
        browser.text("#audit-filters [data-field=to] .field-error", "不能早于");
    }

    @org.junit.jupiter.api.Test
    void aLinkNamesTheRecord() {
        browser.size(Browser.DESKTOP);
        browser.logIn(TestUsers.OFFICE);
        // the committee's 查看办理记录 links an assessment like this (its steps are its record, docs/adr/0003)
        browser.open("audit.html?entityType=LeaveRequest&entityId=" + t.tag + "21");
        browser.text("#audit-list .paged-total", "共 1 条");
        assertThat(browser.find("#audit-entityType").getAttribute("value")).isEqualTo("LeaveRequest");
        assertThat(browser.find("#audit-entityId").getAttribute("value")).isEqualTo(t.tag + "21");
        assertThat(browser.find("#audit-list tbody").getText()).contains("申请请假", t.tag + "21");
    }

    @org.junit.jupiter.api.Test
    void aCadreIsNotOfferedThePage() {
        browser.size(PHONE);
        browser.logIn(t.clerkLogin);
        browser.open("index.html");
        assertThat(browser.all("a[href='audit.html']")).isEmpty();
        browser.open("audit.html");
        browser.text("#main .denied", "无权使用此页面");
    }
}
