package cn.kaohe.campaign;

/** Where a campaign stands. */
public enum CampaignStatus {
    OPENING("生成个人考核中"),
    IN_PROGRESS("自评与评分"),
    COMMITTEE_REVIEW("领导小组审议"),
    REWORK("退回整改"),
    PUBLIC_NOTICE("公示中"),
    AWAITING_APPEALS("等待申诉办结"),
    FINALISED("已定档归档"),
    CANCELLED("已撤销");

    private final String label;

    CampaignStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
