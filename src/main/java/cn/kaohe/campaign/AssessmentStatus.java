package cn.kaohe.campaign;

/** Where one cadre's assessment stands. */
public enum AssessmentStatus {
    SELF_EVALUATION("待自评"),
    RATING("待分管领导评分"),
    RATED("已评分"),
    FINAL("已定档");

    private final String label;

    AssessmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
