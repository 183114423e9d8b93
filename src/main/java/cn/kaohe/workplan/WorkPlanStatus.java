package cn.kaohe.workplan;

/** Where a monthly work plan stands (seed 003 审核后公示). */
public enum WorkPlanStatus {
    SUBMITTED("待审核"),
    RETURNED("退回修改"),
    POSTED("已审核公示");

    private final String label;

    WorkPlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
