package cn.kaohe.audit;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The result of checking the audit chain.
 *
 * @param status intact, broken, or not checked (no key, the wrong key, an unreadable anchor, no database)
 * @param checked how many records were checked (legacy and keyed)
 * @param legacy how many of them are legacy records (unkeyed SHA-256, written before the key existed)
 * @param pending records committed but not yet linked into the chain (written while the check ran)
 * @param anchoredPosition the last position the anchor outside the database vouches for, null if none
 * @param firstBrokenPosition position in the chain of the first problem (legacy records count from the first one
 *     as -1, -2, …); null when intact, or when the problem is a record that never got a position
 * @param firstBrokenId the record at or next to that position, null if none is left there
 * @param problem what is wrong (zh-CN), null when intact
 */
public record ChainVerification(
        Status status,
        long checked,
        long legacy,
        long pending,
        Long anchoredPosition,
        Long firstBrokenPosition,
        Long firstBrokenId,
        String problem) {

    public enum Status {
        INTACT,
        BROKEN,
        NOT_CHECKED
    }

    static final String GENESIS = "0000000000000000000000000000000000000000000000000000000000000000";

    /** Also in the JSON of {@code GET /api/audit/verify}, as before the status existed. */
    @JsonProperty("intact")
    public boolean intact() {
        return status == Status.INTACT;
    }

    static ChainVerification intact(long checked, long legacy, long pending, Long anchored) {
        return new ChainVerification(Status.INTACT, checked, legacy, pending, anchored, null, null, null);
    }

    static ChainVerification broken(long checked, long legacy, Long anchored, Long position, Long id, String problem) {
        return new ChainVerification(Status.BROKEN, checked, legacy, 0, anchored, position, id, problem);
    }

    static ChainVerification notChecked(String problem) {
        return new ChainVerification(Status.NOT_CHECKED, 0, 0, 0, null, null, null, problem);
    }
}
