package cn.kaohe.interview;

import cn.kaohe.shared.ErrorCode;

/** Errors of interviews (面谈). */
public enum InterviewError implements ErrorCode {
    INVALID("INTERVIEW-001", 400, "面谈记录填写有误：{0}"),
    NOT_THE_LEADER("INTERVIEW-002", 403, "只有该考核的分管领导可以记录面谈"),
    NO_RESULT_YET("INTERVIEW-003", 409, "考核结果尚未产生（{0}），结果产生后再面谈");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    InterviewError(String code, int httpStatus, String messageTemplate) {
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
