package cn.kaohe.audit;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the sealer every {@code kaohe.audit.seal-interval} (1 s) on one daemon thread, on every node; sealers on
 * different nodes exclude each other in the database. Not started for the command-line verification.
 */
@Component
class AuditSealingSchedule implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditSealingSchedule.class);

    private final AuditSealer sealer;
    private final AuditProperties properties;
    private ScheduledExecutorService executor;
    private String lastRefusal;

    AuditSealingSchedule(AuditSealer sealer, AuditProperties properties) {
        this.sealer = sealer;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        if (properties.verifyAndExit() || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "audit-sealer");
            t.setDaemon(true);
            return t;
        });
        long millis = properties.sealInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sealQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void sealQuietly() {
        try {
            sealer.sealPending(false);
            lastRefusal = null;
        } catch (AuditSealer.SealingRefused refused) {
            if (!refused.getMessage().equals(lastRefusal)) {
                log.error(
                        "Audit records are not being sealed: {} Run the audit verification"
                                + " (--kaohe.audit.verify-and-exit=true).",
                        refused.getMessage());
                lastRefusal = refused.getMessage();
            }
        } catch (RuntimeException e) {
            log.warn("Audit sealing failed, will retry: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    @Override
    public int getPhase() {
        // stops before the data source closes (beans) and after the web server stops taking requests
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }
}
