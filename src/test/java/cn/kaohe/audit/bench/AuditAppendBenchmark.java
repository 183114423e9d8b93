package cn.kaohe.audit.bench;

import cn.kaohe.audit.AuditBenchSupport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Audited writes per second, 8 writers, before (every write locks the chain's head row until its transaction ends)
 * and after (plain insert + own-row seal; the sealer links after commit, here running every 100 ms as on a node).
 * Each transaction also does {@code businessMillis} of other work, as a rating or an adjustment does, while it holds
 * whatever it locked. A fresh database per run on the local PostgreSQL, dropped afterwards. Run:
 *
 * <pre>
 * ./mvnw -q -o test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp "target/test-classes:target/classes:$(cat cp.txt)" cn.kaohe.audit.bench.AuditAppendBenchmark 8 150 2
 * </pre>
 *
 * <p>Arguments: writers (8), appends per writer (250), milliseconds of other work per transaction (2).
 */
public final class AuditAppendBenchmark {

    interface Append {
        void append(Connection c, String actor, String entityId, String after) throws SQLException;
    }

    public static void main(String[] args) throws Exception {
        int writers = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int perWriter = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        int businessMillis = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        String admin = System.getenv().getOrDefault("KAOHE_IT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = System.getenv().getOrDefault("KAOHE_IT_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("KAOHE_IT_DB_PASSWORD", "");
        String name =
                "kaohe_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        execute(admin, user, password, "create database " + name);
        String url = admin.substring(0, admin.lastIndexOf('/') + 1) + name;
        try {
            DriverManagerDataSource ds = new DriverManagerDataSource(url, user, password);
            Flyway.configure().dataSource(ds).load().migrate();
            AuditBenchSupport audit = new AuditBenchSupport("benchmark-key-not-a-secret-0123456789");
            System.out.printf(
                    "audit appends, %d writers x %d, %d ms of other work per transaction, PostgreSQL %s%n",
                    writers, perWriter, businessMillis, url);
            for (int round = 1; round <= 2; round++) {
                double before = run(
                        url, user, password, writers, perWriter, businessMillis, audit::appendThroughTheHeadRow, null);
                reset(url, user, password);
                double after = run(
                        url,
                        user,
                        password,
                        writers,
                        perWriter,
                        businessMillis,
                        audit::appendSealedRecord,
                        audit.sealer(ds, false));
                reset(url, user, password);
                System.out.printf(
                        "round %d: before (head row locked per write) %.0f appends/s, after (insert, sealed after"
                                + " commit) %.0f appends/s, after/before %.2fx%n",
                        round, before, after, after / before);
            }
        } finally {
            execute(admin, user, password, "drop database if exists " + name + " with (force)");
        }
    }

    static double run(
            String url,
            String user,
            String password,
            int writers,
            int perWriter,
            int businessMillis,
            Append append,
            IntSupplier sealer)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Future<?> sealing = sealer == null
                ? null
                : pool.submit(() -> {
                    while (writing.get()) {
                        sealer.getAsInt();
                        sleep(100);
                    }
                    sealer.getAsInt();
                    return null;
                });
        long start = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            work.add(pool.submit(() -> {
                try (Connection c = DriverManager.getConnection(url, user, password)) {
                    c.setAutoCommit(false);
                    for (int i = 0; i < perWriter; i++) {
                        append.append(c, "leader" + writer, "cadre-" + writer, "{\"score\":" + i + "}");
                        if (businessMillis > 0) {
                            try (Statement s = c.createStatement()) {
                                s.execute("select pg_sleep(" + businessMillis / 1000.0 + ")");
                            }
                        }
                        c.commit();
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get(10, TimeUnit.MINUTES);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        writing.set(false);
        if (sealing != null) {
            sealing.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        return writers * perWriter / seconds;
    }

    static void reset(String url, String user, String password) throws SQLException {
        execute(url, user, password, "delete from audit_record");
        execute(
                url,
                user,
                password,
                "update audit_chain_head set last_id = null, last_seq = 0, head_mac = null, key_id = null,"
                        + " last_hash = '0000000000000000000000000000000000000000000000000000000000000000'");
    }

    static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
