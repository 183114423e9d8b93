package cn.kaohe.org;

/** Role of a leadership member (班子成员) of the township's Party committee and government. */
public enum LeadershipRole implements Labelled {
    PARTY_SECRETARY("党委书记", "书记"),
    MAYOR("镇长"),
    DEPUTY_PARTY_SECRETARY("党委副书记", "副书记"),
    PEOPLE_CONGRESS_CHAIR("人大主席"),
    DISCIPLINE_SECRETARY("纪委书记"),
    DEPUTY_MAYOR("副镇长"),
    ORGANISATION_MEMBER("组织委员"),
    PROPAGANDA_MEMBER("宣传委员"),
    UNITED_FRONT_MEMBER("统战委员"),
    ARMED_FORCES_MINISTER("武装部长"),
    PEOPLE_CONGRESS_VICE_CHAIR("人大副主席"),
    COMMITTEE_MEMBER("党委委员", "委员");

    private final String label;
    private final String[] aliases;

    LeadershipRole(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String[] aliases() {
        return aliases.clone();
    }

    /** 书记、镇长: their year-end score is the average of all cadres (seed 000 一). */
    public boolean isPrincipal() {
        return this == PARTY_SECRETARY || this == MAYOR;
    }
}
