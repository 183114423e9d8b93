package cn.kaohe.org;

/** Roles in the assessment committee (考核领导小组) and its office (绩考办), seed 000 一. */
public enum CommitteeRole implements Labelled {
    DIRECTOR("主任", "组长"),
    DEPUTY_DIRECTOR("副主任", "副组长"),
    MEMBER("成员"),
    OFFICE_DIRECTOR("绩考办主任");

    private final String label;
    private final String[] aliases;

    CommitteeRole(String label, String... aliases) {
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

    /** Roles only one cadre can hold at a time. */
    public boolean isSingular() {
        return this == DIRECTOR || this == OFFICE_DIRECTOR;
    }
}
