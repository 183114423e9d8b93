package cn.kaohe.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** Form login with session and CSRF cookies, HTTP Basic for API clients, JSON 401/403, lock-out, headers. */
@IntegrationTest
class LoginIT {

    @Autowired
    TestRestTemplate client;

    /** Redirects are answers here, not followed. */
    TestRestTemplate rest;

    @Autowired
    TestUsers users;

    @Autowired
    AuditTrail audit;

    @Autowired
    EngineTime time;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void noRedirects() {
        rest = client.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    @AfterEach
    void resetClock() {
        time.reset();
    }

    @Test
    void anApiCallWithoutLoginIsAJson401NeverARedirect() {
        ResponseEntity<JsonNode> response = rest.getForEntity("/api/campaigns", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON))
                .isTrue();
        assertThat(response.getBody().get("code").asText()).isEqualTo("COMMON-009");
        assertThat(response.getBody().get("message").asText()).isEqualTo("请先登录");
        assertThat(response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    }

    @Test
    void aPageWithoutLoginRedirectsToTheLoginPage() {
        HttpHeaders browser = new HttpHeaders();
        browser.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> response =
                rest.exchange("/camunda/app/cockpit/default/", HttpMethod.GET, new HttpEntity<>(browser), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(response.getHeaders().getLocation().getPath()).isEqualTo("/login");
    }

    @Test
    void theLoginPageIsChineseAndCarriesACsrfToken() {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("登录名", "密码", "name=\"_csrf\"", "width=device-width");
        assertThat(cookie(page, "XSRF-TOKEN")).isNotNull();
    }

    @Test
    void wrongBasicCredentialsAnswerInChinese() {
        users.ensure(TestUsers.PARTY);
        ResponseEntity<JsonNode> response =
                rest.withBasicAuth(TestUsers.PARTY, "wrong-1234").getForEntity("/api/me", JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody().get("code").asText()).isEqualTo("COMMON-009");
        assertThat(response.getBody().get("message").asText()).isEqualTo("用户名或密码错误");
    }

    @Test
    void meNamesTheLoginThePersonAndTheRolesFromTheRoster() {
        // seed 000 一: 王锋 党委书记 is 主任 of the committee
        JsonNode me = users.as(rest, "wangfeng").getForObject("/api/me", JsonNode.class);
        assertThat(me.get("login").asText()).isEqualTo("wangfeng");
        assertThat(me.get("name").asText()).isEqualTo("王锋");
        assertThat(me.get("cadreId").asLong()).isEqualTo(users.cadreId("wangfeng"));
        assertThat(me.get("roles").toString()).contains("CADRE", "LEADER", "COMMITTEE", "COMMITTEE_HEAD");
        // seed 000 一: 王文健 绩考办主任 is the office
        JsonNode office = users.as(rest, "wangwenjian").getForObject("/api/me", JsonNode.class);
        assertThat(office.get("roles").toString()).contains("OFFICE", "CADRE").doesNotContain("LEADER");
    }

    @Test
    void formLoginGivesASessionAndTheSessionNeedsTheXsrfHeaderToChangeAnything() {
        users.ensure("liuzhe");
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        String xsrf = cookie(page, "XSRF-TOKEN");
        String session = cookie(page, "JSESSIONID");
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(m.find()).isTrue();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf + (session == null ? "" : "; JSESSIONID=" + session));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "liuzhe");
        form.add("password", TestUsers.PASSWORD);
        form.add("_csrf", m.group(1));
        ResponseEntity<String> login = rest.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(login.getHeaders().getLocation().getPath()).isEqualTo("/");
        String loggedIn = cookie(login, "JSESSIONID");
        assertThat(loggedIn).isNotNull().isNotEqualTo(session);

        HttpHeaders withSession = new HttpHeaders();
        withSession.add(HttpHeaders.COOKIE, "JSESSIONID=" + loggedIn + "; XSRF-TOKEN=" + xsrf);
        ResponseEntity<JsonNode> me =
                rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(withSession), JsonNode.class);
        assertThat(me.getBody().get("name").asText()).isEqualTo("刘喆");

