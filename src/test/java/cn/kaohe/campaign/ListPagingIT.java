package cn.kaohe.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.CampaignFixture;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Paged lists (issue 19, docs/adr/0013): one page sorted by the server, the whole list's length in X-Total-Count, bad
 * parameters named. Fixture: the 党建办 campaign of {@link CampaignFixture} (4 cadres, each with a self-evaluation).
 */
@IntegrationTest
class ListPagingIT {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture fixture;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTaskSearchAlsoFindsTheCadresName() {
        long assessment = fixture.assessmentOf(anonymous, "chenkun");
        String name = jdbc.queryForObject("select name from cadre where login_name = 'chenkun'", String.class);
        TestRestTemplate chenkun = users.as(anonymous, "chenkun");

        // the self-evaluation task is named 自评…, not after the cadre: found by the cadre's name
        ResponseEntity<JsonNode> byName =
                chenkun.getForEntity("/api/tasks?page=0&size=100&q=" + name.substring(1), JsonNode.class);
        assertThat(byName.getStatusCode().value()).isEqualTo(200);
        assertThat(Long.parseLong(byName.getHeaders().getFirst("X-Total-Count")))
                .isGreaterThanOrEqualTo(1);
        // every task found is about this cadre (other tests may have given chenkun tasks in campaigns of their own)
        Long cadre = jdbc.queryForObject("select id from cadre where login_name = 'chenkun'", Long.class);
        assertThat(byName.getBody()).allSatisfy(t -> assertThat(jdbc.queryForObject(
                        "select cadre_id from assessment where id = ?",
                        Long.class,
                        t.get("assessmentId").asLong()))
                .isEqualTo(cadre));
        assertThat(byName.getBody())
                .anySatisfy(t -> assertThat(t.get("assessmentId").asLong()).isEqualTo(assessment));
        assertThat(byName.getBody())
                .noneSatisfy(t -> assertThat(t.get("name").asText()).contains(name.substring(1)));

        ResponseEntity<JsonNode> none = chenkun.getForEntity("/api/tasks?page=0&size=20&q=无此人名", JsonNode.class);
        assertThat(none.getHeaders().getFirst("X-Total-Count")).isEqualTo("0");
    }

    @Test
    void theCommitteeBoardAndTheOfficesTaskOverviewArePaged() {
        long campaign = fixture.campaignId(anonymous);
        TestRestTemplate office = users.office(anonymous);

        ResponseEntity<JsonNode> page = office.getForEntity(
                "/api/campaigns/" + campaign + "/ranking?page=1&size=3&sort=name,desc", JsonNode.class);
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getFirst("X-Total-Count")).isEqualTo("4");
        assertThat(page.getBody()).hasSize(1); // 4 rows, 3 per page: the second page holds the last one

        ResponseEntity<JsonNode> tasks = office.getForEntity(
                "/api/tasks/open?campaignId=" + campaign + "&page=0&size=2&sort=created", JsonNode.class);
        assertThat(tasks.getStatusCode().value()).isEqualTo(200);
        assertThat(Long.parseLong(tasks.getHeaders().getFirst("X-Total-Count"))).isGreaterThanOrEqualTo(4);
        assertThat(tasks.getBody()).hasSize(2);
        assertThat(tasks.getBody().get(0).get("campaignId").asLong()).isEqualTo(campaign);

        ResponseEntity<JsonNode> mine =
                users.as(anonymous, "chenkun").getForEntity("/api/tasks?page=0&size=1", JsonNode.class);
        assertThat(mine.getStatusCode().value()).isEqualTo(200);
        assertThat(mine.getBody()).hasSize(1);
        assertThat(Long.parseLong(mine.getHeaders().getFirst("X-Total-Count"))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aBadPageParameterIsNamedAndNothingIsRead() {
        long campaign = fixture.campaignId(anonymous);
        ResponseEntity<JsonNode> bad = users.office(anonymous)
                .getForEntity("/api/campaigns/" + campaign + "/ranking?size=0&sort=salary", JsonNode.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("code").asText()).isEqualTo("COMMON-001");
        assertThat(bad.getBody().toString()).contains("size").contains("sort").contains("salary");
    }
}
