package cn.kaohe.leave;

/** Where a leave request stands. */
public enum LeaveStatus {
    SUBMITTED("待审批"),
    AWAITING_OFFICE("待办公室主任审核"),
    APPROVED("已批准"),
    REFUSED("未批准"),
    RETURNED("已销假");

    private final String label;

    LeaveStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the request still holds its days (an overlapping request is refused). */
    public boolean holdsDays() {
        return this == SUBMITTED || this == AWAITING_OFFICE || this == APPROVED || this == RETURNED;
    }
}
