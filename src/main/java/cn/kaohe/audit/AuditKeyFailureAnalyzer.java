package cn.kaohe.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A start-up without a usable audit key ends with what to set instead of a stack trace. */
public class AuditKeyFailureAnalyzer extends AbstractFailureAnalyzer<AuditKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AuditKeyException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Set KAOHE_AUDIT_KEY (at least " + AuditKey.MIN_LENGTH + " characters, e.g. `openssl rand -base64 32`)"
                        + " or KAOHE_AUDIT_KEY_FILE to the key that sealed this database's audit chain; the demo"
                        + " profile creates ./data/audit.key by itself. See docs/adr/0009-sealed-audit-chain.md.",
                cause);
    }
}
