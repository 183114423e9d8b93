package cn.kaohe.deposit;

/** Where a risk deposit stands (seed 001 篇四 二(七)1(2)). */
public enum DepositStatus {
    PAID("已缴纳"),
    AWARDED("退还并按1:2发放风险抵押奖"),
    REFUNDED("退还（考核不达标，不计发风险抵押奖）"),
    FORFEITED("未按时限完成，不予退还");

    private final String label;

    DepositStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
