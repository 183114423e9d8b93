package cn.kaohe.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kaohe.report.*}.
 *
 * @param virtualizeAboveRows fill reports with more rows than this through a swap-file virtualizer
 *     (bounded memory for large campaigns)
 * @param virtualizerMaxPages pages kept in memory by the virtualizer (10: at 100,000 rows in 128 MiB, 50 left
 *     126 MiB live after a collection and cost more CPU; at 10,000 rows no difference — docs/adr/0013)
 * @param swapDirectory where the virtualizer swaps pages; the JVM temp directory when blank
 */
@ConfigurationProperties("kaohe.report")
public record ReportProperties(Integer virtualizeAboveRows, Integer virtualizerMaxPages, String swapDirectory) {

    public ReportProperties {
        virtualizeAboveRows = virtualizeAboveRows == null ? 2000 : virtualizeAboveRows;
        virtualizerMaxPages = virtualizerMaxPages == null ? 10 : virtualizerMaxPages;
        swapDirectory =
                swapDirectory == null || swapDirectory.isBlank() ? System.getProperty("java.io.tmpdir") : swapDirectory;
    }

    public static ReportProperties defaults() {
        return new ReportProperties(null, null, null);
    }
}
