package cn.kaohe.leave;

/** Who approves a leave request (seed 001 篇四 一(三)). */
public enum ApproverRole {
    SUPERVISING_LEADER("分管领导"),
    PRINCIPAL_LEADER("主要领导"),
    OFFICE("办公室");

    private final String label;

    ApproverRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
