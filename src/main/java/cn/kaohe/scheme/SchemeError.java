package cn.kaohe.scheme;

import cn.kaohe.shared.ErrorCode;

/** Errors reading scheme documents and presets. */
public enum SchemeError implements ErrorCode {
    DOCUMENT_UNREADABLE("SCHEME-001", 400, "考核方案文件无法读取（共 {0} 处）：{1}"),
    PRESET_NOT_FOUND("SCHEME-002", 404, "预置考核方案不存在：{0}"),
    INPUT_UNREADABLE("SCHEME-003", 400, "计分数据文件无法读取（共 {0} 处）：{1}");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    SchemeError(String code, int httpStatus, String messageTemplate) {
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
