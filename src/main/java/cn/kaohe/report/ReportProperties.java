package cn.kaohe.report;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code kaohe.report.*}.
 *
 * @param virtualizeAboveRows fill reports with more rows than this through a swap-file virtualizer
 *     (bounded memory for large campaigns)
 * @param virtualizerMaxPages pages kept in memory by the virtualizer
 * @param swapDirectory where the virtualizer swaps pages; the JVM temp directory when blank
 */
@ConfigurationProperties("kaohe.report")
public record ReportProperties(Integer virtualizeAboveRows, Integer virtualizerMaxPages, String swapDirectory) {

    public ReportProperties {
        virtualizeAboveRows = virtualizeAboveRows == null ? 2000 : virtualizeAboveRows;
        virtualizerMaxPages = virtualizerMaxPages == null ? 50 : virtualizerMaxPages;
        swapDirectory =
                swapDirectory == null || swapDirectory.isBlank() ? System.getProperty("java.io.tmpdir") : swapDirectory;
    }

    public static ReportProperties defaults() {
        return new ReportProperties(null, null, null);
    }
}