        // a change without the X-XSRF-TOKEN header is refused (the browser would send it from the cookie)
        withSession.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"currentPassword\":\"x\",\"newPassword\":\"y\"}";
        ResponseEntity<JsonNode> forged =
                rest.exchange("/api/me/password", HttpMethod.POST, new HttpEntity<>(body, withSession), JsonNode.class);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody().get("code").asText()).isEqualTo("COMMON-005");

        withSession.add("X-XSRF-TOKEN", xsrf);
        ResponseEntity<JsonNode> withToken =
                rest.exchange("/api/me/password", HttpMethod.POST, new HttpEntity<>(body, withSession), JsonNode.class);
        // past CSRF: the wrong current password is the answer now
        assertThat(withToken.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(withToken.getBody().get("code").asText()).isEqualTo("AUTH-001");
    }

    @Test
    void aWrongFormLoginShowsTheChineseMessage() {
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(m.find()).isTrue();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + cookie(page, "XSRF-TOKEN"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "nobody");
        form.add("password", "wrong");
        form.add("_csrf", m.group(1));
        ResponseEntity<String> failed = rest.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
        assertThat(failed.getHeaders().getLocation().toString()).endsWith("/login?error");
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, "JSESSIONID=" + cookie(failed, "JSESSIONID"));
        ResponseEntity<String> again =
                rest.exchange("/login?error", HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(again.getBody()).contains("用户名或密码错误");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutesAndTheLockIsAudited() {
        users.ensure("tanyue");
        TestRestTemplate wrong = rest.withBasicAuth("tanyue", "wrong-password-1");
        for (int i = 0; i < 4; i++) {
            assertThat(wrong.getForEntity("/api/me", JsonNode.class)
                            .getBody()
                            .get("message")
                            .asText())
                    .isEqualTo("用户名或密码错误");
        }
        ResponseEntity<JsonNode> fifth = wrong.getForEntity("/api/me", JsonNode.class);
        assertThat(fifth.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(fifth.getBody().get("message").asText()).isEqualTo("账号已锁定，请 15 分钟后再试");

        TestRestTemplate right = rest.withBasicAuth("tanyue", TestUsers.PASSWORD);
        assertThat(right.getForEntity("/api/me", JsonNode.class)
                        .getBody()
                        .get("message")
                        .asText())
                .startsWith("账号已锁定");
        List<AuditRecord> history = audit.history("AppUser", "tanyue");
        assertThat(history).extracting(AuditRecord::getAction).contains("USER_LOCKED");

        time.advance(Duration.ofMinutes(16));
        assertThat(right.getForEntity("/api/me", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject(
                        "select failed_attempts from app_user where login_name = 'tanyue'", Integer.class))
                .isZero();
    }

    @Test
    void responsesCarryTheSecurityHeaders() {
        ResponseEntity<JsonNode> response = users.office(rest).getForEntity("/api/me", JsonNode.class);
        HttpHeaders h = response.getHeaders();
        assertThat(h.getFirst("Content-Security-Policy")).contains("default-src 'self'", "frame-ancestors 'self'");
        assertThat(h.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(h.getFirst("X-Frame-Options")).isEqualTo("SAMEORIGIN");
    }

    @Test
    void logoutEndsTheSession() {
        users.ensure(TestUsers.PARTY);
        ResponseEntity<String> page = rest.getForEntity("/login", String.class);
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page.getBody());
        assertThat(m.find()).isTrue();
        String xsrf = cookie(page, "XSRF-TOKEN");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, "XSRF-TOKEN=" + xsrf);
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", TestUsers.PARTY);
        form.add("password", TestUsers.PASSWORD);
        form.add("_csrf", m.group(1));
        String session =
                cookie(rest.postForEntity("/login", new HttpEntity<>(form, headers), String.class), "JSESSIONID");

        HttpHeaders logout = new HttpHeaders();
        logout.add(HttpHeaders.COOKIE, "JSESSIONID=" + session + "; XSRF-TOKEN=" + xsrf);
        logout.add("X-XSRF-TOKEN", xsrf);
        ResponseEntity<String> out = rest.exchange("/logout", HttpMethod.POST, new HttpEntity<>(logout), String.class);
        assertThat(out.getHeaders().getLocation().toString()).endsWith("/login?logout");

        HttpHeaders after = new HttpHeaders();
        after.add(HttpHeaders.COOKIE, "JSESSIONID=" + session);
        assertThat(rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(after), JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** Logs in through the form like a browser; answers the cookies to send afterwards. */
    static String formLogin(TestRestTemplate noRedirects, String login) {
        ResponseEntity<String> page = noRedirects.getForEntity("/login", String.class);
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
        ResponseEntity<String> done =
                noRedirects.postForEntity("/login", new HttpEntity<>(form, headers), String.class);
        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.FOUND);
        return "JSESSIONID=" + cookie(done, "JSESSIONID") + "; XSRF-TOKEN=" + xsrf;
    }

    static String cookie(ResponseEntity<?> response, String name) {
        List<String> cookies = response.getHeaders().get(HttpHeaders.SET_COOKIE);
        if (cookies == null) {
            return null;
        }
        for (String c : cookies) {
            if (c.startsWith(name + "=")) {
                String value = c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }
}
