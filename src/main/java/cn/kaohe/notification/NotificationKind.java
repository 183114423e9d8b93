package cn.kaohe.notification;

/** Kinds of messages to users. */
public enum NotificationKind {
    REMINDER("提醒"),
    ESCALATION("逾期上报"),
    RESULT("书面告知"),
    APPEAL("申诉"),
    RETURNED("退回"),
    /**
     * The public notice (公示) of a campaign opened: one broadcast outside the app (docs/adr/0015) and a message in
     * the app to every assessed cadre (docs/adr/0021).
     */
    NOTICE_OPENED("公示");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
