package cn.kaohe.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the whole chain: the legacy part (unkeyed SHA-256, in order), then every keyed position from 1 (no
 * gap, each link and content seal recomputed with the key), then the head row's seal, then the anchor outside the
 * database. Reports the first problem. Reads in one repeatable-read transaction, after reading the anchor, so that
 * work committed meanwhile by other nodes is neither half-seen nor mistaken for a truncation.
 */
@Component
class ChainVerifier {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final AuditKey key;
    private final AuditAnchor anchor;

    ChainVerifier(DataSource dataSource, PlatformTransactionManager transactions, AuditKey key, AuditAnchor anchor) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(1000);
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.tx.setReadOnly(true);
        this.key = key;
        this.anchor = anchor;
    }

    ChainVerification verify() {
        AuditAnchor.Reading anchored = anchor.read(); // before the snapshot: it only vouches for committed work
        if (anchored.problem() != null) {
            return ChainVerification.notChecked(anchored.problem());
        }
        return tx.execute(status -> walk(anchored.latest()));
    }

    private ChainVerification walk(AuditAnchor.Entry anchorEntry) {
        ChainHead head = ChainHead.read(jdbc);
        Long anchoredPosition = anchorEntry == null ? null : anchorEntry.position();
        if (head == null) {
            return ChainVerification.broken(
                    0, 0, anchoredPosition, null, null, "审计链头记录被删除 (the chain head row is missing)");
        }
        if (head.keyId() != null && !head.keyId().equals(key.fingerprint())) {
            return ChainVerification.notChecked("配置的审计密钥不是封印此链的密钥，无法校验 (the configured key is not the key that"
                    + " sealed this chain: key fingerprint " + key.fingerprint() + ", chain " + head.keyId() + ")");
        }
        Walk w = new Walk(anchorEntry);
        ChainVerification broken = jdbc.query(
                "select " + StoredRecord.COLUMNS + " from audit_record where seq < 0 order by seq",
                (ResultSetExtractor<ChainVerification>) rs -> legacy(rs, w, anchoredPosition));
        if (broken != null) {
            return broken;
        }
        broken = jdbc.query(
                "select " + StoredRecord.COLUMNS + " from audit_record where seq > 0 order by seq",
                (ResultSetExtractor<ChainVerification>) rs -> keyed(rs, w, anchoredPosition));
        if (broken != null) {
            return broken;
        }
        long legacy = w.legacy;
        long checked = w.legacy + w.lastSeq;
        if (head.lastSeq() > 0
                && !AuditHash.head(key, head.lastSeq(), head.lastHash()).equals(head.headMac())) {
            return ChainVerification.broken(
                    checked,
                    legacy,
                    anchoredPosition,
                    head.lastSeq(),
                    null,
                    "链头被移动或改写（链头封印不符）(the head row does not match its seal: moved or rewritten)");
        }
        if (head.lastSeq() > w.lastSeq) {
            return ChainVerification.broken(
                    checked,
                    legacy,
                    anchoredPosition,
                    w.lastSeq + 1,
                    null,
                    "链尾记录被删除：链头记载封印到第 " + head.lastSeq() + " 位，记录只到第 " + w.lastSeq + " 位"
                            + " (records deleted from the end)");
        }
        if (head.lastSeq() < w.lastSeq || !head.lastHash().equals(w.prev)) {
            return ChainVerification.broken(
                    checked,
                    legacy,
                    anchoredPosition,
                    head.lastSeq() + 1,
                    null,
                    "链头与最后一条记录不符 (the head row does not point at the last record)");
        }
        if (anchorEntry != null) {
            if (anchorEntry.position() > w.lastSeq) {
                return ChainVerification.broken(
                        checked,
                        legacy,
                        anchoredPosition,
                        w.lastSeq + 1,
                        null,
                        "链尾记录被删除：锚点记载已封印到第 " + anchorEntry.position() + " 位，数据库中只到第 " + w.lastSeq
                                + " 位 (records deleted from the end: the anchor outside the database has seen position "
                                + anchorEntry.position() + ")");
            }
            if (!anchorEntry.hash().equals(w.hashAtAnchor)) {
                return ChainVerification.broken(
                        checked,
                        legacy,
                        anchoredPosition,
                        anchorEntry.position(),
                        null,
                        "第 " + anchorEntry.position() + " 位与锚点记载的封印不符，链被重写 (the chain differs from the anchor)");
            }
        }
        // committed records wait to be linked; each must carry its content seal (else it was not written by Kaohe)
        long[] pending = {0};
        ChainVerification forged = jdbc.query(
                "select " + StoredRecord.COLUMNS + " from audit_record where seq is null order by id",
                (ResultSetExtractor<ChainVerification>) rs -> {
                    while (rs.next()) {
                        StoredRecord r = StoredRecord.of(rs);
                        pending[0]++;
                        if (!r.contentSealedWith(key)) {
                            return ChainVerification.broken(
                                    checked,
                                    legacy,
                                    anchoredPosition,
                                    null,
                                    r.id(),
                                    "记录 " + r.id() + " 不是用审计密钥写入的（内容封印不符），未被链接" + " (record " + r.id()
                                            + " was inserted without the key and left unlinked)");
                        }
                    }
                    return null;
                });
        if (forged != null) {
            return forged;
        }
        return ChainVerification.intact(checked, legacy, pending[0], anchoredPosition);
    }

    private static final class Walk {
        final AuditAnchor.Entry anchor;
        long legacy;
        long lastSeq;
        String prev = ChainVerification.GENESIS;
        String hashAtAnchor;

        Walk(AuditAnchor.Entry anchor) {
            this.anchor = anchor;
        }
    }

    private ChainVerification legacy(ResultSet rs, Walk w, Long anchored) throws SQLException {
        while (rs.next()) {
            StoredRecord r = StoredRecord.of(rs);
            w.legacy++;
            long position = -w.legacy;
            if (!w.prev.equals(r.prevHash())) {
                return ChainVerification.broken(
                        w.legacy,
                        w.legacy,
                        anchored,
                        position,
                        r.id(),
                        "旧链（无密钥）中前一条记录缺失或被改动（链接不符）(legacy chain: previous record missing or changed)");
            }
            String expected = AuditHash.legacy(
                    r.prevHash(),
                    r.occurredAt(),
                    r.actor(),
                    r.action(),
                    r.entityType(),
                    r.entityId(),
                    r.reason(),
                    r.before(),
                    r.after(),
                    r.requestId());
            if (!expected.equals(r.hash())) {
                return ChainVerification.broken(
                        w.legacy,
                        w.legacy,
                        anchored,
                        position,
                        r.id(),
                        "旧链（无密钥）中记录内容被改动（哈希不符）(legacy chain: record changed)");
            }
            w.prev = r.hash();
        }
        return null;
    }

    private ChainVerification keyed(ResultSet rs, Walk w, Long anchored) throws SQLException {
        while (rs.next()) {
            StoredRecord r = StoredRecord.of(rs);
            long expectedSeq = w.lastSeq + 1;
            long checked = w.legacy + w.lastSeq + 1;
            if (r.seq() != expectedSeq) {
                return ChainVerification.broken(
                        checked,
                        w.legacy,
                        anchored,
                        expectedSeq,
                        r.id(),
                        "第 " + expectedSeq + " 位的记录被删除（位置不连续，下一条在第 " + r.seq() + " 位）" + " (record at position "
                                + expectedSeq + " deleted)");
            }
            if (!w.prev.equals(r.prevHash())) {
                return ChainVerification.broken(
                        checked,
                        w.legacy,
                        anchored,
                        r.seq(),
                        r.id(),
                        "前一条记录缺失或被改动（链接不符）(previous record missing or changed: link does not match)");
            }
            String content = AuditHash.content(
                    key,
                    r.id(),
                    r.occurredAt(),
                    r.actor(),
                    r.action(),
                    r.entityType(),
                    r.entityId(),
                    r.reason(),
                    r.before(),
                    r.after(),
                    r.requestId());
            if (!content.equals(r.contentMac())) {
                return ChainVerification.broken(
                        checked,
                        w.legacy,
                        anchored,
                        r.seq(),
                        r.id(),
                        "记录内容被改动（内容封印不符）(record content changed: its seal does not match)");
            }
            if (!AuditHash.link(key, r.seq(), r.prevHash(), r.contentMac()).equals(r.hash())) {
                return ChainVerification.broken(
                        checked,
                        w.legacy,
                        anchored,
                        r.seq(),
                        r.id(),
                        "链接被改写（链接封印不符）(link rewritten: its seal does not match)");
            }
            w.lastSeq = r.seq();
            w.prev = r.hash();
            if (w.anchor != null && w.anchor.position() == r.seq()) {
                w.hashAtAnchor = r.hash();
            }
        }
        return null;
    }
}
