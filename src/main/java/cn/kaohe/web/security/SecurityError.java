package cn.kaohe.web.security;

import cn.kaohe.shared.ErrorCode;

/** Errors of logins, users and roles. */
public enum SecurityError implements ErrorCode {
    BAD_CREDENTIALS("AUTH-001", 401, "用户名或密码错误"),
    LOCKED("AUTH-002", 401, "账号已锁定，请 {0} 分钟后再试"),
    DISABLED("AUTH-003", 401, "账号已停用，请联系管理员"),
    UNKNOWN_USER("AUTH-004", 404, "用户不存在：{0}"),
    ROLE_NOT_GRANTABLE("AUTH-005", 400, "角色“{0}”由花名册决定，不能手工授予；可授予：OFFICE、PARTY、ADMIN"),
    WEAK_PASSWORD("AUTH-006", 400, "密码至少 {0} 位，且须同时包含字母和数字"),
    USER_EXISTS("AUTH-007", 409, "用户已存在：{0}"),
    NO_SUCH_CADRE_LOGIN("AUTH-008", 400, "花名册中没有登录名为“{0}”的干部；非干部账号须授予至少一个角色"),
    LAST_ADMIN("AUTH-009", 409, "不能撤销最后一个管理员的 ADMIN 角色"),
    ENGINE_READ_ONLY("AUTH-010", 403, "流程引擎接口只读：部署流程、办理任务、执行作业、修改变量或流程实例等操作一律不受理，请在考核系统中办理"),
    THROTTLED("AUTH-011", 429, "此客户端登录失败次数过多，请 {0} 分钟后再试");

    private final String code;
    private final int httpStatus;
    private final String messageTemplate;

    SecurityError(String code, int httpStatus, String messageTemplate) {
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
