package cn.kaohe.campaign;

import cn.kaohe.shared.ErrorCode;

/** Errors of campaigns and assessments. */
public enum CampaignError implements ErrorCode {
    DUPLICATE_CAMPAIGN("CAMPAIGN-001", 409, "{0}的{1}考核批次已经开启（批次 {2}），不能重复开启"),
    NO_CADRES_IN_SCOPE("CAMPAIGN-002", 400, "单位“{0}”及其下属单位没有在岗干部，无法开启考核"),
    DUE_DATES_OUT_OF_ORDER("CAMPAIGN-003", 400, "截止时间顺序不对：应为 自评截止 < 评分截止 < 审议截止，且都晚于现在"),
    WRONG_STEP("CAMPAIGN-004", 409, "当前环节是“{0}”，不能执行“{1}”"),
    NOT_YOUR_TASK("CAMPAIGN-005", 403, "这不是您的待办：{0}"),
    SCORE_OUT_OF_RANGE("CAMPAIGN-006", 400, "“{0}”的分数 {1} 超出范围（{2}–{3}）"),
    UNKNOWN_CATEGORY("CAMPAIGN-007", 400, "考核方案中没有分类“{0}”"),
    MISSING_SCORE("CAMPAIGN-008", 400, "缺少“{0}”的评分"),
    RESULTS_LOCKED("CAMPAIGN-009", 409, "考核结果已定档锁定，如需更改须经考核领导小组并说明理由"),
    REASON_REQUIRED("CAMPAIGN-010", 400, "请填写理由"),
    NO_SUPERVISING_LEADER("CAMPAIGN-011", 400, "干部“{0}”所在单位没有分管领导，无法安排评分（请先在组织架构中设置分管）"),
    NOT_YET_RANKED("CAMPAIGN-012", 409, "本批次的排名未能算出（见问题清单），只能退回整改，不能审议通过"),
    SUMMARY_REQUIRED("CAMPAIGN-013", 400, "请填写个人总结（述职内容）"),
    SUMMARY_TOO_LONG("CAMPAIGN-014", 400, "个人总结不超过 {0} 字"),
    APPEAL_WOULD_WORSEN("CAMPAIGN-015", 400, "申诉不得加重处理：调整后“{0}”由 {1} 变为 {2}，比原结果更差"),
    CADRES_WITHOUT_LOGIN("CAMPAIGN-016", 400, "以下干部没有登录名，无法分派考核任务（请先在花名册中补充）：{0}"),
    BAD_ADJUSTMENT_TARGET("CAMPAIGN-018", 400, "调整项目“{0}”不存在，可选：{1}"),
    BAD_ADJUSTMENT_VALUE("CAMPAIGN-019", 400, "“{0}”的调整值“{1}”不正确：{2}"),
    UNITS_WITHOUT_HEAD("CAMPAIGN-017", 400, "以下单位没有有登录名的主要负责人，无法安排述职（请先在花名册中补充）：{0}"),
    SHEET_ALREADY_SUBMITTED("CAMPAIGN-020", 409, "您已经提交过本批次的测评表，不能重复提交"),
    ADJUSTMENT_OUT_OF_BOUNDS("CAMPAIGN-021", 400, "“{0}”调整为 {1} 超出方案允许的范围：{2}"),
    ADJUSTMENT_WITHDRAWN("CAMPAIGN-022", 409, "该调整已于 {0} 撤回，不能再次撤回"),
    INPUTS_MISSING("CAMPAIGN-023", 409, "计算排名所需的材料还不齐：{0}"),
    APPEAL_ADJUSTMENT_FINAL("CAMPAIGN-024", 409, "考核结果已于 {0} 定档，申诉裁定的调整不能再撤回；如需更改，须经新的申诉由考核领导小组裁定"),
    // pay inputs of a campaign (issue 13); codes from 050 on leave room for the other modules' additions
    CYCLE_NOT_IN_SCHEME("CAMPAIGN-050", 400, "考核方案“{0}”规定按{1}考核，不能开启{2}考核批次"),
    PAY_POOL_REQUIRED("CAMPAIGN-051", 400, "考核方案“{0}”按得分从奖金总额中分配绩效奖金，请填写奖金总额"),
    PAY_POOL_NOT_POSITIVE("CAMPAIGN-052", 400, "奖金总额应大于 0（填写的是 {0}）"),
    PAY_POOL_NOT_USED("CAMPAIGN-053", 400, "考核方案“{0}”不从奖金总额中分配，不能填写奖金总额"),
    BAD_PAYOUT_PERIOD("CAMPAIGN-054", 400, "发放期间“{0}”不正确：{1}"),
    PAY_INPUTS_AFTER_RANKING("CAMPAIGN-055", 409, "排名已经算出（当前环节“{0}”），奖金总额和发放期间只能在排名前修改"),
    // exclusions and village grades (issue 13, docs/adr/0017); codes from 070 on
    EXCLUSION_REASON_REQUIRED("CAMPAIGN-070", 400, "请填写不参加考核排名的原因"),
    EXCLUSION_AFTER_RANKING("CAMPAIGN-071", 409, "排名已经算出（当前环节“{0}”），只能在排名前调整不参加排名的对象"),
    ASSESSMENT_NOT_IN_CAMPAIGN("CAMPAIGN-072", 404, "考核批次 {0} 中没有考核对象 {1}"),
    VILLAGE_GRADE_INVALID("CAMPAIGN-073", 400, "村（社区）党建考核结果有误：{0}");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    CampaignError(String code, int httpStatus, String messageTemplate) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.messageTemplate = messageTemplate;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public String messageTemplate() {
        return messageTemplate;
    }
}
