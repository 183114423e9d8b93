package cn.kaohe.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
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

/**
 * Camunda's REST API and webapps: login required, ADMIN, OFFICE or COMMITTEE only and to read (EngineReadOnlyIT
 * shows every change refused), no second login (the webapps take the user of our login page), engine
 * authorization checks on.
 */
@IntegrationTest
class EngineAccessIT {

    @Autowired
    TestRestTemplate client;

    @Autowired
    TestUsers users;

    @Autowired
    ProcessEngine engine;

    TestRestTemplate rest;

    @BeforeEach
    void noRedirects() {
        rest = client.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    @Test
    void engineAuthorizationChecksAreOn() {
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled())
                .isTrue();
    }

    @Test
    void theRestApiNeedsALoginOfTheOfficeTheCommitteeOrTheAdministrator() {
        ResponseEntity<JsonNode> anonymous = rest.getForEntity("/engine-rest/engine", JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getBody().get("code").asText()).isEqualTo("COMMON-009");

        ResponseEntity<JsonNode> cadre =
                users.as(rest, "chenkun").getForEntity("/engine-rest/process-definition", JsonNode.class);
        assertThat(cadre.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(cadre.getBody().get("code").asText()).isEqualTo("COMMON-005");

        for (String who : List.of(TestUsers.OFFICE, TestUsers.ADMIN, "wangfeng")) {
            ResponseEntity<JsonNode> definitions =
                    users.as(rest, who).getForEntity("/engine-rest/process-definition", JsonNode.class);
            assertThat(definitions.getStatusCode()).as(who).isEqualTo(HttpStatus.OK);
            // authorization checks are on and the user's group holds READ on every definition
            assertThat(definitions.getBody().toString())
                    .as(who)
                    .contains("CampaignProcess", "CadreAssessmentProcess", "AppealProcess");
        }
    }

    @Test
    void theWebappsTakeTheUserOfOurLoginPage() {
        users.ensure(TestUsers.ADMIN);
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, LoginIT.formLogin(rest, TestUsers.ADMIN));
        session.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> cockpit =
                rest.exchange("/camunda/app/cockpit/default/", HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);

        session.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<JsonNode> auth = rest.exchange(
                "/camunda/api/admin/auth/user/default", HttpMethod.GET, new HttpEntity<>(session), JsonNode.class);
        assertThat(auth.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(auth.getBody().get("userId").asText()).isEqualTo(TestUsers.ADMIN);
        // Cockpit to look; no Tasklist (tasks are done in Kaohe) and no engine Admin (users are Kaohe's)
        assertThat(auth.getBody().get("authorizedApps").toString())
                .contains("cockpit")
                .doesNotContain("tasklist", "\"admin\"");
    }

    @Test
    void aCadreIsRefusedTheWebapps() {
        users.ensure("zhoujing");
        HttpHeaders session = new HttpHeaders();
        session.add(HttpHeaders.COOKIE, LoginIT.formLogin(rest, "zhoujing"));
        session.setAccept(List.of(MediaType.TEXT_HTML));
        ResponseEntity<String> cockpit =
                rest.exchange("/camunda/app/cockpit/default/", HttpMethod.GET, new HttpEntity<>(session), String.class);
        assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}
