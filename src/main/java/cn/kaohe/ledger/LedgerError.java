package cn.kaohe.ledger;

import cn.kaohe.shared.ErrorCode;

/** Errors of the ledger (台账). */
public enum LedgerError implements ErrorCode {
    UNKNOWN_FACT_TYPE("LEDGER-001", 400, "未知的台账事项类型“{0}”（已导入的考核方案中没有此类事项）"),
    WRONG_LEVEL("LEDGER-002", 400, "台账事项“{0}”的级别“{1}”不正确，可选：{2}"),
    LEVEL_REQUIRED("LEDGER-003", 400, "台账事项“{0}”须填写级别，可选：{1}"),
    POINTS_OUT_OF_RANGE("LEDGER-004", 400, "“{0}”的分值须由领导小组在 {1}–{2} 分之间确定，现为 {3}"),
    POINTS_REQUIRED("LEDGER-005", 400, "“{0}”的分值由领导小组研究确定，请填写分值和理由"),
    ALREADY_REVERSED("LEDGER-006", 409, "台账记录 {0} 已被更正过，不能再次更正"),
    NO_SCHEME("LEDGER-007", 409, "尚未导入任何考核方案，无法登记台账"),
    SUBJECT_REQUIRED("LEDGER-008", 400, "请填写涉及的干部或单位"),
    REVERSAL_OF_REVERSAL("LEDGER-009", 400, "更正记录不能再被更正，请更正原始记录");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    LedgerError(String code, int httpStatus, String messageTemplate) {
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
