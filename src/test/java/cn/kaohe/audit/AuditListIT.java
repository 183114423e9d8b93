package cn.kaohe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.org.CadreService;
import cn.kaohe.org.OrgService;
import cn.kaohe.support.EngineTime;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.SmallTown;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * The audit trail as a list (issue 16, docs/adr/0020): searched (action and entity type by their Chinese names, the
 * actor by roster name, the reason), filtered by entity and date, sorted and paged on the server, a bad sort named;
 * the whole trail for the office and the committee only. Data: 25 leave records by a clerk of a township of its own,
 * written on a day no other test uses (14 February 2030), so the date filter isolates them.
 */
@IntegrationTest
class AuditListIT {

    static final String DAY = "2030-02-14";

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    TestUsers users;

    @Autowired
    AuditTrail trail;

    @Autowired
    OrgService org;

    @Autowired
    CadreService cadres;

    @Autowired
    EngineTime time;

    SmallTown t;

    @BeforeEach
    void aTown() {
        t = new SmallTown(org, cadres, "AU");
        users.ensure(t.clerkLogin);
        users.ensure(TestUsers.OFFICE);
    }

    private void twentyFiveRecordsOfOneClerk() {
        time.set(DAY + "T10:00");
        for (int i = 0; i < 25; i++) {
            String action = i % 2 == 0 ? "LEAVE_REQUESTED" : "LEAVE_APPROVED";
            trail.record(
                    t.clerkLogin,
                    AuditEvent.created(action, "LeaveRequest", t.tag + "-" + i, Map.of("n", i), "审计列表" + t.tag));
        }
    }

    @AfterEach
    void backToTheTestEpoch() {
        time.reset();
    }

    private String day() {
        return "&from=" + DAY + "&to=" + DAY;
    }

    @Test
    void theOfficeSearchesSortsAndPagesTheTrailWithLabelsAndNames() {
        twentyFiveRecordsOfOneClerk();
        TestRestTemplate office = users.office(anonymous);

        ResponseEntity<JsonNode> first =
                office.getForEntity("/api/audit?q=" + t.tag + day() + "&page=0&size=10&sort=id,asc", JsonNode.class);
        assertThat(first.getStatusCode().value()).isEqualTo(200);
        assertThat(first.getHeaders().getFirst("X-Total-Count")).isEqualTo("25");
        assertThat(first.getBody()).hasSize(10);
        JsonNode row = first.getBody().get(0);
        assertThat(row.get("entityId").asText()).isEqualTo(t.tag + "-0");
        assertThat(row.get("actionLabel").asText()).isEqualTo("申请请假");
        assertThat(row.get("entityTypeLabel").asText()).isEqualTo("请销假");
        assertThat(row.get("actorName").asText()).isEqualTo("陈干事"); // the roster name, not the login
        assertThat(row.get("reason").asText()).isEqualTo("审计列表" + t.tag);

        ResponseEntity<JsonNode> last =
                office.getForEntity("/api/audit?q=" + t.tag + day() + "&page=2&size=10&sort=id,asc", JsonNode.class);
        assertThat(last.getBody()).hasSize(5);
        assertThat(last.getBody().get(4).get("entityId").asText()).isEqualTo(t.tag + "-24");

        // newest first by default
        ResponseEntity<JsonNode> newest =
                office.getForEntity("/api/audit?q=" + t.tag + day() + "&size=3", JsonNode.class);
        assertThat(ids(newest)).containsExactly(t.tag + "-24", t.tag + "-23", t.tag + "-22");

        // an action by its Chinese name, the actor by name, one entity, a day with nothing
        ResponseEntity<JsonNode> approved =
                office.getForEntity("/api/audit?q=批准请假" + day() + "&size=50", JsonNode.class);
        assertThat(approved.getHeaders().getFirst("X-Total-Count")).isEqualTo("12");
        assertThat(approved.getBody())
                .allSatisfy(r -> assertThat(r.get("action").asText()).isEqualTo("LEAVE_APPROVED"));
        assertThat(office.getForEntity("/api/audit?q=陈干事" + day(), JsonNode.class)
                        .getHeaders()
                        .getFirst("X-Total-Count"))
                .isEqualTo("25");
        ResponseEntity<JsonNode> one = office.getForEntity(
                "/api/audit?entityType=LeaveRequest&entityId=" + t.tag + "-7&size=5", JsonNode.class);
        assertThat(ids(one)).containsExactly(t.tag + "-7");
        assertThat(office.getForEntity("/api/audit?q=" + t.tag + "&from=2030-02-15", JsonNode.class)
                        .getHeaders()
                        .getFirst("X-Total-Count"))
                .isEqualTo("0");

        // the committee reads the trail too
        assertThat(users.as(anonymous, "wangfeng")
                        .getForEntity("/api/audit?q=" + t.tag + day(), JsonNode.class)
                        .getHeaders()
                        .getFirst("X-Total-Count"))
                .isEqualTo("25");
    }

    @Test
    void aBadSortOrDateIsNamedAndACadreMayNotSearchTheWholeTrail() {
        TestRestTemplate office = users.office(anonymous);
        ResponseEntity<JsonNode> bad = office.getForEntity("/api/audit?sort=salary&from=2030-14-01", JsonNode.class);
        assertThat(bad.getStatusCode().value()).isEqualTo(400);
        assertThat(bad.getBody().get("code").asText()).isEqualTo("COMMON-001");
        assertThat(bad.getBody().toString()).contains("sort").contains("salary").contains("from");

        ResponseEntity<JsonNode> cadre =
                users.as(anonymous, t.clerkLogin).getForEntity("/api/audit?q=" + t.tag, JsonNode.class);
        assertThat(cadre.getStatusCode().value()).isEqualTo(403);
        assertThat(users.as(anonymous, t.clerkLogin)
                        .getForEntity(
                                "/api/audit?entityType=LeaveRequest&entityId=" + t.tag + "-1&size=5", JsonNode.class)
                        .getStatusCode()
                        .value())
                .isEqualTo(403);
    }

    private static List<String> ids(ResponseEntity<JsonNode> page) {
        List<String> ids = new ArrayList<>();
        page.getBody().forEach(r -> ids.add(r.get("entityId").asText()));
        return ids;
    }
}
