package cn.kaohe.audit;

/**
 * A change to record. {@code before} and {@code after} are any objects (serialised as JSON), null
 * where there was nothing before or nothing after.
 */
public record AuditEvent(
        String action, String entityType, String entityId, Object before, Object after, String reason) {

    public static AuditEvent created(String action, String entityType, Object entityId, Object after, String reason) {
        return new AuditEvent(action, entityType, String.valueOf(entityId), null, after, reason);
    }

    public static AuditEvent changed(
            String action, String entityType, Object entityId, Object before, Object after, String reason) {
        return new AuditEvent(action, entityType, String.valueOf(entityId), before, after, reason);
    }
}
