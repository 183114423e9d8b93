package cn.kaohe.notification.outbound;

/** State of an outgoing message. */
public enum OutboundStatus {
    /** Waiting for its first attempt or for a retry. */
    PENDING("待发送"),
    SENT("已发送"),
    /** Every attempt failed; the office sees the last error and may send it again. */
    FAILED("发送失败");

    private final String label;

    OutboundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
