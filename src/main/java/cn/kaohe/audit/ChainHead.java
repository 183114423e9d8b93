package cn.kaohe.audit;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** The head row: last sealed position and link, its seal, and the fingerprint of the key that sealed the chain. */
record ChainHead(long lastSeq, String lastHash, String headMac, String keyId) {

    private static final String SELECT =
            "select last_seq, last_hash, head_mac, key_id from audit_chain_head where id = 1";

    /** Reads and locks the head row (the sealers' mutual exclusion); null if the row is gone. */
    static ChainHead lock(JdbcTemplate jdbc) {
        return first(jdbc.query(SELECT + " for update", (rs, i) -> row(rs)));
    }

    static ChainHead read(JdbcTemplate jdbc) {
        return first(jdbc.query(SELECT, (rs, i) -> row(rs)));
    }

    private static ChainHead row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ChainHead(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    private static ChainHead first(List<ChainHead> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }
}
