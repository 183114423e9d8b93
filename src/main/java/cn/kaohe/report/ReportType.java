package cn.kaohe.report;

import java.util.Set;

/**
 * The report pack: one template per constant in {@code reports/<template>.jrxml}. Tabular reports are
 * also exported to XLSX (offices edit them in Excel); forms (score sheet, result notice) are PDF only.
 */
public enum ReportType {
    RANKING("ranking", "考核结果排名表", true),
    GRADE_DISTRIBUTION("grade-distribution", "等次分布统计", true),
    SCORE_SHEET("score-sheet", "个人考核评分表", false),
    PUBLIC_NOTICE("public-notice", "公示名单", true),
    PERFORMANCE_PAY("performance-pay", "绩效奖金分配表", true),
    APPEAL_REGISTER("appeal-register", "申诉处理登记表", true),
    RESULT_NOTICE("result-notice", "考核结果通知书", false),
    ANNUAL_ROLLUP("annual-rollup", "年度考核汇总表", true);

    private final String template;
    private final String title;
    private final boolean tabular;

    ReportType(String template, String title, boolean tabular) {
        this.template = template;
        this.title = title;
        this.tabular = tabular;
    }

    /** Kebab-case template name, {@code reports/<template>.jrxml} on the classpath. */
    public String template() {
        return template;
    }

    public String templatePath() {
        return "reports/" + template + ".jrxml";
    }

    /** Chinese title, also the start of the downloaded file name. */
    public String title() {
        return title;
    }

    public boolean tabular() {
        return tabular;
    }

    public Set<ReportFormat> formats() {
        return tabular ? Set.of(ReportFormat.PDF, ReportFormat.XLSX) : Set.of(ReportFormat.PDF);
    }
}
