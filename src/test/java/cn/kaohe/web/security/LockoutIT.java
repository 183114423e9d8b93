package cn.kaohe.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.audit.AuditRecord;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.support.IntegrationTest;
import cn.kaohe.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 11: lock-out that cannot be turned against users. Clients are told apart by their address; the test
 * plays several clients through {@code X-Forwarded-For} (trusted from 127.0.0.1 in the it profile, as from a
 * reverse proxy in production).
 */
@IntegrationTest
class LockoutIT {

    @Autowired
    TestRestTemplate anonymous;

    @Autowired
    TestUsers users;

    @Autowired
    AuditTrail audit;

    @Autowired
    SecurityProperties properties;

    static ResponseEntity<JsonNode> me(TestRestTemplate rest, String login, String password, String client) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(login, password);
        headers.add("X-Forwarded-For", client);
        return rest.exchange("/api/me", HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    @Test
    void fiveAnonymousWrongPasswordsLockTheAccountOnlyForThatClient() {
        users.ensure("pengxiaolin");
        String attacker = "203.0.113.7";
        for (int i = 0; i < 4; i++) {
            assertThat(me(anonymous, "pengxiaolin", "wrong-pass-1", attacker)
                            .getBody()
                            .get("message")
                            .asText())
                    .isEqualTo("用户名或密码错误");
        }
        ResponseEntity<JsonNode> fifth = me(anonymous, "pengxiaolin", "wrong-pass-1", attacker);
        assertThat(fifth.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(fifth.getBody().get("message").asText()).isEqualTo("账号已锁定，请 15 分钟后再试");
        // even the right password is refused from the attacker's client …
        assertThat(me(anonymous, "pengxiaolin", TestUsers.PASSWORD, attacker)
                        .getBody()
                        .get("message")
                        .asText())
                .startsWith("账号已锁定");
        // … while the owner logs in from elsewhere
        ResponseEntity<JsonNode> owner = me(anonymous, "pengxiaolin", TestUsers.PASSWORD, "198.51.100.20");
        assertThat(owner.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(owner.getBody().get("login").asText()).isEqualTo("pengxiaolin");

        // the lock-out is in the audit trail, naming the client
        List<AuditRecord> locked = audit.history("AppUser", "pengxiaolin").stream()
                .filter(r -> r.getAction().equals("USER_LOCKED"))
                .toList();
        assertThat(locked).hasSize(1);
        assertThat(locked.get(0).getReason()).contains(attacker);

        // the administrator sees the lock and lifts it, audited
        TestRestTemplate admin = users.as(anonymous, TestUsers.ADMIN);
        JsonNode view = admin.getForObject("/api/admin/users/pengxiaolin", JsonNode.class);
        assertThat(view.get("locked").asBoolean()).isTrue();
        assertThat(view.get("lockedClients").toString()).contains(attacker);
        ResponseEntity<JsonNode> unlocked =
                admin.postForEntity("/api/admin/users/pengxiaolin/unlock", Map.of("reason", "本人来电确认"), JsonNode.class);
        assertThat(unlocked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(unlocked.getBody().get("locked").asBoolean()).isFalse();
        assertThat(me(anonymous, "pengxiaolin", TestUsers.PASSWORD, attacker).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(audit.history("AppUser", "pengxiaolin"))
                .extracting(AuditRecord::getAction)
                .contains("USER_UNLOCKED");
    }

    @Test
    void aClientThatFailsTooOftenIsThrottledWhateverTheAccountsOthersAreNot() {
        users.ensure("zengfanyu");
        String sprayer = "203.0.113.99";
        int max = properties.clientMaxFailedAttempts();
        // one wrong password each for many accounts: no pair reaches its lock, the client does
        for (int i = 0; i < max; i++) {
            assertThat(me(anonymous, "nobody-" + i, "wrong-pass-1", sprayer).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<JsonNode> throttled = me(anonymous, "zengfanyu", TestUsers.PASSWORD, sprayer);
        assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.getBody().get("code").asText()).isEqualTo("AUTH-011");
        assertThat(throttled.getBody().get("message").asText()).isEqualTo("此客户端登录失败次数过多，请 15 分钟后再试");
        // the account itself is not locked: its owner logs in from another client
        assertThat(me(anonymous, "zengfanyu", TestUsers.PASSWORD, "198.51.100.21")
                        .getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(audit.history("AppUser", "zengfanyu"))
                .extracting(AuditRecord::getAction)
                .doesNotContain("USER_LOCKED");
    }
}
