package cn.kaohe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.FreshPostgresDatabase;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Rows written before V11 (unkeyed SHA-256 chain) stay verifiable as legacy, and the first keyed seal pins them: a
 * database migrated from V9 with three old records, on its own fresh PostgreSQL database (no Spring context).
 */
class AuditLegacyMigrationIT {

    static final String ADMIN =
            System.getenv().getOrDefault("KAOHE_IT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    static final String NAME =
            "kaohe_it_legacy_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    static DriverManagerDataSource dataSource;
    static JdbcTemplate jdbc;

    final AuditKey key = new AuditKey("legacy-migration-test-key-0123456789".getBytes(StandardCharsets.UTF_8));
    final AuditProperties properties =
            new AuditProperties(null, null, false, null, false, Duration.ofSeconds(1), 500, false);
    final Clock clock = Clock.systemUTC();

    @BeforeAll
    static void aDatabaseAtV9WithThreeOldRecordsMigratedToTheSealedChain() throws Exception {
        execute(ADMIN, "create database " + NAME);
        dataSource = new DriverManagerDataSource(
                ADMIN.substring(0, ADMIN.lastIndexOf('/') + 1) + NAME,
                FreshPostgresDatabase.user(),
                FreshPostgresDatabase.password());
        jdbc = new JdbcTemplate(dataSource);
        Flyway.configure().dataSource(dataSource).target("9").load().migrate();
        String prev = ChainVerification.GENESIS;
        for (int i = 1; i <= 3; i++) {
            OffsetDateTime at = OffsetDateTime.of(2026, 3, i, 9, 0, 0, 123_456_000, ZoneOffset.ofHours(8));
            String hash = AuditHash.legacy(prev, at, "office1", "OLD", "Cadre", "c" + i, "旧记录", null, "{}", null);
            jdbc.update(
                    "insert into audit_record (occurred_at, actor, action, entity_type, entity_id, reason,"
                            + " after_state, prev_hash, hash) values (?, 'office1', 'OLD', 'Cadre', ?, '旧记录', '{}', ?, ?)",
                    at,
                    "c" + i,
                    prev,
                    hash);
            prev = hash;
        }
        jdbc.update("update audit_chain_head set last_hash = ? where id = 1", prev);
        Flyway.configure().dataSource(dataSource).load().migrate();
    }

    @AfterAll
    static void drop() throws Exception {
        execute(ADMIN, "drop database if exists " + NAME + " with (force)");
    }

    AuditSealer sealer() {
        return new AuditSealer(
                dataSource, new DataSourceTransactionManager(dataSource), key, anchor(), properties, clock);
    }

    AuditAnchor anchor() {
        return new AuditAnchor(properties, key, clock);
    }

    ChainVerification verify() {
        sealer().sealPending(true);
        return new ChainVerifier(dataSource, new DataSourceTransactionManager(dataSource), key, anchor()).verify();
    }

    @Test
    void oldRowsAreVerifiedAsLegacyAndTheFirstKeyedRecordSaysTheKeyWasIntroduced() {
        List<Long> positions =
                jdbc.queryForList("select seq from audit_record where action = 'OLD' order by id", Long.class);
        assertThat(positions).hasSize(3).allMatch(p -> p < 0).isSorted();

        ChainVerification result = verify();

        assertThat(result.status()).isEqualTo(ChainVerification.Status.INTACT);
        assertThat(result.legacy()).isEqualTo(3);
        assertThat(result.checked()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select action from audit_record where seq = 1", String.class))
                .isEqualTo("AUDIT_KEY_INTRODUCED");
        String legacyTail =
                jdbc.queryForObject("select hash from audit_record where seq = ?", String.class, positions.get(2));
        assertThat(jdbc.queryForObject("select prev_hash from audit_record where seq = 1", String.class))
                .isEqualTo(legacyTail);
    }

    @Test
    void aLegacyRowEditedIsFoundAndALegacyChainRecomputedWithoutTheKeyBreaksTheFirstKeyedLink() {
        verify();
        long second = jdbc.queryForObject(
                "select id from audit_record where action = 'OLD' order by id offset 1 limit 1", Long.class);
        jdbc.update("update audit_record set reason = '改过' where id = ?", second);
        try {
            ChainVerification edited = verify();
            assertThat(edited.status()).isEqualTo(ChainVerification.Status.BROKEN);
            assertThat(edited.firstBrokenPosition()).isEqualTo(-2L);
            assertThat(edited.firstBrokenId()).isEqualTo(second);
            assertThat(edited.problem()).contains("旧链");

            // recompute the unkeyed legacy chain from the edited row on: SHA-256 needs no key ...
            String prev = jdbc.queryForObject("select prev_hash from audit_record where id = ?", String.class, second);
            for (var r : jdbc.queryForList(
                    "select id, occurred_at, entity_id, reason from audit_record where seq < 0 and id >= ? order by seq",
                    second)) {
                OffsetDateTime at = jdbc.queryForObject(
                        "select occurred_at from audit_record where id = ?", OffsetDateTime.class, r.get("id"));
                String hash = AuditHash.legacy(
                        prev,
                        at,
                        "office1",
                        "OLD",
                        "Cadre",
                        (String) r.get("entity_id"),
                        (String) r.get("reason"),
                        null,
                        "{}",
                        null);
                jdbc.update("update audit_record set prev_hash = ?, hash = ? where id = ?", prev, hash, r.get("id"));
                prev = hash;
            }
            // ... but the first keyed link sealed the old last hash
            ChainVerification recomputed = verify();
            assertThat(recomputed.status()).isEqualTo(ChainVerification.Status.BROKEN);
            assertThat(recomputed.firstBrokenPosition()).isEqualTo(1L);
            assertThat(recomputed.problem()).contains("链接不符");
        } finally {
            jdbc.update("update audit_record set reason = '旧记录' where id = ?", second);
            String prev = ChainVerification.GENESIS;
            for (var r : jdbc.queryForList("select id, entity_id from audit_record where seq < 0 order by seq")) {
                OffsetDateTime at = jdbc.queryForObject(
                        "select occurred_at from audit_record where id = ?", OffsetDateTime.class, r.get("id"));
                String hash = AuditHash.legacy(
                        prev, at, "office1", "OLD", "Cadre", (String) r.get("entity_id"), "旧记录", null, "{}", null);
                jdbc.update("update audit_record set prev_hash = ?, hash = ? where id = ?", prev, hash, r.get("id"));
                prev = hash;
            }
        }
        assertThat(verify().intact()).isTrue();
    }

    static void execute(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(
                        url, FreshPostgresDatabase.user(), FreshPostgresDatabase.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
