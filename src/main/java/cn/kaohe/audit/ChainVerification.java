package cn.kaohe.audit;

/**
 * The result of checking the audit chain.
 *
 * @param intact true if every link and every hash matched
 * @param checked how many records were checked
 * @param firstBrokenId the first record that does not match, null when intact
 * @param problem what is wrong there (zh-CN), null when intact
 */
public record ChainVerification(boolean intact, long checked, Long firstBrokenId, String problem) {

    static final String GENESIS = "0000000000000000000000000000000000000000000000000000000000000000";

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    static ChainVerification broken(long checked, Long id, String problem) {
        return new ChainVerification(false, checked, id, problem);
    }
}
