package cn.kaohe.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/** SHA-256 over the previous hash and every field of a record, each length-prefixed. */
final class AuditHash {

    private AuditHash() {}

    static String of(AuditRecord r) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (String part : new String[] {
            r.getPrevHash(),
            // microseconds: what PostgreSQL stores, so that a re-read record hashes the same
            r.getOccurredAt().toInstant().truncatedTo(ChronoUnit.MICROS).toString(),
            r.getActor(),
            r.getAction(),
            r.getEntityType(),
            r.getEntityId(),
            r.getReason(),
            r.getBeforeState(),
            r.getAfterState(),
            r.getRequestId()
        }) {
            byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
            sha.update((part == null ? "-1:" : bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
