package cn.kaohe.audit;

import java.util.Map;

/** Chinese names of the audit trail's actions and entity types, for people (issue 16: labels, not codes). */
public final class AuditLabels {

    private AuditLabels() {}

    /** What the engine and scheduled work are called in the trail. */
    public static final String SYSTEM = "系统（自动）";

    static final Map<String, String> ENTITY_TYPES = Map.ofEntries(
            Map.entry("AppUser", "用户账号"),
            Map.entry("Appeal", "申诉"),
            Map.entry("Assessment", "个人考核"),
            Map.entry("Cadre", "干部"),
            Map.entry("Campaign", "考核批次"),
            Map.entry("DemoClock", "演示时钟"),
            Map.entry("HolidayArrangement", "节假日安排"),
            Map.entry("Interview", "约谈"),
            Map.entry("LeaveRequest", "请销假"),
            Map.entry("LedgerEntry", "台账事项"),
            Map.entry("OrgUnit", "单位"),
            Map.entry("ProcessConsistency", "流程一致性检查"),
            Map.entry("RiskDeposit", "风险抵押金"),
            Map.entry("Roster", "花名册"),
            Map.entry("SchemeVersion", "考核方案版本"),
            Map.entry("Target", "目标任务"),
            Map.entry("TargetBook", "目标责任书"),
            Map.entry("TargetChange", "目标调整"),
            Map.entry("WorkPlan", "月度工作安排"),
            Map.entry("AuditKey", "审计密钥"));

