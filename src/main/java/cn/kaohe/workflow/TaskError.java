package cn.kaohe.workflow;

import cn.kaohe.shared.ErrorCode;

/** Errors of the task inbox. */
public enum TaskError implements ErrorCode {
    TASK_GONE("TASK-001", 409, "该待办已办理或不存在（{0}），请刷新待办列表"),
    NOT_YOUR_TASK("TASK-002", 403, "这不是您的待办"),
    CONCURRENT_COMPLETION("TASK-003", 409, "该待办正被他人同时办理，请刷新后重试"),
    BAD_ACTION("TASK-004", 400, "不支持的办理方式：{0}"),
    EMPTY_BATCH("TASK-005", 400, "请至少选择一项待办"),
    BATCH_ITEM_FAILED("TASK-006", 400, "第 {0} 项办理失败：{2}。整批均未办理");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    TaskError(String code, int httpStatus, String messageTemplate) {
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
