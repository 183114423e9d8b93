package cn.kaohe.org;

import cn.kaohe.shared.ErrorCode;

/** Errors of the organisation module; codes are stable and never reused. */
public enum OrgError implements ErrorCode {
    UNIT_NOT_FOUND("ORG-001", 404, "单位不存在：{0}"),
    CADRE_NOT_FOUND("ORG-002", 404, "干部不存在：{0}"),
    CADRE_CODE_TAKEN("ORG-003", 409, "工号已被使用：{0}"),
    UNIT_TAKEN("ORG-005", 409, "单位编码或名称已被使用：{0}"),
    CADRE_INVALID("ORG-006", 400, "干部信息有误：{0}"),
    UNIT_INVALID("ORG-007", 400, "单位信息有误：{0}"),
    ROSTER_INVALID("ORG-008", 400, "花名册有 {0} 处错误，未导入任何数据"),
    ROSTER_UNREADABLE("ORG-009", 400, "无法读取花名册文件：{0}"),
    ROSTER_FORMAT("ORG-010", 415, "不支持的花名册格式：{0}（请上传 .xlsx 或 .csv 文件）"),
    ROSTER_EMPTY("ORG-011", 400, "花名册没有数据行"),
    ROSTER_TOO_LARGE("ORG-012", 413, "花名册超过 {0} 行，请分批导入"),
    CADRE_INACTIVE("ORG-013", 409, "干部已停用：{0}"),
    SUPERVISION_INVALID("ORG-014", 400, "分管关系有误：{0}"),
    COMMITTEE_INVALID("ORG-015", 400, "考核领导小组设置有误：{0}"),
    TEMPLATE_FORMAT("ORG-016", 400, "模板格式只能是 xlsx 或 csv，收到：{0}"),
    // roster history (issue 13, docs/adr/0017); codes from 030 on leave room for the other branches' additions
    POST_HISTORY_INVALID("ORG-030", 400, "任职经历有误：{0}"),
    RANKING_GROUP_INVALID("ORG-031", 400, "评比类别有误：{0}"),
    // 所在办联系的村 (seed 000 三(一), issue 13); codes from 040 on leave room for the other branches' additions
    LIAISON_VILLAGE_INVALID("ORG-040", 400, "联系的村有误：{0}");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    OrgError(String code, int httpStatus, String messageTemplate) {
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
