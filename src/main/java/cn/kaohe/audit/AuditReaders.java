package cn.kaohe.audit;

/**
 * Who may read the audit history of an entity. The audit module states the question; the security layer, which knows
 * the user and their roles, answers it (so that audit does not depend on the web layer: docs/adr/0022).
 */
public interface AuditReaders {

    /** Throws the module's 403/404 when the current user may not read the history of this entity. */
    void requireSeeAudit(String entityType, String entityId);

    /** Throws the module's 403 when the current user may not search the whole trail (only the office and committee). */
    void requireSeeWholeTrail();
}
