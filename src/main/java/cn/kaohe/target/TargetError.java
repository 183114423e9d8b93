package cn.kaohe.target;

import cn.kaohe.shared.ErrorCode;

/** Errors of the target register (目标责任书). */
public enum TargetError implements ErrorCode {
    NO_COMPLETION_CATEGORY("TARGET-001", 400, "考核方案“{0}”没有目标完成类分类，不能登记目标责任书"),
    INVALID_BOOK("TARGET-002", 400, "目标责任书填写有误：{0}"),
    POINTS_DO_NOT_ADD_UP("TARGET-003", 400, "各项目标分值合计 {0} 分，应等于“{1}”的 {2} 分"),
    ALREADY_REPORTED("TARGET-004", 409, "“{0}”的目标已有完成情况上报，只能通过目标调整申请修改"),
    CUTOFF_PASSED("TARGET-005", 409, "目标调整申请须于{0}前提出，今天是{1}，已过截止日"),
    REASON_REQUIRED("TARGET-006", 400, "请填写调整理由"),
    CHANGES_REQUIRED("TARGET-007", 400, "请列出要调整的目标和新值"),
    NOT_YOUR_UNIT("TARGET-008", 403, "只能上报或申请调整本单位的目标"),
    WRONG_STEP("TARGET-009", 409, "{0}，不能{1}"),
    CHANGE_OPEN("TARGET-010", 409, "该目标责任书已有调整申请（编号 {0}）在审批中"),
    UNKNOWN_CATEGORY("TARGET-011", 400, "考核方案没有目标完成类分类“{0}”"),
    BAD_PERIOD("TARGET-012", 400, "考核周期“{0}”有误：{1}"),
    INVALID_COMPLETION("TARGET-013", 400, "完成情况填写有误：{0}"),
    INVALID_CHECK("TARGET-014", 400, "核验结果填写有误：{0}"),
    NOT_A_UNIT_SCHEME("TARGET-015", 400, "考核方案“{0}”考核的是干部，不是单位，不能登记目标责任书"),
    REFUSAL_REASON_REQUIRED("TARGET-016", 400, "不同意调整时请填写理由"),
    TASK_NOT_OPEN("TARGET-017", 409, "调整申请（编号 {0}）没有待审批的任务"),
    NO_UNIT("TARGET-018", 403, "只有在职单位干部可以查看本单位的目标责任书"),
    NOT_YOUR_BOOK("TARGET-019", 403, "只能查看本单位的目标责任书和调整申请");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    TargetError(String code, int httpStatus, String messageTemplate) {
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
