package cn.kaohe.notification.outbound;

/** Where a notification leaves the app. */
public enum OutboundChannel {
    MAIL("电子邮件"),
    DINGTALK("钉钉群机器人"),
    WECOM("企业微信群机器人");

    private final String label;

    OutboundChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
