package cn.kaohe.ops;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.CampaignFixture;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Operators and integrators: the OpenAPI document and Swagger UI behind the login, Prometheus metrics for
 * administrators with Kaohe's own series, the request id in every log line.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class OpsIT {

    @Autowired
    TestRestTemplate client;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    TestRestTemplate rest;

    @BeforeEach
    void noRedirects() {
        rest = client.withRedirects(ClientHttpRequestFactorySettings.Redirects.DONT_FOLLOW);
    }

    @Test
    void theOpenApiDocumentIsServedToALoggedInUserAndNotAnonymously() {
        ResponseEntity<String> anonymous = rest.getForEntity("/v3/api-docs", String.class);
        assertThat(anonymous.getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.UNAUTHORIZED);
        assertThat(String.valueOf(anonymous.getBody())).doesNotContain("openapi");
        ResponseEntity<String> anonymousUi = rest.getForEntity("/swagger-ui/index.html", String.class);
        assertThat(anonymousUi.getStatusCode()).isIn(HttpStatus.FOUND, HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> document = users.as(rest, "chenkun").getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getBody().get("openapi").asText()).startsWith("3.");
        assertThat(document.getBody().get("info").get("title").asText()).isEqualTo("Kaohe 考核 API");
        JsonNode paths = document.getBody().get("paths");
        assertThat(paths.has("/api/campaigns")).isTrue();
        assertThat(paths.has("/api/tasks")).as("task inbox").isTrue();
        paths.fieldNames().forEachRemaining(path -> assertThat(path).startsWith("/api/"));

        ResponseEntity<String> ui = users.as(rest, "chenkun").getForEntity("/swagger-ui/index.html", String.class);
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ui.getBody()).contains("swagger-ui");
    }

    @Test
    void metricsAreForTheAdministratorOnly() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(users.as(rest, "chenkun")
                        .getForEntity("/actuator/prometheus", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(users.as(rest, TestUsers.OFFICE)
                        .getForEntity("/actuator/metrics", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(users.as(rest, TestUsers.ADMIN)
                        .getForEntity("/actuator/prometheus", String.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void prometheusCarriesKaohesOwnSeries() {
        campaign.campaignId(rest); // four cadres with a self-evaluation task each

        String metrics = scrape();

        assertThat(value(metrics, "kaohe_tasks_open", "step=\"Task_SubmitSelfEvaluation\""))
                .isGreaterThanOrEqualTo(4);
        for (String step :
                List.of("Task_RateCadre", "Task_ReviewCampaign", "Task_ForwardAppeal", "Task_DecideAppeal")) {
            assertThat(metrics).contains("kaohe_tasks_open{step=\"" + step + "\"}");
            assertThat(metrics).contains("kaohe_tasks_overdue{step=\"" + step + "\"}");
        }
        assertThat(metrics).containsPattern("(?m)^kaohe_incidents \\d");
        assertThat(metrics).containsPattern("(?m)^kaohe_jobs_due \\d");
        assertThat(metrics).containsPattern("(?m)^kaohe_campaign_opening_cadres \\d");
        assertThat(metrics).containsPattern("(?m)^kaohe_campaign_opening_opened \\d");
        assertThat(value(metrics, "kaohe_campaigns", "status=\"in_progress\"")).isGreaterThanOrEqualTo(1);
        assertThat(metrics)
                .contains("kaohe_report_generation_seconds_count{format=\"pdf\",outcome=\"success\",type=\"ranking\"}");
        assertThat(metrics).contains("kaohe_login_failures_total{reason=\"bad_credentials\"}");
    }

    @Test
    void aFailedLoginIsCounted() {
        double before = value(scrape(), "kaohe_login_failures_total", "reason=\"bad_credentials\"");

        ResponseEntity<String> wrong =
                rest.withBasicAuth("nobody-here", "wrong-password").getForEntity("/api/me", String.class);

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(value(scrape(), "kaohe_login_failures_total", "reason=\"bad_credentials\""))
                .isEqualTo(before + 1);
    }

    @Test
    void logLinesCarryTheRequestId(CapturedOutput output) {
        MDC.put("requestId", "ops-it-4711");
        try {
            LoggerFactory.getLogger(OpsIT.class).warn("a line written while serving a request");
        } finally {
            MDC.remove("requestId");
        }
        assertThat(output.getOut()).containsPattern("\\[ops-it-4711] .*a line written while serving a request");
    }

    private String scrape() {
        ResponseEntity<String> response =
                users.as(rest, TestUsers.ADMIN).getForEntity("/actuator/prometheus", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody();
    }

    /** The value of one series, e.g. {@code kaohe_tasks_open{step="Task_RateCadre"}}. */
    private static double value(String metrics, String name, String labels) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name + "{" + labels + "}") + " (\\S+)$")
                .matcher(metrics);
        assertThat(m.find()).as("%s{%s} in%n%s", name, labels, metrics).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
