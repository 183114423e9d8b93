package cn.kaohe.scheme;

import cn.kaohe.shared.ErrorCode;

/** Errors reading scheme documents and presets. */
public enum SchemeError implements ErrorCode {
    DOCUMENT_UNREADABLE("SCHEME-001", 400, "考核方案文件无法读取（共 {0} 处）：{1}"),
    PRESET_NOT_FOUND("SCHEME-002", 404, "预置考核方案不存在：{0}"),
    INPUT_UNREADABLE("SCHEME-003", 400, "计分数据文件无法读取（共 {0} 处）：{1}"),
    VERSION_FROZEN("SCHEME-004", 409, "“{0}”第 {1} 版已被考核批次使用，已冻结，不能修改；请复制为新草稿后修改并保存为新版本"),
    DOCUMENT_INVALID("SCHEME-005", 400, "考核方案有 {0} 处错误，第一处在第 {1} 行：{2}"),
    NOTE_REQUIRED("SCHEME-006", 400, "请填写修改说明（为什么修改方案）"),
    CODE_CHANGED("SCHEME-007", 400, "修改某一版本时不能改变方案编码（原为 {0}）；如需新方案，请复制后保存为新版本");

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
