package cn.kaohe.shared;

/** Errors any module can raise. */
public enum CommonError implements ErrorCode {
    VALIDATION_FAILED("COMMON-001", 400, "输入有误：{0}"),
    MALFORMED_REQUEST("COMMON-002", 400, "请求格式不正确，无法读取：{0}"),
    NOT_FOUND("COMMON-003", 404, "{0}不存在：{1}"),
    CONFLICT("COMMON-004", 409, "数据已被他人修改，请刷新后重试"),
    FORBIDDEN("COMMON-005", 403, "无权执行此操作"),
    PAYLOAD_TOO_LARGE("COMMON-006", 413, "上传内容过大（上限 {0}）"),
    UNSUPPORTED_MEDIA("COMMON-007", 415, "不支持的内容类型：{0}"),
    METHOD_NOT_ALLOWED("COMMON-008", 405, "不支持的请求方法：{0}"),
    UNAUTHENTICATED("COMMON-009", 401, "请先登录"),
    DATA_REJECTED("COMMON-010", 400, "数据不符合存储要求（长度、范围或唯一性），未保存"),
    INTERNAL("COMMON-500", 500, "系统内部错误，请联系管理员（参考号 {0}）");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    CommonError(String code, int httpStatus, String messageTemplate) {
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
