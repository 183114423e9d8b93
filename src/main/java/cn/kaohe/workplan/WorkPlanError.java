package cn.kaohe.workplan;

import cn.kaohe.shared.ErrorCode;

/** Errors of monthly work plans (月度工作安排). */
public enum WorkPlanError implements ErrorCode {
    INVALID("PLAN-001", 400, "工作安排填写有误：{0}"),
    MONTH_CLOSED("PLAN-002", 400, "{0} 已结束，不能再上报该月工作安排"),
    DUPLICATE("PLAN-003", 409, "{0} 的工作安排已上报（编号 {1}）"),
    WRONG_STEP("PLAN-004", 409, "工作安排（编号 {0}）{1}，不能{2}"),
    RETURN_REASON_REQUIRED("PLAN-005", 400, "退回修改时请填写理由"),
    TASK_NOT_OPEN("PLAN-006", 409, "工作安排（编号 {0}）没有待您办理的任务"),
    NO_CADRE("PLAN-007", 400, "当前登录账号没有对应的干部");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    WorkPlanError(String code, int httpStatus, String messageTemplate) {
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
