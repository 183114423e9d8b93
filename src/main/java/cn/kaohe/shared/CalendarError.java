package cn.kaohe.shared;

/** Errors of the working-day calendar (法定节假日安排). */
public enum CalendarError implements ErrorCode {
    /** A date falls in a year whose official arrangement is not on file: never guess, ask the office. */
    YEAR_NOT_LOADED("CAL-001", 422, "{0}年的法定节假日安排尚未录入，请绩考办先导入"),
    /** A holiday arrangement document is invalid; the problems name each place. */
    INVALID_ARRANGEMENT("CAL-002", 400, "节假日安排有误：{0}"),
    /** A notice window needs at least one working day and at most a sane number. */
    INVALID_NOTICE_LENGTH("CAL-003", 400, "公示期应为 {0} 至 {1} 个工作日，收到 {2}");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    CalendarError(String code, int httpStatus, String messageTemplate) {
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
