package cn.kaohe.target;

/** A change request's state (seed 004 第九条: 经区目标管理领导小组批准后执行). */
public enum TargetChangeStatus {
    SUBMITTED("待领导小组审批"),
    APPROVED("已批准"),
    REFUSED("未批准");

    private final String label;

    TargetChangeStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
