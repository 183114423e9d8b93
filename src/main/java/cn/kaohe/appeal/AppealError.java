package cn.kaohe.appeal;

import cn.kaohe.shared.ErrorCode;

/** Errors of appeals (申诉). */
public enum AppealError implements ErrorCode {
    NOT_YOUR_RESULT("APPEAL-001", 403, "只能对本人的考核结果提出申诉"),
    WINDOW_CLOSED("APPEAL-002", 409, "申诉期限已过（{0}截止），不能再提出申诉"),
    NOT_YET_OPEN("APPEAL-003", 409, "考核结果尚未公示，暂不能申诉"),
    GROUNDS_REQUIRED("APPEAL-004", 400, "请填写申诉理由"),
    ITEMS_REQUIRED("APPEAL-005", 400, "请选择申诉的评分项目"),
    UNKNOWN_ITEM("APPEAL-006", 400, "没有评分项目“{0}”"),
    ALREADY_OPEN("APPEAL-007", 409, "您对本次考核结果的申诉（编号 {1}，项目 {0}）尚在办理中，每次考核只能有一件未办结的申诉"),
    WRONG_STEP("APPEAL-008", 409, "申诉当前状态为“{0}”，不能执行“{1}”"),
    DECISION_REQUIRED("APPEAL-009", 400, "请填写处理意见"),
    CHANGES_REQUIRED("APPEAL-011", 400, "调整结果时请列出调整的项目和数值"),
    GROUNDS_TOO_LONG("APPEAL-012", 400, "申诉理由不超过 {0} 字");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    AppealError(String code, int httpStatus, String messageTemplate) {
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
