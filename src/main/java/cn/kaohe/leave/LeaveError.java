package cn.kaohe.leave;

import cn.kaohe.shared.ErrorCode;

/** Errors of leave requests (请销假). */
public enum LeaveError implements ErrorCode {
    INVALID_REQUEST("LEAVE-001", 400, "请假申请填写有误：{0}"),
    OVERLAPPING("LEAVE-002", 400, "{0}至{1}与您的请假申请（编号 {2}）重叠"),
    PERIOD_CLOSED("LEAVE-003", 400, "{0}至{1}所在的考核周期“{2}”已定档归档，不能再请假"),
    NOT_YOUR_REQUEST("LEAVE-004", 403, "只能为本人请假或销假"),
    WRONG_STEP("LEAVE-005", 409, "请假申请（编号 {0}）{1}，不能{2}"),
    REFUSAL_REASON_REQUIRED("LEAVE-006", 400, "不同意请假时请填写理由"),
    TASK_NOT_OPEN("LEAVE-007", 409, "请假申请（编号 {0}）没有待您审批的任务"),
    NOT_STARTED("LEAVE-008", 400, "假期自{0}开始，开始前不能销假"),
    ON_LEAVE("LEAVE-009", 409, "{0}在{1}有已批准的请假（编号 {2}），不能认定为旷工"),
    NO_CADRE("LEAVE-010", 400, "当前登录账号没有对应的干部，请由本人账号请假");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    LeaveError(String code, int httpStatus, String messageTemplate) {
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
