package cn.kaohe.ledger;

import cn.kaohe.web.security.RecordOwners;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells the access policy which cadre a ledger entry is about (none for a unit's fact). */
@Component
class LedgerEntryOwners implements RecordOwners.LedgerEntries {

    private final JdbcTemplate jdbc;

    LedgerEntryOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<RecordOwners.Subject> subject(long entryId) {
        return jdbc
                .query(
                        "select cadre_id from ledger_entry where id = ?",
                        (rs, i) -> new RecordOwners.Subject(rs.getObject("cadre_id", Long.class)),
                        entryId)
                .stream()
                .findFirst();
    }
}
