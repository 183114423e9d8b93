package cn.kaohe.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed records into the chain, in id order, after the transactions that wrote them. Business
 * transactions only insert; this is the only writer of positions, links and the head row, so audited writes never
 * wait for each other. One sealer at a time per database: it holds the head row ({@code for update}) for its
 * transaction; on PostgreSQL a scheduled run that finds another sealer busy skips instead of waiting
 * ({@code pg_try_advisory_xact_lock}). A position is assigned at sealing time, so a record whose transaction
 * commits late (with a lower id than records already sealed) is linked at the end, never skipped.
 */
@Component
class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final long LOCK_KEY = 0x6b616f6865L; // "kaohe"

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditKey key;
    private final AuditAnchor anchor;
    private final Clock clock;
    private final int batch;
    private final boolean postgres;
    private final Set<Long> unsealable = ConcurrentHashMap.newKeySet();

    AuditSealer(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            AuditKey key,
            AuditAnchor anchor,
            AuditProperties properties,
            Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.key = key;
        this.anchor = anchor;
        this.clock = clock;
        this.batch = properties.sealBatch();
        this.postgres = isPostgres(dataSource);
    }

    /**
     * Seals every committed record not yet in the chain.
     *
     * @param wait wait for a sealer busy elsewhere (before a verification) rather than leave the work to it
     * @return how many records this call sealed
     * @throws SealingRefused when the head does not authenticate (tampered, or the wrong key): nothing is sealed
     */
    int sealPending(boolean wait) {
        int total = 0;
        while (true) {
            Sealed s = tx.execute(status -> sealBatch(wait));
            if (s == null) {
                return total; // another sealer is at work
            }
            if (s.count() > 0) {
                anchor.append(s.lastSeq(), s.lastHash());
            }
            total += s.count();
            if (s.read() < batch || s.count() == 0) {
                return total;
            }
        }
    }

    private record Sealed(int count, int read, long lastSeq, String lastHash) {}

    private Sealed sealBatch(boolean wait) {
        if (postgres
                && !wait
                && !Boolean.TRUE.equals(
                        jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY))) {
            return null;
        }
        ChainHead head = ChainHead.lock(jdbc);
        if (head == null) {
            throw new SealingRefused("审计链头记录缺失 (the audit chain head row is missing)");
        }
        checkHead(head);
        long lastSeq = head.lastSeq();
        String lastHash = head.lastHash();
        if (lastSeq == 0) {
            markKeyIntroduced();
        }
        List<StoredRecord> pending = jdbc.query(
                "select " + StoredRecord.COLUMNS + " from audit_record where seq is null order by id limit ?",
                (rs, i) -> StoredRecord.of(rs),
                batch);
        List<Object[]> links = new ArrayList<>(pending.size());
        Long lastId = null;
        for (StoredRecord p : pending) {
            if (!p.contentSealedWith(key)) {
                // not written by Kaohe (no key): never linked; the verification reports it
                if (unsealable.add(p.id())) {
                    log.error(
                            "Audit record {} was not written with the audit key; it is not linked into the chain",
                            p.id());
                }
                continue;
            }
            lastSeq++;
            String link = AuditHash.link(key, lastSeq, lastHash, p.contentMac());
            links.add(new Object[] {lastSeq, lastHash, link, p.id()});
            lastHash = link;
            lastId = p.id();
        }
        if (links.isEmpty()) {
            return new Sealed(0, pending.size(), lastSeq, lastHash);
        }
        int[] updated = jdbc.batchUpdate(
                "update audit_record set seq = ?, prev_hash = ?, hash = ? where id = ? and seq is null", links);
        for (int u : updated) {
            if (u == 0) {
                throw new IllegalStateException(
                        "an audit record was sealed by someone else while this sealer held the head");
            }
        }
        jdbc.update(
                "update audit_chain_head set last_id = ?, last_hash = ?, last_seq = ?, head_mac = ?, key_id = ?"
                        + " where id = 1",
                lastId,
                lastHash,
                lastSeq,
                AuditHash.head(key, lastSeq, lastHash),
                key.fingerprint());
        return new Sealed(links.size(), pending.size(), lastSeq, lastHash);
    }

    /** Refuses to extend a chain whose head was moved, sealed with another key, or taken back behind the anchor. */
    private void checkHead(ChainHead head) {
        if (head.keyId() != null && !head.keyId().equals(key.fingerprint())) {
            throw new SealingRefused("配置的审计密钥不是封印此链的密钥 (the configured audit key is not the key that sealed"
                    + " this chain: fingerprint " + key.fingerprint() + ", chain " + head.keyId() + ")");
        }
        if (head.lastSeq() > 0) {
            if (!AuditHash.head(key, head.lastSeq(), head.lastHash()).equals(head.headMac())) {
                throw new SealingRefused("审计链头封印不符，链头被改动 (the audit chain head does not match its seal)");
            }
            List<String> tail =
                    jdbc.queryForList("select hash from audit_record where seq = ?", String.class, head.lastSeq());
            if (tail.size() != 1 || !head.lastHash().equals(tail.get(0))) {
                throw new SealingRefused("审计链最后一条记录与链头不符 (the last sealed record does not match the head)");
            }
        } else {
            List<String> legacyTail = jdbc.queryForList(
                    "select hash from audit_record where seq < 0 order by seq desc limit 1", String.class);
            String expected = legacyTail.isEmpty() ? ChainVerification.GENESIS : legacyTail.get(0);
            if (!expected.equals(head.lastHash())) {
                throw new SealingRefused("旧链最后一条记录与链头不符 (the last legacy record does not match the head)");
            }
        }
        if (head.lastSeq() < anchor.highestKnown()) {
            throw new SealingRefused("审计链头落后于锚点：链尾记录被删除 (the head is at position " + head.lastSeq()
                    + " but the anchor has seen position " + anchor.highestKnown() + ")");
        }
    }

    /** The first keyed record after legacy rows says so, and pins the legacy chain's last hash under the key. */
    private void markKeyIntroduced() {
        Long legacy = jdbc.queryForObject("select count(*) from audit_record where seq < 0", Long.class);
        Long marked = jdbc.queryForObject(
                "select count(*) from audit_record where action = 'AUDIT_KEY_INTRODUCED' and seq is null", Long.class);
        if (Objects.requireNonNullElse(legacy, 0L) == 0 || Objects.requireNonNullElse(marked, 0L) > 0) {
            return;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        String after = "{\"legacyRecords\":" + legacy + "}";
        String reason = "审计链自此以密钥封印；此前的记录按旧算法（SHA-256）校验";
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(
                (Connection c) -> {
                    PreparedStatement ps = c.prepareStatement(
                            "insert into audit_record (occurred_at, actor, action, entity_type, entity_id, reason,"
                                    + " after_state) values (?, 'system', 'AUDIT_KEY_INTRODUCED', 'AuditChain', '1', ?, ?)",
                            new String[] {"id"});
                    ps.setObject(1, now);
                    ps.setString(2, reason);
                    ps.setString(3, after);
                    return ps;
                },
                keys);
        long id = Objects.requireNonNull(keys.getKey()).longValue();
        String mac = AuditHash.content(
                key, id, now, "system", "AUDIT_KEY_INTRODUCED", "AuditChain", "1", reason, null, after, null);
        jdbc.update("update audit_record set content_mac = ? where id = ?", mac, id);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    /** The chain was not extended because its head does not authenticate; the verification says more. */
    static class SealingRefused extends RuntimeException {
        SealingRefused(String message) {
            super(message);
        }
    }
}
