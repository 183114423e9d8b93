package cn.kaohe.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaohe.support.IntegrationTest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audited writes do not wait for each other (issues 12 and 19), and however many sealers run at once (one per node,
 * plus the schedule and a verification) the records form one chain, each linked exactly once.
 */
@IntegrationTest
class AuditConcurrencyIT {

    @Autowired
    AuditTrail auditTrail;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditKey key;

    @Autowired
    AuditAnchor anchor;

    @Autowired
    AuditProperties properties;

    @Autowired
    Clock clock;

    @Test
    void eightWritersAtOnceAreAllLinkedOnceInOneChainWithoutAnError() throws Exception {
        String entity = "concurrent-" + System.nanoTime();
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int t = 0; t < 8; t++) {
            int writer = t;
            pool.submit(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 40; i++) {
                        int n = i;
                        tx.executeWithoutResult(s -> auditTrail.record(
                                "leader" + writer,
                                AuditEvent.changed(
                                        "RATED", "Concurrent", entity, null, Map.of("writer", writer, "n", n), "评分")));
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
        }
        start.countDown();
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
        assertThat(errors).isEmpty();

        assertThat(auditTrail.verify().intact()).isTrue();
        List<AuditRecord> written = auditTrail.history("Concurrent", entity);
        assertThat(written).hasSize(320);
        assertThat(written).extracting(AuditRecord::getSeq).doesNotContainNull().doesNotHaveDuplicates();
        assertOneChain();
    }

    @Test
    void sealersOnTwoNodesAndTheScheduleAtOnceDoNotForkTheChain() throws Exception {
        String entity = "sealers-" + System.nanoTime();
        AuditSealer nodeA = new AuditSealer(dataSource, transactions, key, anchor, properties, clock);
        AuditSealer nodeB = new AuditSealer(dataSource, transactions, key, anchor, properties, clock);
        Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 2; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                await(start);
                for (int i = 0; i < 300; i++) {
                    int n = i;
                    try {
                        auditTrail.record(
                                "office" + writer,
                                AuditEvent.created("WRITTEN", "Sealers", entity, Map.of("n", n), null));
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            }));
        }
        for (AuditSealer sealer : List.of(nodeA, nodeB, nodeA, nodeB)) {
            boolean wait = work.size() % 2 == 0;
            work.add(pool.submit(() -> {
                await(start);
                for (int round = 0; round < 60; round++) {
                    try {
                        sealer.sealPending(wait);
                    } catch (Throwable e) {
                        errors.add(e);
                    }
                }
            }));
        }
        start.countDown();
        for (Future<?> f : work) {
            f.get(3, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(errors).isEmpty();

        nodeB.sealPending(true);
        assertThat(auditTrail.history("Sealers", entity))
                .hasSize(600)
                .extracting(AuditRecord::getSeq)
                .doesNotContainNull();
        assertOneChain();
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    @Test
    void aRecordCommittedLateWithALowerIdIsLinkedAfterTheOthersNotSkipped() throws Exception {
        String entity = "late-" + System.nanoTime();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        Future<AuditRecord> late = pool.submit(() -> tx.execute(s -> {
            AuditRecord r = auditTrail.record("office1", AuditEvent.created("LATE", "Late", entity, null, null));
            written.countDown();
            await(mayCommit);
            return r;
        }));
        assertThat(written.await(1, TimeUnit.MINUTES)).isTrue();
        AuditRecord early = auditTrail.record("office1", AuditEvent.created("EARLY", "Late", entity, null, null));
        auditTrail.sealPending();
        mayCommit.countDown();
        AuditRecord lateRecord = late.get(1, TimeUnit.MINUTES);
        pool.shutdown();
        auditTrail.sealPending();

        assertThat(lateRecord.getId()).isLessThan(early.getId());
        Map<Long, Long> seqById = new java.util.HashMap<>();
        auditTrail.history("Late", entity).forEach(r -> seqById.put(r.getId(), r.getSeq()));
        assertThat(seqById.get(lateRecord.getId())).isNotNull().isGreaterThan(seqById.get(early.getId()));
        assertThat(auditTrail.verify().intact()).isTrue();
    }

    /** Positions 1..n without a gap or a duplicate, and no two records linked to the same predecessor. */
    void assertOneChain() {
        Map<String, Object> positions = jdbc.queryForMap(
                "select count(*) as n, count(distinct seq) as d, max(seq) as m from audit_record" + " where seq > 0");
        assertThat(((Number) positions.get("n")).longValue())
                .isEqualTo(((Number) positions.get("d")).longValue())
                .isEqualTo(((Number) positions.get("m")).longValue());
        assertThat(jdbc.queryForObject(
                        "select count(*) from (select prev_hash from audit_record where seq > 0 group by prev_hash"
                                + " having count(*) > 1) forks",
                        Long.class))
                .isZero();
    }

    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(2, TimeUnit.MINUTES)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
