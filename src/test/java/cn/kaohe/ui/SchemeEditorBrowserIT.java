package cn.kaohe.ui;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.scheme.SchemeCatalog;
import cn.kaohe.scheme.SchemeDocuments.Format;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The scheme editor (scheme.html, issue 16) on a phone (390×844) and a desktop: the office reads a frozen version (a
 * campaign uses it: 已冻结, no 修改), copies it to a draft, makes a mistake that the check shows at its line, fixes it,
 * changes 迟到 from 2 to 3 points, tries it on the sample cadres (丙, late twice, loses 6) and saves it as version 2 with a
 * note. Data: a scheme of the test's own.
 */
@IntegrationTest
class SchemeEditorBrowserIT {

    /** 作风纪律 40 (迟到一次扣2分) + 工作实绩 60 rated by the supervising leader; line 13 is {@code points: 60}. */
    static final String SCHEME =
            """
            code: %s
            name: 浏览器测试方案%s
            cycle: ANNUAL
            baseScore: 100
            categories:
              - id: conduct
                name: 作风纪律
                source: BASE
                points: 40
              - id: work
                name: 工作实绩
                source: RATING
                points: 60
                ratingSets:
                  - components: [{raterGroup: SUPERVISING_LEADER, name: 分管领导, weight: 1}]
            factRules:
              - {id: late, factType: LATENESS, name: 迟到, category: conduct, valuation: PER_OCCURRENCE, points: 2}
            """;

    @RegisterExtension
    final Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Autowired
    SchemeCatalog catalog;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void office() {
        browser.baseUrl = "http://localhost:" + port;
        users.ensure(TestUsers.OFFICE);
    }

    void setText(String css, String text) {
        WebElement area = browser.find(css);
        browser.js(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}))",
                area,
                text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void theOfficeCopiesAFrozenVersionFixesAMistakeTriesItAndSavesIt(String size) {
        browser.size(size.equals("phone") ? new Dimension(390, 844) : new Dimension(1280, 900));
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String code = "browser-" + tag;
        String yaml = SCHEME.formatted(code, tag);
        long id = catalog.create(yaml, Format.YAML, null).getId();
        catalog.freeze(id); // a campaign uses it

        browser.logIn(TestUsers.OFFICE);
        browser.open("scheme.html?version=" + id);
        browser.text("tr[data-scheme-id='" + id + "']", "已冻结");
        browser.text("#yaml-view", "code: " + code);
        browser.text("#scheme-panel", "不能修改");
        assertThat(browser.all("#edit-version")).isEmpty();

        browser.click("#copy-draft");
        browser.find("#scheme-editor textarea[name=document]");
        // a mistake on line 13: the check marks that line and says what is wrong
        setText("#scheme-editor textarea[name=document]", yaml.replace("points: 60", "points: abc"));
        browser.click("#check-button");
        browser.text("#yaml-problems", "第 13 行");
        browser.text("#yaml-problems", "abc");
        assertThat(browser.all(".yaml-gutter li.has-error"))
                .extracting(e -> e.getText())
                .containsExactly("13");
        browser.click("#yaml-problems button");
        assertThat(browser.js("return document.activeElement.name")).isEqualTo("document");

        // fixed, and 迟到 now costs 3 points: the sample's 丙 (late twice) has 40 − 6 + 60×75% = 79
        setText("#scheme-editor textarea[name=document]", yaml.replace("points: 2}", "points: 3}"));
        browser.click("#preview-button");
        browser.text("#sample-preview", "样例干部丙");
        browser.text("#sample-preview tr[data-subject-id='sample-3']", "79");
        browser.text("#yaml-problems", "检查通过");
        assertThat(browser.all(".yaml-gutter li.has-error")).isEmpty();

        // saving without a note is refused at the note
        browser.click("#save-button");
        browser.text("#scheme-editor [data-field=note] .field-error", "修改说明");
        browser.type("#f-note", "迟到改为每次扣3分");
        browser.click("#save-button");
        browser.text("#content > .notice-ok", "第 2 版");
        browser.documentPage("scheme-editor-" + size);

        List<Long> ids =
                jdbc.queryForList("select id from scheme_version where code = ? and version_no = 2", Long.class, code);
        assertThat(ids).hasSize(1);
        assertThat(catalog.model(ids.get(0)).factRules().get(0).points()).isEqualByComparingTo("3");
        assertThat(jdbc.queryForObject(
                        "select reason from audit_record where action = 'SCHEME_VERSION_SAVED' and entity_id = ?",
                        String.class,
                        String.valueOf(ids.get(0))))
                .isEqualTo("迟到改为每次扣3分");
        assertThat(catalog.stored(id).getDocument()).isEqualTo(yaml);
    }
}
