package cn.kaohe.appeal;

/** The committee's decision on an appeal. */
public enum AppealOutcome {
    UPHELD("维持原结果"),
    ADJUSTED("调整结果");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
