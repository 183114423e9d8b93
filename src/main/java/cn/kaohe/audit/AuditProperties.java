package cn.kaohe.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kaohe.audit.*} (docs/adr/0009-sealed-audit-chain.md).
 *
 * @param key the sealing key itself (env {@code KAOHE_AUDIT_KEY}), at least 32 characters; wins over {@code keyFile}
 * @param keyFile a file holding the key (env {@code KAOHE_AUDIT_KEY_FILE}), read once at start-up
 * @param generateKeyFile create {@code keyFile} with a random key when it does not exist (the demo only)
 * @param anchorFile append-only file outside the database where every sealing writes the new head (env {@code
 *     KAOHE_AUDIT_ANCHOR_FILE}); empty: no file anchor (truncation is then only found while the head row is intact)
 * @param anchorLog also write every new head to the log (logger {@code cn.kaohe.audit.anchor})
 * @param sealInterval how often committed records are linked into the chain
 * @param sealBatch records linked per sealing transaction
 * @param verifyAndExit verify the chain at start-up, print the result and exit (0 intact, 1 broken, 2 not checked)
 */
@ConfigurationProperties("kaohe.audit")
public record AuditProperties(
        String key,
        String keyFile,
        @DefaultValue("false") boolean generateKeyFile,
        String anchorFile,
        @DefaultValue("true") boolean anchorLog,
        @DefaultValue("1s") Duration sealInterval,
        @DefaultValue("500") int sealBatch,
        @DefaultValue("false") boolean verifyAndExit) {}
