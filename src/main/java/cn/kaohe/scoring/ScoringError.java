package cn.kaohe.scoring;

import cn.kaohe.shared.ErrorCode;

/** Errors of schemes and scoring inputs; details name the place (field path) in Problems. */
public enum ScoringError implements ErrorCode {
    SCHEME_INVALID("SCORE-001", 400, "考核方案有误（共 {0} 处）：{1}"),
    INPUT_INVALID("SCORE-002", 400, "计分数据有误（共 {0} 处）：{1}"),
    SCHEME_MISSING("SCORE-003", 400, "未提供考核方案");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    ScoringError(String code, int httpStatus, String messageTemplate) {
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
