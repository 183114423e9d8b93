package cn.kaohe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.FreshPostgresDatabase;
import cn.kaohe.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The command-line check behind {@code --kaohe.audit.verify-and-exit=true}: 0 intact, 1 broken (first broken
 * position and why), 2 not checked; it names the database it checked.
 */
@IntegrationTest
class AuditVerificationIT {

    @Autowired
    AuditVerification verification;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditRecordRepository records;

    @Autowired
    ObjectMapper objectMapper;

    @Autowired
    CurrentActor currentActor;

    @Autowired
    AuditAnchor anchor;

    @Autowired
    AuditProperties properties;

    @Autowired
    Clock clock;

    @TempDir
    Path dir;

    @Test
    void anIntactChainExitsWithZeroAndNamesTheDatabaseItChecked() {
        auditTrail.record("office1", AuditEvent.created("CLI", "CliCheck", "ok", Map.of("v", 1), null));

        String out = run(verification, 0);

        String database = FreshPostgresDatabase.url()
                .substring(FreshPostgresDatabase.url().lastIndexOf('/') + 1);
        assertThat(out).contains("数据库 (database): jdbc:postgresql://").contains(database);
        assertThat(out).contains("审计链完整").contains("audit chain INTACT");
    }

    @Test
    void aBrokenChainExitsWithOneNamingThePositionTheRecordAndWhy() {
        AuditRecord victim = auditTrail.record(
                "office1", AuditEvent.created("CLI", "CliCheck", "cli-" + System.nanoTime(), Map.of("v", 1), null));
        auditTrail.sealPending();
        long position = jdbc.queryForObject("select seq from audit_record where id = ?", Long.class, victim.getId());
        jdbc.update("update audit_record set actor = 'intruder' where id = ?", victim.getId());
        try {
            String out = run(verification, 1);

            assertThat(out)
                    .contains("审计链断裂：第一处在第 " + position + " 位（记录 " + victim.getId() + "）")
                    .contains("内容封印不符");
        } finally {
            jdbc.update("update audit_record set actor = 'office1' where id = ?", victim.getId());
        }
        run(verification, 0);
    }

    @Test
    void theWrongKeyExitsWithTwoNotOne() {
        auditTrail.record("office1", AuditEvent.created("CLI", "CliCheck", "key", null, null));
        AuditKey otherKey = new AuditKey("another-key-that-did-not-seal-this-chain".getBytes(StandardCharsets.UTF_8));

        String out = run(verificationWith(otherKey, anchor), 2);

        assertThat(out).contains("无法校验审计链").contains("不是封印此链的密钥");
    }

    @Test
    void anUnreadableAnchorExitsWithTwo() throws Exception {
        Path garbage = dir.resolve("anchor.log");
        Files.writeString(garbage, "this is not an anchor line\n");
        AuditProperties withGarbage = new AuditProperties(
                properties.key(), null, false, garbage.toString(), false, properties.sealInterval(), 500, false);
        AuditKey key = AuditKey.load(properties);

        String out = run(verificationWith(key, new AuditAnchor(withGarbage, key, clock)), 2);

        assertThat(out).contains("锚点文件第 1 行无法解析");
    }

    AuditVerification verificationWith(AuditKey key, AuditAnchor anchor) {
        AuditTrail trail = new AuditTrail(
                records,
                jdbc,
                objectMapper,
                currentActor,
                clock,
                key,
                new AuditSealer(dataSource, transactions, key, anchor, properties, clock),
                new ChainVerifier(dataSource, transactions, key, anchor));
        return new AuditVerification(trail, context, dataSource, anchor, properties);
    }

    static String run(AuditVerification verification, int expectedExitCode) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = verification.report(new PrintStream(out, true, StandardCharsets.UTF_8));
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text).isEqualTo(expectedExitCode);
        return text;
    }
}
