package cn.kaohe.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The administrator grants and revokes roles and resets passwords, audited; nobody else may. */
@IntegrationTest
class UserAdminIT {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    TestUsers users;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdministratorGrantsAndRevokesARoleWithAReasonAndBothAreAudited() {
        users.ensure("xiewenbin");
        TestRestTemplate admin = users.as(anonymous, TestUsers.ADMIN);
        ResponseEntity<JsonNode> granted = admin.postForEntity(
                "/api/admin/users/xiewenbin/roles", Map.of("role", "PARTY", "reason", "党委办公室人员"), JsonNode.class);
        assertThat(granted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(users.as(anonymous, "xiewenbin")
                        .getForObject("/api/me", JsonNode.class)
                        .get("roles")
                        .toString())
                .contains("PARTY");

        admin.delete("/api/admin/users/xiewenbin/roles/PARTY?reason={r}", "调离");
        assertThat(users.as(anonymous, "xiewenbin")
                        .getForObject("/api/me", JsonNode.class)
                        .get("roles")
                        .toString())
                .doesNotContain("PARTY");
        assertThat(audit.history("AppUser", "xiewenbin"))
                .extracting(AuditRecord::getAction, AuditRecord::getActor, AuditRecord::getReason)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("ROLE_GRANTED", TestUsers.ADMIN, "党委办公室人员"),
                        org.assertj.core.groups.Tuple.tuple("ROLE_REVOKED", TestUsers.ADMIN, "调离"));
    }

    @Test
    void nobodyButTheAdministratorManagesUsersAndNothingChanges() {
        users.ensure("jianglihua");
        int grants = jdbc.queryForObject("select count(*) from app_user_grant", Integer.class);
        int audits = jdbc.queryForObject("select count(*) from audit_record", Integer.class);
        for (String who : new String[] {TestUsers.OFFICE, "wangfeng", "jianglihua"}) {
            ResponseEntity<JsonNode> refused = users.as(anonymous, who)
                    .postForEntity(
                            "/api/admin/users/jianglihua/roles",
                            Map.of("role", "ADMIN", "reason", "自封"),
                            JsonNode.class);
            assertThat(refused.getStatusCode()).as(who).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().get("code").asText()).isEqualTo("COMMON-005");
            assertThat(users.as(anonymous, who)
                            .getForEntity("/api/admin/users", JsonNode.class)
                            .getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user_grant", Integer.class))
                .isEqualTo(grants);
        assertThat(jdbc.queryForObject("select count(*) from audit_record", Integer.class))
                .isEqualTo(audits);
    }

    @Test
    void aPasswordResetIsAuditedWithoutThePasswordAndTheOldOneStopsWorking() {
        users.ensure("shilei");
        ResponseEntity<JsonNode> reset = users.as(anonymous, TestUsers.ADMIN)
                .postForEntity("/api/admin/users/shilei/password", Map.of("reason", "本人遗忘密码"), JsonNode.class);
        assertThat(reset.getStatusCode()).isEqualTo(HttpStatus.OK);
        String generated = reset.getBody().get("password").asText();
        assertThat(generated).hasSizeGreaterThanOrEqualTo(12);

        assertThat(anonymous
                        .withBasicAuth("shilei", TestUsers.PASSWORD)
                        .getForEntity("/api/me", JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous
                        .withBasicAuth("shilei", generated)
                        .getForEntity("/api/me", JsonNode.class)
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        AuditRecord record = audit.history("AppUser", "shilei").stream()
                .filter(r -> r.getAction().equals("PASSWORD_RESET"))
                .findFirst()
                .orElseThrow();
        assertThat(record.getReason()).isEqualTo("本人遗忘密码");
        assertThat(String.valueOf(record.getAfterState()) + record.getBeforeState())
                .doesNotContain(generated);
        // put the test password back for other tests
        users.as(anonymous, TestUsers.ADMIN)
                .exchange(
                        "/api/admin/users/shilei/password",
                        HttpMethod.POST,
                        new org.springframework.http.HttpEntity<>(
                                Map.of("password", TestUsers.PASSWORD, "reason", "恢复测试密码")),
                        JsonNode.class);
    }
}
