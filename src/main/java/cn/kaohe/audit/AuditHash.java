package cn.kaohe.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * What is hashed and sealed. Keyed (HMAC-SHA256, {@link AuditKey}): a record's content with its id, written with
 * the record; its link (position, previous link, content seal), written by the sealer; the head. Unkeyed
 * SHA-256 only for rows written before the key existed ({@link #legacy}).
 */
final class AuditHash {

    private AuditHash() {}

    /** The content of one record and its id, sealed when it is written. */
    static String content(
            AuditKey key,
            long id,
            OffsetDateTime occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String reason,
            String before,
            String after,
            String requestId) {
        return key.mac(
                "kaohe-audit-content-v1",
                Long.toString(id),
                micros(occurredAt),
                actor,
                action,
                entityType,
                entityId,
                reason,
                before,
                after,
                requestId);
    }

    /** The link of the record at {@code seq}: binds its position, the previous link and its content seal. */
    static String link(AuditKey key, long seq, String prevHash, String contentMac) {
        return key.mac("kaohe-audit-link-v1", Long.toString(seq), prevHash, contentMac);
    }

    /** The seal of the head row: the last position and its link. */
    static String head(AuditKey key, long lastSeq, String lastHash) {
        return key.mac("kaohe-audit-head-v1", Long.toString(lastSeq), lastHash);
    }

    /** The unkeyed SHA-256 of a record written before the key existed (V2 .. V9): previous hash and every field. */
    static String legacy(
            String prevHash,
            OffsetDateTime occurredAt,
            String actor,
            String action,
            String entityType,
            String entityId,
            String reason,
            String before,
            String after,
            String requestId) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String part : new String[] {
            prevHash, micros(occurredAt), actor, action, entityType, entityId, reason, before, after, requestId
        }) {
            byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
            sha.update((part == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    // microseconds: what the database stores, so that a re-read record hashes the same
    private static String micros(OffsetDateTime t) {
        return t.toInstant().truncatedTo(ChronoUnit.MICROS).toString();
    }
}
