package cn.kaohe.org;

/**
 * The group a unit is ranked in (seed 004 第二十一条: 区直部门、镇乡和街道分开评比). The codes are the groups a scheme
 * names in its quotas and prize tiers ({@code groupCounts}, {@code tiers[].group}).
 */
public enum RankingGroup implements Labelled {
    DEPARTMENT("区直部门"),
    TOWNSHIP("镇乡"),
    SUBDISTRICT("街道");

    private final String label;

    RankingGroup(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /**
     * The group of a unit the office has not placed: a 镇 ranks with the 镇乡, an office, station, institute, centre or
     * brigade with the 区直部门; a village or community is in no group. A 街道 has no unit kind of its own and is set
     * explicitly.
     */
    public static RankingGroup fromKind(UnitKind kind) {
        return switch (kind) {
            case TOWNSHIP -> TOWNSHIP;
            case VILLAGE, COMMUNITY -> null;
            default -> DEPARTMENT;
        };
    }
}
