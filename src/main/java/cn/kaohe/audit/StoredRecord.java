package cn.kaohe.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/** An audit row as stored, read with plain JDBC by the sealer and the verifier. */
record StoredRecord(
        long id,
        Long seq,
        OffsetDateTime occurredAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String reason,
        String before,
        String after,
        String requestId,
        String contentMac,
        String prevHash,
        String hash) {

    static final String COLUMNS = "id, seq, occurred_at, actor, action, entity_type, entity_id, reason,"
            + " before_state, after_state, request_id, content_mac, prev_hash, hash";

    static StoredRecord of(ResultSet rs) throws SQLException {
        long seq = rs.getLong(2);
        return new StoredRecord(
                rs.getLong(1),
                rs.wasNull() ? null : seq,
                rs.getObject(3, OffsetDateTime.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14));
    }

    /** True if the content seal written with the record matches its content and id under this key. */
    boolean contentSealedWith(AuditKey key) {
        return AuditHash.content(
                        key, id, occurredAt, actor, action, entityType, entityId, reason, before, after, requestId)
                .equals(contentMac);
    }

    String legacyHash() {
        return AuditHash.legacy(
                prevHash, occurredAt, actor, action, entityType, entityId, reason, before, after, requestId);
    }
}
