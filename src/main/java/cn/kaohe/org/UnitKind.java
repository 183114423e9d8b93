package cn.kaohe.org;

/** Kind of an organisational unit. */
public enum UnitKind implements Labelled {
    TOWNSHIP("镇"),
    OFFICE("办"),
    STATION("站"),
    INSTITUTE("所"),
    CENTRE("中心"),
    BRIGADE("大队"),
    VILLAGE("村"),
    COMMUNITY("社区");

    private final String label;

    UnitKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** Villages and communities: where a cadre can be resident (驻村). */
    public boolean isVillage() {
        return this == VILLAGE || this == COMMUNITY;
    }
}
