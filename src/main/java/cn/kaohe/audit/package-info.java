/**
 * The audit trail: who, when, why and before/after of every change, sealed into a hash chain after commit
 * (docs/adr/0009) and verifiable. Who may read an entity's history is asked through {@link cn.kaohe.audit.AuditReaders}.
 */
package cn.kaohe.audit;
