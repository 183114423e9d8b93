package cn.kaohe.workflow.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaohe.support.CampaignFixture;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Camunda Tasklist for the roles the README offers it to: the office (engine group {@code office}, without the
 * engine's administrator group) opens Tasklist and its default filter {@code 所有任务} lists the tasks its
 * authorizations show (no 403 on the filter, which made Tasklist log the user out in a loop). A cadre, to whom
 * Tasklist is not offered, is refused once with a 403 (no redirect to the login page, so no loop either).
 */
@IntegrationTest
class TasklistIT {

    static final String DEFAULT_FILTER = "所有任务";

    @Autowired
    TestRestTemplate client;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    IdentityService identity;

    @Autowired
    FilterService filters;

    @Autowired
    AuthorizationService authorizations;

    @AfterEach
    void noEngineUser() {
        identity.clearAuthentication();
    }

    @Test
    void theOfficeGroupOpensTasklistAndItsDefaultFilterListsOnlyTheTasksItMaySee() {
        campaign.campaignId(client); // chenkun, zhoujing, hezhigang, yisiqi each have a self-evaluation task
        Filter filter = filters.createFilterQuery().filterName(DEFAULT_FILTER).singleResult();
        assertThat(filter).as("the starter's default filter").isNotNull();
        assertThat(authorizations.isUserAuthorized(
                        "someone-in-the-office",
                        List.of("office", "cadre"),
                        Permissions.ACCESS,
                        Resources.APPLICATION,
                        TasklistAccess.TASKLIST))
                .isTrue();

        // an office member who is also the assignee of a task (not an engine administrator)
        identity.setAuthentication("chenkun", List.of("office", "cadre"));
        List<Filter> visible = filters.createFilterQuery().list();
        List<Task> tasks = filters.list(filter.getId());

        assertThat(visible).extracting(Filter::getName).contains(DEFAULT_FILTER);
        assertThat(tasks).isNotEmpty();
        assertThat(tasks).allSatisfy(task -> assertThat(task.getAssignee()).isIn("chenkun", null));
        assertThat(tasks).extracting(Task::getAssignee).doesNotContain("zhoujing", "hezhigang", "yisiqi");
    }

    @Test
    void aGroupTasklistIsNotOfferedToCannotReadTheFilter() {
        Filter filter = filters.createFilterQuery().filterName(DEFAULT_FILTER).singleResult();
        identity.setAuthentication("chenkun", List.of("cadre"));
        assertThatThrownBy(() -> filters.list(filter.getId())).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void aCadreQueryingTasklistsApiIsRefusedOnceWithoutALoginLoop() {
        TestRestTemplate rest = client.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
        users.ensure("chenkun");
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, formLogin(rest, "chenkun"));
        session.setAccept(List.of(MediaType.APPLICATION_JSON));

        ResponseEntity<String> filterList = rest.exchange(
                "/camunda/api/engine/engine/default/filter?resourceType=Task",
                HttpMethod.GET,
                new HttpEntity<>(session),
                String.class);
        ResponseEntity<String> me = rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(session), String.class);

        assertThat(filterList.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(filterList.getHeaders().getLocation()).isNull();
        assertThat(me.getStatusCode()).as("still logged in").isEqualTo(HttpStatus.OK);
    }

    private static String formLogin(TestRestTemplate rest, String login) {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(m.find()).isTrue();
        String xsrf = cookie(page, "XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", login);
        form.add("password", TestUsers.PASSWORD);
        form.add("_csrf", m.group(1));
        ResponseEntity<String> done = rest.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return "JSESSIONID=" + cookie(done, "JSESSIONID") + "; XSRF-TOKEN=" + xsrf;
    }

    private static String cookie(ResponseEntity<?> response, String name) {
        for (String c : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
            if (c.startsWith(name + "=")) {
                return c.substring(name.length() + 1, c.indexOf(';') > 0 ? c.indexOf(';') : c.length());
            }
        }
        throw new AssertionError("no cookie " + name + " in " + response.getHeaders());
    }
}
