package cn.kaohe.org;

/** Staff type (人员类别); pay rules differ by it (seed 001 (八): 非在编人员年终目标考核奖金按在编人员50%发放). */
public enum StaffType implements Labelled {
    ESTABLISHED("在编"),
    CONTRACTED("聘用"),
    SECONDED("借调"),
    NON_ESTABLISHED("非在编");

    private final String label;

    StaffType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
