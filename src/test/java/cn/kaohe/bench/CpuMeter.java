package cn.kaohe.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * CPU spent by this JVM and by the local PostgreSQL's processes between {@link #start()} and {@link #perOp}: on a
 * machine whose cores are all busy during a run, what an operation costs (docs/adr/0013). PostgreSQL's share is read
 * from {@code /proc} (Linux, same machine, readable processes); elsewhere it prints as unknown.
 */
public final class CpuMeter {

    private static final double TICK_MS = 10.0; // USER_HZ = 100 on Linux

    private final long jvmNanos;
    private final double postgresMs;

    private CpuMeter(long jvmNanos, double postgresMs) {
        this.jvmNanos = jvmNanos;
        this.postgresMs = postgresMs;
    }

    public static CpuMeter start() {
        return new CpuMeter(jvmCpuNanos(), postgresCpuMs());
    }

    /** "jvm 6.1 ms + postgres 4.2 ms per op" since start, for {@code ops} operations. */
    public String perOp(int ops) {
        double jvm = (jvmCpuNanos() - jvmNanos) / 1e6 / ops;
        double pg = postgresCpuMs();
        String pgText = pg < 0 || postgresMs < 0
                ? "postgres unknown"
                : String.format("postgres %.2f ms", (pg - postgresMs) / ops);
        return String.format("cpu per op: jvm %.2f ms + %s", jvm, pgText);
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double postgresCpuMs() {
        Path proc = Path.of("/proc");
        if (!Files.isDirectory(proc)) {
            return -1;
        }
        long ticks = 0;
        try (Stream<Path> pids = Files.list(proc)) {
            for (Path p : (Iterable<Path>) pids::iterator) {
                if (!p.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String stat = Files.readString(p.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    if (open < 0
                            || close < 0
                            || !stat.substring(open + 1, close).startsWith("postgres")) {
                        continue;
                    }
                    String[] f = stat.substring(close + 2).split(" ");
                    ticks += Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
                } catch (IOException | RuntimeException gone) {
                    // a backend that ended meanwhile
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return ticks * TICK_MS;
    }
}
