package cn.kaohe.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.CampaignFixture;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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

/**
 * Issue 11, least data and loose checks: CSRF on every session request, the actuator's index for the
 * administrator only, phone numbers for the cadre, the office and the administrator, the rating sheet for raters,
 * no id probing, ledger figures, demo passwords only for the demo's people.
 */
@IntegrationTest
class LeastDataIT {

    @Autowired
    TestRestTemplate client;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RosterPeople roster;

    @Autowired
    CampaignFixture fixture;

    @Autowired
    UserAccounts accounts;

    @Autowired
    SecurityProperties properties;

    TestRestTemplate rest;

    @BeforeEach
    void noRedirects() {
        rest = client.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    @Test
    void aSessionRequestWithAStrayAuthorizationHeaderAndNoCsrfTokenIsRefused() {
        users.ensure("shilei");
        String cookies = LoginIT.formLogin(rest, "shilei");
        OffsetDateTime before = passwordChangedAt("shilei");
        String wrongBasic =
                "Basic " + Base64.getEncoder().encodeToString("shilei:wrong-pass-1".getBytes(StandardCharsets.UTF_8));
        for (String stray : List.of(wrongBasic, "Bearer forged-token", "Basic !!!")) {
            HttpHeaders headers = new HttpHeaders();
            headers.add(HttpHeaders.COOKIE, cookies);
            headers.add(HttpHeaders.AUTHORIZATION, stray);
            headers.setContentType(MediaType.APPLICATION_JSON);
            // a body that would change the password if the request got through
            String body = "{\"currentPassword\":\"" + TestUsers.PASSWORD + "\",\"newPassword\":\"Changed-2026-x\"}";
            ResponseEntity<JsonNode> forged =
                    rest.exchange("/api/me/password", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
            assertThat(forged.getStatusCode()).as(stray).isIn(HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
            assertThat(forged.getBody().get("code").asText()).as(stray).isIn("COMMON-005", "COMMON-009");
        }
        assertThat(passwordChangedAt("shilei")).isEqualTo(before);
        // the session alone still reads
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, cookies);
        assertThat(rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(session), JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aSessionRequestWithABearerHeaderAndNoCsrfTokenIsRefusedAsForbidden() {
        users.ensure("tangjianguo");
        String cookies = LoginIT.formLogin(rest, "tangjianguo");
        OffsetDateTime before = passwordChangedAt("tangjianguo");
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookies);
        headers.add(HttpHeaders.AUTHORIZATION, "Bearer forged-token");
        headers.setContentType(MediaType.APPLICATION_JSON);
        String body = "{\"currentPassword\":\"" + TestUsers.PASSWORD + "\",\"newPassword\":\"Changed-2026-x\"}";
        ResponseEntity<JsonNode> forged =
                rest.exchange("/api/me/password", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
        assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(forged.getBody().get("code").asText()).isEqualTo("COMMON-005");
        assertThat(forged.getBody().get("message").asText()).contains("CSRF");
        assertThat(passwordChangedAt("tangjianguo")).isEqualTo(before);
    }

    @Test
    void theActuatorIndexIsForTheAdministratorHealthStaysPublic() {
        ResponseEntity<JsonNode> cadre = users.as(rest, "chenkun").getForEntity("/actuator", JsonNode.class);
        assertThat(cadre.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cadre.getBody().get("code").asText()).isEqualTo("COMMON-005");
        assertThat(users.office(rest).getForEntity("/actuator", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(users.as(rest, TestUsers.ADMIN)
                        .getForEntity("/actuator", JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/actuator/health", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void aCadreReadsAColleaguesNameAndPostButNotThePhone() {
        long zhoujing = users.cadreId("zhoujing");
        long chenkun = users.cadreId("chenkun");
        String before = jdbc.queryForObject("select phone from cadre where id = ?", String.class, zhoujing);
        jdbc.update("update cadre set phone = '13807370123' where id = ?", zhoujing);
        try {
            JsonNode seen = users.as(rest, "chenkun").getForObject("/api/cadres/" + zhoujing, JsonNode.class);
            assertThat(seen.get("cadre").get("name").asText()).isEqualTo("周婧");
            assertThat(seen.get("cadre").get("postTitle")).isNotNull();
            assertThat(seen.has("phone")).isFalse();
            assertThat(seen.toString()).doesNotContain("13807370123");
            // the cadre herself, the office and the administrator see it
            for (String who : List.of("zhoujing", TestUsers.OFFICE, TestUsers.ADMIN)) {
                assertThat(users.as(rest, who)
                                .getForObject("/api/cadres/" + zhoujing, JsonNode.class)
                                .get("phone")
                                .asText())
                        .as(who)
                        .isEqualTo("13807370123");
            }
            assertThat(users.as(rest, "chenkun")
                            .getForEntity("/api/cadres/" + chenkun, JsonNode.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        } finally {
            jdbc.update("update cadre set phone = ? where id = ?", before, zhoujing);
        }
    }

    @Test
    void aNonRaterGetsTheRatingSheetAnswerOfAnUnknownCampaign() {
        long campaign = fixture.campaignId(client);
        ResponseEntity<JsonNode> unknown =
                users.as(rest, TestUsers.PARTY).getForEntity("/api/campaigns/987654321/rating-sheet", JsonNode.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        for (String who : List.of(TestUsers.PARTY, TestUsers.ADMIN)) {
            ResponseEntity<JsonNode> notARater =
                    users.as(rest, who).getForEntity("/api/campaigns/" + campaign + "/rating-sheet", JsonNode.class);
            assertThat(notARater.getStatusCode()).as(who).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(notARater.getBody().get("code").asText()).isEqualTo("COMMON-003");
            assertThat(notARater.getBody().toString()).doesNotContain("subjects", "assessmentId");
        }
    }

    @Test
    void someoneElsesAssessmentAnswersLikeAnUnknownOne() {
        fixture.campaignId(client);
        long zhoujing = fixture.assessmentOf(client, "zhoujing");
        ResponseEntity<JsonNode> others =
                users.as(rest, "chenkun").getForEntity("/api/assessments/" + zhoujing, JsonNode.class);
        ResponseEntity<JsonNode> unknown =
                users.as(rest, "chenkun").getForEntity("/api/assessments/987654321", JsonNode.class);
        assertThat(others.getStatusCode()).isEqualTo(unknown.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(others.getBody()).isEqualTo(unknown.getBody());
        // a reader, who may see every assessment, learns nothing new from a 404
        assertThat(users.office(rest)
                        .getForEntity("/api/assessments/987654321", JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aLedgerQuantityOfZeroAndNegativePointsAreRefusedAndNothingIsStored() {
        fixture.campaignId(client);
        int before = jdbc.queryForObject("select count(*) from ledger_entry", Integer.class);
        long cadre = users.cadreId("hezhigang");
        ResponseEntity<JsonNode> zero = users.office(rest)
                .postForEntity(
                        "/api/ledger",
                        Map.of("factType", "LATENESS", "occurredOn", "2026-03-02", "cadreId", cadre, "quantity", 0),
                        JsonNode.class);
        assertThat(zero.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zero.getBody().toString()).contains("quantity", "须大于 0");
        ResponseEntity<JsonNode> negative = users.office(rest)
                .postForEntity(
                        "/api/ledger",
                        Map.of("factType", "LATENESS", "occurredOn", "2026-03-02", "cadreId", cadre, "points", -1),
                        JsonNode.class);
        assertThat(negative.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(negative.getBody().toString()).contains("points", "不能为负数");
        assertThat(jdbc.queryForObject("select count(*) from ledger_entry", Integer.class))
                .isEqualTo(before);
    }

    @Test
    void demoPasswordsGoOnlyToTheDemosOwnPeople() {
        users.ensureCadres();
        jdbc.update("insert into cadre (code, name, gender, unit_id, post_rank, staff_type, login_name)"
                + " select 'IT-LATER-1', '后来者', gender, unit_id, post_rank, staff_type, 'itlaterjoin'"
                + " from cadre where login_name = 'chenkun'");
        try {
            // the same password as the test logins, so that no other test's login changes
            new InitialUsers(accounts, properties, roster, true, TestUsers.PASSWORD).createDemoUsers();
            assertThat(jdbc.queryForObject(
                            "select count(*) from app_user where login_name = 'itlaterjoin'", Integer.class))
                    .as("a cadre imported after the demo gets no demo password")
                    .isZero();
            assertThat(jdbc.queryForObject("select count(*) from app_user where login_name = 'xuming'", Integer.class))
                    .as("the demo's own people get theirs")
                    .isOne();
        } finally {
            jdbc.update("delete from cadre where login_name = 'itlaterjoin'");
        }
    }

    OffsetDateTime passwordChangedAt(String login) {
        return jdbc.queryForObject(
                "select password_changed_at from app_user where login_name = ?", OffsetDateTime.class, login);
    }
}
