package cn.kaohe.shared;

/**
 * A stable error code a user can quote (e.g. {@code ORG-003}) with its HTTP status and its zh-CN
 * message template ({@link java.text.MessageFormat} syntax). Each module declares its own enum.
 */
public interface ErrorCode {

    /** Stable code such as {@code ORG-003}; never reused for another meaning. */
    String code();

    /** HTTP status the web layer answers with. */
    int httpStatus();

    /** zh-CN message template, e.g. {@code 单位不存在：{0}}. */
    String messageTemplate();
}
