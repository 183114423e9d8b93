package cn.kaohe.leave;

/**
 * What a cadre asks for, and the ledger fact an approved request becomes when it is closed (销假). Only 病事假 is a
 * ledger fact: {@code LEAVE_DAYS} scores nothing unless a scheme says so (seed 001 篇四 二(七)2(2): 病事假累计半年以上者不计奖).
 */
public enum LeaveType {
    PERSONAL("事假", "LEAVE_DAYS"),
    SICK("病假", "LEAVE_DAYS"),
    BUSINESS("因公外出", null),
    EXCUSED("特殊情况不能签到", null);

    private final String label;
    private final String factType;

    LeaveType(String label, String factType) {
        this.label = label;
        this.factType = factType;
    }

    public String label() {
        return label;
    }

    /** The ledger fact type of the days taken, or null when the days are not a ledger fact. */
    public String factType() {
        return factType;
    }
}
