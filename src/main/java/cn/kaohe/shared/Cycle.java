package cn.kaohe.shared;

/** The cycle of a campaign (考核周期). */
public enum Cycle {
    MONTHLY("月度"),
    QUARTERLY("季度"),
    ANNUAL("年度");

    private final String label;

    Cycle(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
