package cn.kaohe.report.bench;

import cn.kaohe.report.ReportFixtures;
import cn.kaohe.report.ReportFormat;
import cn.kaohe.report.ReportProperties;
import cn.kaohe.report.ReportRenderer;
import cn.kaohe.report.ReproducibleOutput;
import cn.kaohe.report.model.RankingReport;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Not a test: renders a ranking PDF of {@code rows} rows the way a stored report is made — filled through the
 * swap-file virtualizer, exported straight into a file, made reproducible in that file — and prints, per run and as
 * best and mean: seconds, rows/s, the process's CPU seconds (the machine is shared: CPU time says what the work
 * cost, wall time what it took), pages and bytes, the heap bound ({@code -Xmx}) and the most heap that was still in
 * use after a collection (the live set; the peak before a collection is only garbage not yet collected). The first
 * run is a warm-up (at most 5,000 rows) and not counted. Run with the heap of the target, e.g.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx128m -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *     cn.kaohe.report.bench.RankingReportBenchmark 10000 3
 * </pre>
 *
 * Arguments: rows (10000), measured runs (3). The last PDF is kept as {@code target/ranking-<rows>.pdf}.
 */
public final class RankingReportBenchmark {

    private static final AtomicLong LIVE_AFTER_GC = new AtomicLong();

    private RankingReportBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        watchCollections();
        // levers: -DvirtualizeAboveRows=… -DvirtualizerMaxPages=… (the defaults of kaohe.report.* otherwise)
        ReportProperties properties = new ReportProperties(
                Integer.getInteger("virtualizeAboveRows"), Integer.getInteger("virtualizerMaxPages"), null);
        ReportRenderer renderer = new ReportRenderer(properties);
        RankingReport report = ReportFixtures.largeRanking(rows);
        Path out = Path.of("target", "ranking-" + rows + ".pdf");
        Files.createDirectories(out.getParent());

        long compileStart = System.nanoTime();
        renderer.template(report.type());
        // the warm-up compiles the template and the JIT's hot paths; 5,000 rows are enough for that
        Run warmUp = run(renderer, rows > 5000 ? ReportFixtures.largeRanking(5000) : report, out);
        System.out.printf(
                "ranking PDF, %d rows, heap bound -Xmx %.0f MiB, %d cores, virtualizer above %d rows keeping %d pages;"
                        + " template compiled and first run (warm-up) in %.2f s%n",
                rows,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                Runtime.getRuntime().availableProcessors(),
                properties.virtualizeAboveRows(),
                properties.virtualizerMaxPages(),
                (System.nanoTime() - compileStart) / 1e9);
        print("warm-up", warmUp, Math.min(rows, 5000));
        List<Run> measured = new ArrayList<>();
        for (int i = 1; i <= runs; i++) {
            Run run = run(renderer, report, out);
            measured.add(run);
            print("run " + i, run, rows);
        }
        Run best = measured.stream()
                .min((a, b) -> Double.compare(a.seconds(), b.seconds()))
                .orElse(warmUp);
        double mean = measured.stream().mapToDouble(Run::seconds).average().orElse(warmUp.seconds());
        double meanCpu =
                measured.stream().mapToDouble(Run::cpuSeconds).average().orElse(warmUp.cpuSeconds());
        long live = measured.stream().mapToLong(Run::liveAfterGc).max().orElse(warmUp.liveAfterGc());
        System.out.printf(
                "RESULT rows=%d runs=%d best=%.2fs mean=%.2fs bestRowsPerSecond=%.0f meanCpuSeconds=%.2f"
                        + " maxLiveHeapAfterGcMiB=%.1f heapBoundMiB=%.0f pages=%d pdfBytes=%d file=%s%n",
                rows,
                measured.size(),
                best.seconds(),
                mean,
                rows / best.seconds(),
                meanCpu,
                live / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0,
                best.pages(),
                best.bytes(),
                out);
    }

    private record Run(
            double seconds, double exportSeconds, double cpuSeconds, int pages, long bytes, long liveAfterGc) {}

    /** Render into the file, then make it reproducible in place (what ReportService does before storing it). */
    private static Run run(ReportRenderer renderer, RankingReport report, Path file) throws IOException {
        System.gc();
        LIVE_AFTER_GC.set(0);
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        int pages;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            pages = renderer.render(report, ReportFormat.PDF, out);
        }
        long rendered = System.nanoTime();
        ReproducibleOutput.apply(ReportFormat.PDF, file, Instant.parse("2026-06-01T01:00:00Z"));
        long end = System.nanoTime();
        return new Run(
                (end - start) / 1e9,
                (rendered - start) / 1e9,
                (processCpuNanos() - cpu) / 1e9,
                pages,
                Files.size(file),
                LIVE_AFTER_GC.get());
    }

    private static void print(String label, Run run, int rows) {
        System.out.printf(
                "%-8s %.2f s (fill+export %.2f s, reproducible pass %.2f s), %.0f rows/s, CPU %.2f s, %d pages,"
                        + " %d bytes, live heap after GC ≤ %.1f MiB%n",
                label,
                run.seconds(),
                run.exportSeconds(),
                run.seconds() - run.exportSeconds(),
                rows / run.seconds(),
                run.cpuSeconds(),
                run.pages(),
                run.bytes(),
                run.liveAfterGc() / 1048576.0);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Records the largest heap still in use after any collection (summed over the heap's pools). */
    private static void watchCollections() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc)
                    .addNotificationListener(
                            (notification, handback) -> {
                                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
                                        notification.getType())) {
                                    return;
                                }
                                var info = GarbageCollectionNotificationInfo.from(
                                        (CompositeData) notification.getUserData());
                                long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                        .filter(e -> isHeap(e.getKey()))
                                        .map(java.util.Map.Entry::getValue)
                                        .mapToLong(MemoryUsage::getUsed)
                                        .sum();
                                LIVE_AFTER_GC.accumulateAndGet(used, Math::max);
                            },
                            null,
                            null);
        }
    }

    private static boolean isHeap(String pool) {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .anyMatch(p -> p.getName().equals(pool) && p.getType() == java.lang.management.MemoryType.HEAP);
    }
}
