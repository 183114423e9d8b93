package cn.kaohe.deposit;

import cn.kaohe.shared.ErrorCode;

/** Errors of risk deposits (风险抵押金). */
public enum DepositError implements ErrorCode {
    INVALID("DEPOSIT-001", 400, "风险抵押金填写有误：{0}"),
    DUPLICATE("DEPOSIT-002", 409, "该干部 {0} 年“{1}”的风险抵押金已登记"),
    NO_RESULT("DEPOSIT-003", 409, "{0} 年度考核结果尚未定档，不能结算风险抵押金"),
    SETTLED("DEPOSIT-004", 409, "风险抵押金（编号 {0}）已结算：{1}");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    DepositError(String code, int httpStatus, String messageTemplate) {
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
