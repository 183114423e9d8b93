package cn.kaohe.org;

/** Rank of a cadre's post within the unit (职级). */
public enum PostRank implements Labelled {
    PRINCIPAL("主要负责人", "负责人", "正职"),
    DEPUTY("副职", "副职负责人"),
    STAFF("一般干部", "工作人员");

    private final String label;
    private final String[] aliases;

    PostRank(String label, String... aliases) {
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
}
