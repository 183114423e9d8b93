package cn.kaohe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone with write access to the database but without the key (issue 11): every way of rewriting the chain is
 * found, at the position where it starts. Each test puts the rows back exactly, so the shared chain is intact after.
 */
@IntegrationTest
class AuditTamperIT {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    List<Map<String, Object>> savedRecords;
    Map<String, Object> savedHead;

    @BeforeEach
    void threeSealedRecordsOfOurOwn() {
        String id = "tamper-" + System.nanoTime();
        for (int i = 1; i <= 3; i++) {
            auditTrail.record("office1", AuditEvent.created("T" + i, "Tamper", id, Map.of("v", i), "理由" + i));
        }
        assertThat(auditTrail.verify().intact()).isTrue();
        savedRecords = tail();
        savedHead = jdbc.queryForMap("select * from audit_chain_head where id = 1");
    }

    @AfterEach
    void putEverythingBack() {
        for (Map<String, Object> r : savedRecords) {
            jdbc.update("delete from audit_record where id = ?", r.get("id"));
            jdbc.update(
                    "insert into audit_record (id, occurred_at, actor, action, entity_type, entity_id, reason,"
                            + " before_state, after_state, request_id, content_mac, seq, prev_hash, hash)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    r.get("id"),
                    r.get("occurred_at"),
                    r.get("actor"),
                    r.get("action"),
                    r.get("entity_type"),
                    r.get("entity_id"),
                    r.get("reason"),
                    r.get("before_state"),
                    r.get("after_state"),
                    r.get("request_id"),
                    r.get("content_mac"),
                    r.get("seq"),
                    r.get("prev_hash"),
                    r.get("hash"));
        }
        jdbc.update(
                "update audit_chain_head set last_id = ?, last_hash = ?, last_seq = ?, head_mac = ?, key_id = ?"
                        + " where id = 1",
                savedHead.get("last_id"),
                savedHead.get("last_hash"),
                savedHead.get("last_seq"),
                savedHead.get("head_mac"),
                savedHead.get("key_id"));
        assertThat(auditTrail.verify().intact()).as("chain restored").isTrue();
    }

    /** The positions the tests touch (the last five), kept to be put back. */
    List<Map<String, Object>> tail() {
        return jdbc.queryForList(
                "select * from audit_record where seq > 0 and seq >= (select max(seq) - 4 from audit_record)"
                        + " order by seq");
    }

    long lastSeq() {
        return ((Number) savedHead.get("last_seq")).longValue();
    }

    long idAt(long seq) {
        return jdbc.queryForObject("select id from audit_record where seq = ?", Long.class, seq);
    }

    @Test
    void aRowEditedDirectlyIsFoundAtItsPosition() {
        long victimSeq = lastSeq() - 1;
        jdbc.update("update audit_record set after_state = '{\"v\":99}' where seq = ?", victimSeq);

        ChainVerification result = auditTrail.verify();

        assertThat(result.status()).isEqualTo(ChainVerification.Status.BROKEN);
        assertThat(result.firstBrokenPosition()).isEqualTo(victimSeq);
        assertThat(result.firstBrokenId()).isEqualTo(idAt(victimSeq));
        assertThat(result.problem()).contains("内容封印不符");
    }

    @Test
    void aChainRecomputedWithSha256AloneIsFound() {
        // the old tamper: change a record, then recompute every hash after it and the head, without the key
        long from = lastSeq() - 2;
        jdbc.update("update audit_record set actor = 'intruder' where seq = ?", from);
        String prev = jdbc.queryForObject("select prev_hash from audit_record where seq = ?", String.class, from);
        for (Map<String, Object> r :
                jdbc.queryForList("select * from audit_record where seq >= ? order by seq", from)) {
            String content = sha256(
                    r.get("id"),
                    r.get("occurred_at"),
                    r.get("actor"),
                    r.get("action"),
                    r.get("entity_type"),
                    r.get("entity_id"),
                    r.get("reason"),
                    r.get("before_state"),
                    r.get("after_state"),
                    r.get("request_id"));
            String link = sha256(r.get("seq"), prev, content);
            jdbc.update(
                    "update audit_record set content_mac = ?, prev_hash = ?, hash = ? where id = ?",
                    content,
                    prev,
                    link,
                    r.get("id"));
            prev = link;
        }
        jdbc.update(
                "update audit_chain_head set last_hash = ?, head_mac = ? where id = 1", prev, sha256(lastSeq(), prev));

        ChainVerification result = auditTrail.verify();

        assertThat(result.status()).isEqualTo(ChainVerification.Status.BROKEN);
        assertThat(result.firstBrokenPosition()).isEqualTo(from);
        assertThat(result.problem()).contains("内容封印不符");
    }

