package cn.kaohe.report.bench;

import cn.kaohe.report.RenderedReport;
import cn.kaohe.report.ReportFixtures;
import cn.kaohe.report.ReportFormat;
import cn.kaohe.report.ReportProperties;
import cn.kaohe.report.ReportRenderer;
import cn.kaohe.report.ReportType;
import cn.kaohe.report.model.RankingReport;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Not a test: renders a large ranking PDF through the swap-file virtualizer and prints rows, seconds
 * and peak heap. Run with a small heap, e.g.
 *
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) \
 *     cn.kaohe.report.bench.RankingReportBenchmark 10000
 * </pre>
 */
public final class RankingReportBenchmark {

    private RankingReportBenchmark() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        ReportRenderer renderer = new ReportRenderer(new ReportProperties(1000, 50, null));
        long compileStart = System.nanoTime();
        renderer.template(ReportType.RANKING);
        double compileSeconds = (System.nanoTime() - compileStart) / 1e9;
        RankingReport report = ReportFixtures.largeRanking(rows);
        resetPeaks();

        long start = System.nanoTime();
        RenderedReport pdf = renderer.render(report, ReportFormat.PDF);
        double seconds = (System.nanoTime() - start) / 1e9;

        System.out.printf(
                "rows=%d pages=%d pdfBytes=%d fillAndExportSeconds=%.2f compileSeconds=%.2f peakHeapMiB=%.1f maxHeapMiB=%.0f%n",
                rows,
                pdf.pageCount(),
                pdf.content().length,
                seconds,
                compileSeconds,
                peakHeap() / 1048576.0,
                Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset (an upper bound of the real peak). */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed())
                .sum();
    }
}
