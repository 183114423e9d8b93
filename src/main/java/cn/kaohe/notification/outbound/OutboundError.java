package cn.kaohe.notification.outbound;

import cn.kaohe.shared.ErrorCode;

/** Errors of the outgoing notifications (外发通知). */
public enum OutboundError implements ErrorCode {
    NOT_FAILED("NOTIFY-001", 409, "外发通知 {0} 的状态是“{1}”，只有发送失败的通知可以重新发送"),
    UNKNOWN_STATUS("NOTIFY-002", 400, "状态“{0}”不正确，可选：PENDING（待发送）、SENT（已发送）、FAILED（发送失败）"),
    LIMIT_OUT_OF_RANGE("NOTIFY-003", 400, "条数 limit 须在 1–500 之间，现为 {0}");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    OutboundError(String code, int httpStatus, String messageTemplate) {
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
