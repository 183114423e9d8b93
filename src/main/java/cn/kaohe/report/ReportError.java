package cn.kaohe.report;

import cn.kaohe.shared.ErrorCode;

/** Errors of the report module. */
public enum ReportError implements ErrorCode {
    TEMPLATE_MISSING("REPORT-001", 500, "报表模板不存在或无法编译：{0}"),
    RENDERING_FAILED("REPORT-002", 500, "报表“{0}”生成失败：{1}"),
    FORMAT_NOT_SUPPORTED("REPORT-003", 400, "报表“{0}”不支持导出为 {1}"),
    TOO_MANY_CATEGORIES("REPORT-004", 400, "考核类别过多：共 {0} 个，排名表最多显示 {1} 个"),
    TOO_MANY_PERIODS("REPORT-005", 400, "考核周期过多：共 {0} 个，年度汇总表最多显示 {1} 个"),
    INCONSISTENT_DATA("REPORT-006", 400, "报表数据不一致：{0}"),
    UNKNOWN_TYPE("REPORT-007", 404, "没有“{0}”这种报表，可选：{1}"),
    UNKNOWN_FORMAT("REPORT-008", 400, "不支持的导出格式“{0}”，可选：pdf、xlsx"),
    NOT_RANKED("REPORT-009", 409, "考核批次“{0}”尚未排名，不能生成{1}"),
    NOTICE_NOT_OPENED("REPORT-010", 409, "考核批次“{0}”尚未开始公示，不能生成公示名单"),
    NO_ANNUAL_ROLLUP("REPORT-011", 400, "考核批次“{0}”为年度考核，年度考核汇总表只用于月度、季度考核"),
    NO_PAY_POLICY("REPORT-012", 400, "考核方案“{0}”不设绩效奖金，没有绩效奖金分配表"),
    CONFIDENTIAL("REPORT-013", 409, "考核方案“{0}”规定考核结果只告知本人和考核小组，不公示，没有公示名单");

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
