package cn.kaohe.appeal;

/** Where an appeal stands. */
public enum AppealStatus {
    FILED("待绩考办转报"),
    FORWARDED("待领导小组裁定"),
    RENOTICE("调整结果重新公示中"),
    CLOSED("已办结");

    private final String label;

    AppealStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean open() {
        return this != CLOSED;
    }
}
