package cn.kaohe.report;

/**
 * A generated file held in memory, for tests and small files. Stored reports never take this form: they are
 * exported into a file and streamed into the store ({@link ReportRenderer#render(cn.kaohe.report.model.ReportDocument,
 * ReportFormat, java.io.OutputStream)}, ReportService).
 *
 * @param fileName Chinese file name with extension, e.g. 考核结果排名表-2021年度机关干部目标管理考核.pdf
 * @param pageCount pages of the filled report (1 for XLSX filled without pagination)
 */
public record RenderedReport(ReportType type, ReportFormat format, String fileName, byte[] content, int pageCount) {

    public String contentDisposition() {
        return ContentDispositions.attachment(fileName);
    }

    public String mediaType() {
        return format.mediaType();
    }
}
