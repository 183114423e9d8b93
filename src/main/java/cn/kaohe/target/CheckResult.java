package cn.kaohe.target;

/** What the inspection (察访核验 / 考核组) found when checking a reported completion. */
public enum CheckResult {
    /** 属实: scored as reported (or as corrected by the inspection). */
    VERIFIED("属实"),
    /** Seed 004 第十六条: 虚报瞒报、弄虚作假的，倒扣该项工作正常分值的50%. */
    FALSIFIED("弄虚作假"),
    /** Seed 004 第十七条: 缺项工作不计分，总分按比例折算. */
    MISSING("缺项");

    private final String label;

    CheckResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
