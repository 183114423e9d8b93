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
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsWhoWhatBeforeAfterAndWhyInOrderAndLinksThemAfterCommit() {
        String id = "audit-order-" + System.nanoTime();
        AuditRecord first = auditTrail.record(
                "office1", AuditEvent.created("LEDGER_RECORDED", "LedgerEntry", id, Map.of("points", -2), "迟到"));
        auditTrail.record(
                "committee1",
                AuditEvent.changed(
                        "SCORE_ADJUSTED", "LedgerEntry", id, Map.of("points", -2), Map.of("points", 0), "复核撤销"));
        assertThat(first.getContentMac()).hasSize(64);
        assertThat(first.getSeq())
                .as("linked by the sealer after commit, not by the writer")
                .isNull();

        auditTrail.sealPending();

        var history = auditTrail.history("LedgerEntry", id);
        assertThat(history).extracting(AuditRecord::getActor).containsExactly("office1", "committee1");
        assertThat(history.get(1).getBeforeState()).isEqualTo("{\"points\":-2}");
        assertThat(history.get(1).getAfterState()).isEqualTo("{\"points\":0}");
        assertThat(history.get(1).getReason()).isEqualTo("复核撤销");
        assertThat(history.get(1).getSeq()).isGreaterThan(history.get(0).getSeq());
        assertThat(history).allSatisfy(r -> assertThat(r.getHash()).hasSize(64));
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
    void aTaskStepsRecordIsWrittenAndSealedAtOnceLikeAnyOther() {
        String id = "audit-step-" + System.nanoTime();
        AuditRecord step = tx.execute(s -> {
            AuditRecord r = auditTrail.recordStep(
                    "chenkun",
                    AuditEvent.changed(
                            "SELF_EVALUATION_SUBMITTED",
                            "Assessment",
                            id,
                            Map.of("status", "SELF_EVALUATION"),
                            Map.of("status", "RATING"),
                            null));
            assertThat(jdbc.queryForObject(
                            "select content_mac from audit_record where id = ?", String.class, r.getId()))
                    .as("the record's row and its MAC are in the transaction at once")
                    .isEqualTo(r.getContentMac())
                    .hasSize(64);
            return r;
        });
        auditTrail.sealPending();
        assertThat(auditTrail.history("Assessment", id)).singleElement().satisfies(r -> {
            assertThat(r.getId()).isEqualTo(step.getId());
            assertThat(r.getAfterState()).isEqualTo("{\"status\":\"RATING\"}");
            assertThat(r.getSeq()).isNotNull();
        });
        assertThat(auditTrail.verify().intact()).isTrue();
    }
}
