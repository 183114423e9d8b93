package cn.kaohe.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bad input at every API endpoint, sent by a user who may call it (so that the input, not the rule, is
 * refused): malformed JSON, wrong types, unknown ids, huge payloads, SQL and script injection strings,
 * Chinese and emoji text. Each answer is a 4xx JSON with an error code (never a 500, never a stack trace)
 * and nothing is stored (row counts of every application table, the audit trail included, unchanged).
 */
@IntegrationTest
class BadInputIT {

    static final String SQL = "'; drop table cadre; --";
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String EMOJI = "考核😀🚀测试";
    static final String HUGE = "{\"name\":\"" + "考".repeat(1_100_000) + "\"}";

    static final List<String> TABLES = List.of(
            "org_unit",
            "cadre",
            "supervision",
            "committee_membership",
            "scheme_version",
            "ledger_entry",
            "campaign",
            "assessment",
            "result_adjustment",
            "group_rating",
            "appeal",
            "notification",
            "holiday_arrangement",
            "app_user",
            "app_user_grant",
            "audit_record");

    record Case(String who, HttpMethod method, String path, String contentType, String body) {
        @Override
        public String toString() {
            return who + " " + method + " " + path + " "
                    + (body == null ? "" : body.length() > 60 ? body.substring(0, 60) + "…" : body);
        }
    }

    static Case json(String who, HttpMethod method, String path, String body) {
        return new Case(who, method, path, "application/json", body);
    }

