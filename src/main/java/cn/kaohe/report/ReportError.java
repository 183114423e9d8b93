package cn.kaohe.report;

import cn.kaohe.shared.ErrorCode;

/** Errors of the report module. */
public enum ReportError implements ErrorCode {
    TEMPLATE_MISSING("REPORT-001", 500, "报表模板不存在或无法编译：{0}"),
    RENDERING_FAILED("REPORT-002", 500, "报表“{0}”生成失败：{1}"),
    FORMAT_NOT_SUPPORTED("REPORT-003", 400, "报表“{0}”不支持导出为 {1}"),
    TOO_MANY_CATEGORIES("REPORT-004", 400, "考核类别过多：共 {0} 个，排名表最多显示 {1} 个"),
    TOO_MANY_PERIODS("REPORT-005", 400, "考核周期过多：共 {0} 个，年度汇总表最多显示 {1} 个"),
    INCONSISTENT_DATA("REPORT-006", 400, "报表数据不一致：{0}");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    ReportError(String code, int httpStatus, String messageTemplate) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.messageTemplate = messageTemplate;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String messageTemplate() {
        return messageTemplate;
    }
}