    @Test
    void aDeletedTailWithTheHeadMovedBackIsFound() {
        long newTail = lastSeq() - 2;
        jdbc.update("delete from audit_record where seq > ?", newTail);
        jdbc.update(
                "update audit_chain_head set last_seq = ?, last_hash = (select hash from audit_record where seq = ?),"
                        + " last_id = (select id from audit_record where seq = ?) where id = 1",
                newTail,
                newTail,
                newTail);

        ChainVerification result = auditTrail.verify();

        assertThat(result.status()).isEqualTo(ChainVerification.Status.BROKEN);
        assertThat(result.firstBrokenPosition()).isEqualTo(newTail);
        assertThat(result.problem()).contains("链头被移动或改写");
    }

    @Test
    void aDeletedTailWithAnOlderCopyOfTheHeadRowPutBackIsFoundByTheAnchor() {
        // the intruder keeps a copy of the head row, lets two more records be sealed, deletes them and puts the
        // copy back: the copy authenticates, only the anchor outside the database has seen the later positions
        Map<String, Object> olderHead = savedHead;
        long oldTail = lastSeq();
        auditTrail.record("office1", AuditEvent.created("T4", "Tamper", "later", null, null));
        auditTrail.record("office1", AuditEvent.created("T5", "Tamper", "later", null, null));
        assertThat(auditTrail.verify().intact()).isTrue();
        savedRecords = tail();
        savedHead = jdbc.queryForMap("select * from audit_chain_head where id = 1");

        jdbc.update("delete from audit_record where seq > ?", oldTail);
        jdbc.update(
                "update audit_chain_head set last_id = ?, last_seq = ?, last_hash = ?, head_mac = ? where id = 1",
                olderHead.get("last_id"),
                olderHead.get("last_seq"),
                olderHead.get("last_hash"),
                olderHead.get("head_mac"));

        ChainVerification result = auditTrail.verify();

        assertThat(result.status()).isEqualTo(ChainVerification.Status.BROKEN);
        assertThat(result.firstBrokenPosition()).isEqualTo(oldTail + 1);
        assertThat(result.anchoredPosition()).isEqualTo(oldTail + 2);
        assertThat(result.problem()).contains("锚点记载已封印到第 " + (oldTail + 2) + " 位");
    }

    @Test
    void aDeletedMiddleRowIsFoundAtItsPosition() {
        long victimSeq = lastSeq() - 1;
        jdbc.update("delete from audit_record where seq = ?", victimSeq);

        ChainVerification result = auditTrail.verify();

        assertThat(result.status()).isEqualTo(ChainVerification.Status.BROKEN);
        assertThat(result.firstBrokenPosition()).isEqualTo(victimSeq);
        assertThat(result.problem()).contains("第 " + victimSeq + " 位的记录被删除");
    }

    @Test
    void aRecordInsertedWithoutTheKeyIsNeverLinkedAndIsFound() {
        Long forged = jdbc.queryForObject(
                "insert into audit_record (occurred_at, actor, action, entity_type, entity_id, content_mac)"
                        + " values (now(), 'intruder', 'SCORE_ADJUSTED', 'Assessment', '1', repeat('0', 64))"
                        + " returning id",
                Long.class);
        try {
            ChainVerification result = auditTrail.verify();

            assertThat(result.status()).isEqualTo(ChainVerification.Status.BROKEN);
            assertThat(result.firstBrokenId()).isEqualTo(forged);
            assertThat(result.problem()).contains("不是用审计密钥写入的");
            assertThat(jdbc.queryForObject("select seq from audit_record where id = ?", Long.class, forged))
                    .isNull();
        } finally {
            jdbc.update("delete from audit_record where id = ?", forged);
        }
    }

    static String sha256(Object... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Object part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