    static Stream<Case> cases() {
        String office = TestUsers.OFFICE;
        String admin = TestUsers.ADMIN;
        String committee = "wangfeng";
        String cadre = "chenkun";
        return Stream.of(
                // campaigns
                json(office, HttpMethod.POST, "/api/campaigns", "{"),
                json(office, HttpMethod.POST, "/api/campaigns", "{\"unitId\":\"abc\",\"cycle\":\"ANNUAL\"}"),
                json(office, HttpMethod.POST, "/api/campaigns", "{\"unitId\":1,\"cycle\":\"WEEKLY\"}"),
                json(
                        office,
                        HttpMethod.POST,
                        "/api/campaigns",
                        "{\"name\":\"" + SQL + "\",\"unitId\":999999,\"cycle\":\"ANNUAL\",\"period\":\"2026\","
                                + "\"schemeVersionId\":999999,\"selfEvaluationDue\":\"2030-01-01T00:00:00+08:00\","
                                + "\"ratingDue\":\"2030-02-01T00:00:00+08:00\",\"reviewDue\":\"2030-03-01T00:00:00+08:00\"}"),
                json(office, HttpMethod.POST, "/api/campaigns", "[1,2,3]"),
                json(office, HttpMethod.POST, "/api/campaigns", HUGE),
                new Case(office, HttpMethod.POST, "/api/campaigns", "text/plain", EMOJI),
                json(office, HttpMethod.GET, "/api/campaigns/abc", null),
                json(office, HttpMethod.GET, "/api/campaigns/999999", null),
                json(office, HttpMethod.GET, "/api/campaigns/999999/ranking", null),
                json(office, HttpMethod.GET, "/api/campaigns/999999/adjustments", null),
                json(office, HttpMethod.GET, "/api/campaigns/999999/group-ratings", null),
                json(
                        office,
                        HttpMethod.PUT,
                        "/api/campaigns/999999/group-ratings",
                        "{\"entries\":[],\"reason\":\"x\"}"),
                json(office, HttpMethod.PUT, "/api/campaigns/1/group-ratings", "{\"entries\":\"" + SCRIPT + "\"}"),
                json(office, HttpMethod.DELETE, "/api/campaigns", null),
                // assessments and adjustments
                json(cadre, HttpMethod.GET, "/api/assessments/abc", null),
                json(cadre, HttpMethod.GET, "/api/assessments/999999", null),
                json(
                        committee,
                        HttpMethod.POST,
                        "/api/assessments/999999/adjustments",
                        "{\"target\":\"total\",\"value\":\"" + SQL + "\",\"reason\":\"" + EMOJI + "\"}"),
                json(committee, HttpMethod.POST, "/api/assessments/1/adjustments", "{\"target\":"),
                // appeals
                json(
                        cadre,
                        HttpMethod.POST,
                        "/api/assessments/999999/appeals",
                        "{\"grounds\":\"" + SCRIPT + "\",\"items\":[\"" + EMOJI + "\"]}"),
                json(cadre, HttpMethod.POST, "/api/assessments/1/appeals", "{\"items\": 5}"),
                json(cadre, HttpMethod.GET, "/api/appeals/999999", null),
                // ledger
                json(office, HttpMethod.POST, "/api/ledger", "{\"factType\":"),
                json(
                        office,
                        HttpMethod.POST,
                        "/api/ledger",
                        "{\"factType\":\"LATENESS\",\"occurredOn\":\"yesterday\"}"),
                json(
                        office,
                        HttpMethod.POST,
                        "/api/ledger",
                        "{\"factType\":\"" + SQL + "\",\"occurredOn\":\"2026-03-02\",\"cadreId\":999999,\"reason\":\""
                                + SCRIPT + "\"}"),
                json(
                        office,
                        HttpMethod.POST,
                        "/api/ledger",
                        "{\"factType\":\"LATENESS\",\"occurredOn\":\"2026-03-02\",\"quantity\":\"many\"}"),
                json(office, HttpMethod.POST, "/api/ledger/999999/reversal", "{\"reason\":\"" + EMOJI + "\"}"),
                json(office, HttpMethod.GET, "/api/ledger/999999", null),
                json(office, HttpMethod.GET, "/api/ledger?cadreId=abc", null),
                json(office, HttpMethod.GET, "/api/ledger?cadreId=1&from=2026-13-45", null),
                // schemes
                json(office, HttpMethod.POST, "/api/schemes", "{\"document\":\"" + SQL + "\",\"format\":\"yaml\"}"),
                json(office, HttpMethod.POST, "/api/schemes", "{\"document\":\"{}\",\"format\":\"xml\"}"),
                json(office, HttpMethod.POST, "/api/schemes/presets/" + "no-such-preset", null),
                json(office, HttpMethod.POST, "/api/schemes/preview", "{\"schemeVersionId\":999999,\"input\":{}}"),
                json(office, HttpMethod.POST, "/api/schemes/preview", "{\"document\":\"" + EMOJI + "\"}"),
                json(office, HttpMethod.GET, "/api/schemes/999999", null),
                json(office, HttpMethod.GET, "/api/schemes/999999/document", null),
                // calendar
                new Case(office, HttpMethod.PUT, "/api/calendar/2027", "application/yaml", "holidays: [" + SCRIPT),
                new Case(
                        office,
                        HttpMethod.PUT,
                        "/api/calendar/2027",
                        "application/json",
                        "{\"holidays\":\"" + SQL + "\"}"),
                new Case(office, HttpMethod.PUT, "/api/calendar/2027", "image/png", "x"),
                json(office, HttpMethod.GET, "/api/calendar/notice-window?workingDays=abc", null),
                json(office, HttpMethod.GET, "/api/calendar/notice-window?openedAt=" + "x%27%3B--", null),
                json(office, HttpMethod.GET, "/api/calendar/1999", null),
                // organisation
                json(office, HttpMethod.POST, "/api/units", "{}"),
                json(office, HttpMethod.POST, "/api/units", "{\"name\":\"" + SCRIPT + "\",\"kind\":\"" + SQL + "\"}"),
                json(office, HttpMethod.GET, "/api/units/999999", null),
                json(office, HttpMethod.POST, "/api/cadres", "{\"name\":\"" + EMOJI + "\",\"unitId\":\"x\"}"),
                json(office, HttpMethod.PUT, "/api/cadres/999999", "{\"name\":\"张三\"}"),
                json(office, HttpMethod.GET, "/api/cadres/999999", null),
                json(office, HttpMethod.POST, "/api/cadres/999999/deactivate", "{\"reason\":\"" + SQL + "\"}"),
                json(
                        office,
                        HttpMethod.PUT,
                        "/api/cadres/999999/supervised-units",
                        "{\"unitIds\":[1],\"reason\":\"x\"}"),
                new Case(office, HttpMethod.POST, "/api/roster/import", "application/json", "{}"),
                // tasks and notifications
                json(cadre, HttpMethod.GET, "/api/tasks/no-such-task", null),
                json(cadre, HttpMethod.POST, "/api/tasks/no-such-task/complete", "{\"summary\":\"" + EMOJI + "\"}"),
                json(cadre, HttpMethod.POST, "/api/tasks/complete-batch", "[]"),
                json(cadre, HttpMethod.POST, "/api/tasks/complete-batch", "{\"not\":\"a list\"}"),
                json(cadre, HttpMethod.PUT, "/api/tasks/no-such-task/draft", "{"),
                json(cadre, HttpMethod.POST, "/api/notifications/999999/read", null),
                json(cadre, HttpMethod.POST, "/api/notifications/abc/read", null),
                // audit
                json(committee, HttpMethod.GET, "/api/audit?entityType=Assessment&sort=salary", null),
                json(committee, HttpMethod.GET, "/api/audit?from=abc&to=2026-13-01", null),
                json(committee, HttpMethod.GET, "/api/audit?q=" + SQL + "&size=0", null),
                // users
                json(admin, HttpMethod.POST, "/api/admin/users", "{\"login\":\"" + SQL + "\",\"password\":\"x\"}"),
                json(
                        admin,
                        HttpMethod.POST,
                        "/api/admin/users",
                        "{\"login\":\"" + EMOJI + "\",\"password\":\"Abcdefg123\",\"reason\":\"x\"}"),
                json(
                        admin,
                        HttpMethod.POST,
                        "/api/admin/users",
                        "{\"login\":\"nobody1\",\"password\":\"Abcdefg123\",\"reason\":\"无角色\"}"),
                json(
                        admin,
                        HttpMethod.POST,
                        "/api/admin/users",
                        "{\"login\":\"newadmin\",\"password\":\"short\",\"grants\":[\"ADMIN\"],\"reason\":\"x\"}"),
                json(
                        admin,
                        HttpMethod.POST,
                        "/api/admin/users/chenkun/roles",
                        "{\"role\":\"COMMITTEE\",\"reason\":\"x\"}"),
                json(admin, HttpMethod.POST, "/api/admin/users/chenkun/roles", "{\"role\":\"KING\",\"reason\":\"x\"}"),
                json(admin, HttpMethod.POST, "/api/admin/users/chenkun/roles", "{\"role\":\"PARTY\"}"),
                json(
                        admin,
                        HttpMethod.POST,
                        "/api/admin/users/no-such-user/roles",
                        "{\"role\":\"PARTY\",\"reason\":\"x\"}"),
                json(
                        admin,
                        HttpMethod.POST,
                        "/api/admin/users/chenkun/password",
                        "{\"password\":\"123\",\"reason\":\"x\"}"),
                json(admin, HttpMethod.DELETE, "/api/admin/users/chenkun/roles/PARTY", null),
                json(admin, HttpMethod.GET, "/api/admin/users/" + "no-such-user", null),
                json(
                        cadre,
                        HttpMethod.POST,
                        "/api/me/password",
                        "{\"currentPassword\":\"wrong\",\"newPassword\":\"" + SQL + "\"}"),
                // nothing there
                json(cadre, HttpMethod.GET, "/api/no-such-endpoint", null));
    }

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ObjectMapper json;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsAClear4xxWithACodeAndNothingIsStored(Case c) throws Exception {
        TestRestTemplate rest = users.as(anonymous, c.who());
        String before = counts();
        HttpHeaders headers = new HttpHeaders();
        if (c.contentType() != null && c.body() != null) {
            headers.set(HttpHeaders.CONTENT_TYPE, c.contentType());
        }
        headers.set(HttpHeaders.ACCEPT, "application/json");
        ResponseEntity<byte[]> response = rest.exchange(
                c.path(),
                c.method(),
                new HttpEntity<>(c.body() == null ? null : c.body().getBytes(StandardCharsets.UTF_8), headers),
                byte[].class);
        String text = response.getBody() == null ? "" : new String(response.getBody(), StandardCharsets.UTF_8);
        assertThat(response.getStatusCode().is4xxClientError())
                .as("%s → %s %s", c, response.getStatusCode(), text)
                .isTrue();
        JsonNode body = json.readTree(text);
        assertThat(body.path("code").asText()).as(text).matches("[A-Z]+-\\d{3}");
        assertThat(body.path("message").asText()).as(text).isNotBlank();
        assertThat(text).doesNotContain("Exception", "at cn.kaohe", "at org.");
        assertThat(counts()).as("nothing stored by " + c).isEqualTo(before);
    }

    private String counts() {
        StringBuilder sb = new StringBuilder();
        for (String t : TABLES) {
            sb.append(t)
                    .append('=')
                    .append(jdbc.queryForObject("select count(*) from " + t, Long.class))
                    .append(' ');
        }
        return sb.toString();
    }
}
