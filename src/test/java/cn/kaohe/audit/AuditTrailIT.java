package cn.kaohe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditTrailIT {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void recordsWhoWhatBeforeAfterAndWhyInOrder() {
        String id = "audit-order-" + System.nanoTime();
        auditTrail.record(
                "office1", AuditEvent.created("LEDGER_RECORDED", "LedgerEntry", id, Map.of("points", -2), "迟到"));
        auditTrail.record(
                "committee1",
                AuditEvent.changed(
                        "SCORE_ADJUSTED", "LedgerEntry", id, Map.of("points", -2), Map.of("points", 0), "复核撤销"));

        var history = auditTrail.history("LedgerEntry", id);
        assertThat(history).extracting(AuditRecord::getActor).containsExactly("office1", "committee1");
        assertThat(history.get(1).getBeforeState()).isEqualTo("{\"points\":-2}");
        assertThat(history.get(1).getAfterState()).isEqualTo("{\"points\":0}");
        assertThat(history.get(1).getReason()).isEqualTo("复核撤销");
        assertThat(history.get(1).getPrevHash()).isEqualTo(history.get(0).getHash());
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void anAuditRecordRollsBackWithTheChangeItDescribes() {
        String id = "audit-rollback-" + System.nanoTime();
        try {
            tx.executeWithoutResult(s -> {
                auditTrail.record("office1", AuditEvent.created("X", "Thing", id, null, null));
                throw new IllegalStateException("the change failed");
            });
        } catch (IllegalStateException expected) {
            // the caller's transaction failed
        }
        assertThat(auditTrail.history("Thing", id)).isEmpty();
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void verificationPointsAtARowEditedDirectlyInTheDatabase() {
        String id = "audit-tamper-" + System.nanoTime();
        auditTrail.record("office1", AuditEvent.created("A", "Tamper", id, Map.of("v", 1), null));
        AuditRecord victim = auditTrail.record("office1", AuditEvent.created("B", "Tamper", id, Map.of("v", 2), null));
        auditTrail.record("office1", AuditEvent.created("C", "Tamper", id, Map.of("v", 3), null));
        assertThat(auditTrail.verify().intact()).isTrue();

        String original =
                jdbc.queryForObject("select after_state from audit_record where id = ?", String.class, victim.getId());
        jdbc.update("update audit_record set after_state = '{\"v\":99}' where id = ?", victim.getId());
        try {
            ChainVerification result = auditTrail.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBrokenId()).isEqualTo(victim.getId());
            assertThat(result.problem()).contains("哈希不符");
        } finally {
            jdbc.update("update audit_record set after_state = ? where id = ?", original, victim.getId());
        }
        assertThat(auditTrail.verify().intact()).isTrue();
    }
}