    static final Map<String, String> ACTIONS = Map.ofEntries(
            Map.entry("ADJUSTMENT_WITHDRAWN", "撤回结果调整"),
            Map.entry("APPEAL_CLOSED", "申诉办结"),
            Map.entry("APPEAL_DECIDED", "申诉作出决定"),
            Map.entry("APPEAL_DECISION_OVERDUE", "申诉决定逾期"),
            Map.entry("APPEAL_FILED", "提出申诉"),
            Map.entry("APPEAL_FORWARDED", "转交申诉"),
            Map.entry("APPEAL_FORWARD_OVERDUE", "申诉转交逾期"),
            Map.entry("APPEAL_RENOTICE_OPENED", "申诉后重新公示"),
            Map.entry("ASSESSMENT_EXCLUDED", "不参加本期考核"),
            Map.entry("ASSESSMENT_INCLUDED", "恢复参加考核"),
            Map.entry("AUDIT_KEY_INTRODUCED", "启用审计密钥"),
            Map.entry("CADRE_CREATED", "新增干部"),
            Map.entry("CADRE_DEACTIVATED", "干部离岗"),
            Map.entry("CADRE_POST_HISTORY_CHANGED", "修改任职经历"),
            Map.entry("CADRE_UPDATED", "修改干部信息"),
            Map.entry("CAMPAIGN_APPROVED", "审议通过"),
            Map.entry("CAMPAIGN_AWAITING_INPUTS", "等待排名材料"),
            Map.entry("CAMPAIGN_CANCELLED", "撤销批次"),
            Map.entry("CAMPAIGN_ESCALATED", "批次逾期上报"),
            Map.entry("CAMPAIGN_FINALISED", "考核结果确定"),
            Map.entry("CAMPAIGN_OPENED", "开启考核批次"),
            Map.entry("CAMPAIGN_PAY_INPUTS_CHANGED", "修改奖金参数"),
            Map.entry("CAMPAIGN_RANKED", "计算排名"),
            Map.entry("CAMPAIGN_RANKING_FAILED", "排名计算失败"),
            Map.entry("CAMPAIGN_REWORKED", "退回后重新提交"),
            Map.entry("CAMPAIGN_SENT_BACK", "审议退回"),
            Map.entry("COMMITTEE_ROLES_CHANGED", "调整考核领导小组"),
            Map.entry("CONSISTENCY_CHECKED", "流程一致性检查"),
            Map.entry("DEMO_CLOCK_ADVANCED", "演示时钟前进"),
            Map.entry("GROUP_RATING_ENTERED", "录入集体评分"),
            Map.entry("HOLIDAY_ARRANGEMENT_LOADED", "导入节假日安排"),
            Map.entry("INTERVIEW_RECORDED", "记录约谈"),
            Map.entry("LEAVE_APPROVED", "批准请假"),
            Map.entry("LEAVE_CONSENTED", "办公室同意请假"),
            Map.entry("LEAVE_DECISION_OVERDUE", "请假审批逾期"),
            Map.entry("LEAVE_NOT_CONSENTED", "办公室不同意请假"),
            Map.entry("LEAVE_REFUSED", "不批准请假"),
            Map.entry("LEAVE_REQUESTED", "申请请假"),
            Map.entry("LEAVE_RETURNED", "销假"),
            Map.entry("LEDGER_RECORDED", "登记台账"),
            Map.entry("LEDGER_REVERSED", "冲销台账"),
            Map.entry("NOTICE_OPENED", "开始公示"),
            Map.entry("PASSWORD_CHANGED", "修改密码"),
            Map.entry("PASSWORD_RESET", "重置密码"),
            Map.entry("RATED", "评分"),
            Map.entry("RATING_SHEET_SUBMITTED", "提交测评表"),
            Map.entry("RESULT_ADJUSTED", "调整考核结果"),
            Map.entry("RESULT_CHANGED_BY_APPEAL", "申诉改变结果"),
            Map.entry("RESULT_CHANGED_BY_RERANK", "重新排名改变结果"),
            Map.entry("RISK_DEPOSIT_PAID", "缴纳风险抵押金"),
            Map.entry("RISK_DEPOSIT_SETTLED", "兑现风险抵押金"),
            Map.entry("ROLE_GRANTED", "授予角色"),
            Map.entry("ROLE_REVOKED", "收回角色"),
            Map.entry("ROSTER_IMPORTED", "导入花名册"),
            Map.entry("SCHEME_VERSION_CREATED", "新建方案版本"),
            Map.entry("SCHEME_VERSION_EDITED", "修改方案版本"),
            Map.entry("SCHEME_VERSION_FROZEN", "方案版本冻结"),
            Map.entry("SCHEME_VERSION_SAVED", "保存方案版本"),
            Map.entry("SECONDMENT_RECORDED", "登记借调"),
            Map.entry("SELF_EVALUATION_RETURNED", "退回自评"),
            Map.entry("SELF_EVALUATION_SUBMITTED", "提交自评"),
            Map.entry("STEP_ESCALATED", "环节逾期上报"),
            Map.entry("SUPERVISION_CHANGED", "调整分管关系"),
            Map.entry("TARGETS_CHANGED", "修改目标任务"),
            Map.entry("TARGETS_REGISTERED", "登记目标任务"),
            Map.entry("TARGETS_REPLACED", "替换目标任务"),
            Map.entry("TARGET_CHANGE_APPROVED", "批准目标调整"),
            Map.entry("TARGET_CHANGE_OVERDUE", "目标调整审批逾期"),
            Map.entry("TARGET_CHANGE_REFUSED", "不批准目标调整"),
            Map.entry("TARGET_CHANGE_REQUESTED", "申请目标调整"),
            Map.entry("TARGET_CHECKED", "核查目标完成"),
            Map.entry("TARGET_COMPLETION_REPORTED", "报告目标完成"),
            Map.entry("TIMER_FIRED_EARLY", "定时任务提前触发"),
            Map.entry("UNIT_CREATED", "新增单位"),
            Map.entry("UNIT_LIAISON_VILLAGE_CHANGED", "调整联系村"),
            Map.entry("UNIT_RANKING_GROUP_CHANGED", "调整排名组别"),
            Map.entry("USER_CREATED", "新建账号"),
            Map.entry("USER_DISABLED", "停用账号"),
            Map.entry("USER_ENABLED", "启用账号"),
            Map.entry("USER_LOCKED", "锁定账号"),
            Map.entry("USER_UNLOCKED", "解锁账号"),
            Map.entry("VILLAGE_GRADE_RECORDED", "登记村考核等次"),
            Map.entry("WORK_PLAN_POSTED", "公布工作安排"),
            Map.entry("WORK_PLAN_RETURNED", "退回工作安排"),
            Map.entry("WORK_PLAN_REVIEW_OVERDUE", "工作安排审核逾期"),
            Map.entry("WORK_PLAN_REVISED", "修改工作安排"),
            Map.entry("WORK_PLAN_SUBMITTED", "上报工作安排"));

    /** Every entity type's Chinese name by code, in code order. */
    public static Map<String, String> entityTypes() {
        return new java.util.TreeMap<>(ENTITY_TYPES);
    }

    /** Every action's Chinese name by code, in code order. */
    public static Map<String, String> actions() {
        return new java.util.TreeMap<>(ACTIONS);
    }

    /** The action's Chinese name; an action without one is called 其他操作 (its code stays in the row). */
    public static String action(String code) {
        return ACTIONS.getOrDefault(code, "其他操作");
    }

    /** The entity type's Chinese name; a type without one is called 其他记录. */
    public static String entityType(String code) {
        return ENTITY_TYPES.getOrDefault(code, "其他记录");
    }
}
