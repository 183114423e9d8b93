package cn.kaohe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The command-line check behind {@code --kaohe.audit.verify-and-exit=true}: exit code and message. */
@IntegrationTest
class AuditVerificationIT {

    @Autowired
    AuditVerification verification;

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anIntactChainExitsWithZeroAndABrokenOneWithOneNamingTheRecord() {
        AuditRecord victim = auditTrail.record(
                "office1", AuditEvent.created("CLI", "CliCheck", "cli-" + System.nanoTime(), Map.of("v", 1), null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(verification.report(new PrintStream(out, true, StandardCharsets.UTF_8)))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("审计链完整");

        String actor = jdbc.queryForObject("select actor from audit_record where id = ?", String.class, victim.getId());
        jdbc.update("update audit_record set actor = 'intruder' where id = ?", victim.getId());
        try {
            ByteArrayOutputStream broken = new ByteArrayOutputStream();
            assertThat(verification.report(new PrintStream(broken, true, StandardCharsets.UTF_8)))
                    .isEqualTo(1);
            assertThat(broken.toString(StandardCharsets.UTF_8))
                    .startsWith("审计链断裂")
                    .contains("记录 " + victim.getId());
        } finally {
            jdbc.update("update audit_record set actor = ? where id = ?", actor, victim.getId());
        }
    }
}
