package cn.kaohe.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One campaign of the demo township for access tests, opened once per test run by the office through the
 * API: 党建办 (陈堃 chenkun, 周婧 zhoujing, 贺志刚 hezhigang, 易思琪 yisiqi), rated by their supervising leader
 * 周凤 zhoufeng (seed 000 分管), scheme preset daligang-2021, annual 2026. Assessments are opened by running the
 * due jobs; every cadre then has the self-evaluation task.
 */
@Component
public class CampaignFixture {

    private final TestUsers users;
    private final JdbcTemplate jdbc;
    private final EngineTime time;
    private Long campaignId;
    private final Map<String, Long> assessments = new HashMap<>();

    public CampaignFixture(TestUsers users, JdbcTemplate jdbc, EngineTime time) {
        this.users = users;
        this.jdbc = jdbc;
        this.time = time;
    }

    public synchronized long campaignId(TestRestTemplate anonymous) {
        if (campaignId == null) {
            open(anonymous);
        }
        return campaignId;
    }

    /** The assessment of a cadre (by login) in the fixture campaign. */
    public synchronized long assessmentOf(TestRestTemplate anonymous, String login) {
        campaignId(anonymous);
        return assessments.computeIfAbsent(
                login,
                l -> jdbc.queryForObject(
                        "select a.id from assessment a join cadre c on c.id = a.cadre_id where a.campaign_id = ? and"
                                + " c.login_name = ?",
                        Long.class,
                        campaignId,
                        l));
    }

    private void open(TestRestTemplate anonymous) {
        users.ensureCadres();
        TestRestTemplate office = users.office(anonymous);
        ResponseEntity<JsonNode> scheme =
                office.postForEntity("/api/schemes/presets/daligang-2021", null, JsonNode.class);
        if (scheme.getStatusCode() != HttpStatus.CREATED) {
            throw new IllegalStateException("scheme preset: " + scheme);
        }
        long unitId = jdbc.queryForObject("select id from org_unit where name = '党建办'", Long.class);
        OffsetDateTime now = time.now();
        Map<String, Object> command = Map.of(
                "unitId", unitId,
                "cycle", "ANNUAL",
                "period", "2026",
                "schemeVersionId", scheme.getBody().get("id").asLong(),
                "selfEvaluationDue", now.plusDays(10).toString(),
                "ratingDue", now.plusDays(20).toString(),
                "reviewDue", now.plusDays(30).toString());
        ResponseEntity<JsonNode> opened = office.postForEntity("/api/campaigns", command, JsonNode.class);
        if (opened.getStatusCode() != HttpStatus.CREATED) {
            throw new IllegalStateException("open campaign: " + opened);
        }
        campaignId = opened.getBody().get("id").asLong();
        time.runDueJobs();
    }
}
