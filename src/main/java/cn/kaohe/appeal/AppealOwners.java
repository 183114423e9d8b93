package cn.kaohe.appeal;

import cn.kaohe.web.security.RecordOwners;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Tells the access policy who filed an appeal. */
@Component
class AppealOwners implements RecordOwners.Appeals {

    private final JdbcTemplate jdbc;

    AppealOwners(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> appellant(long appealId) {
        return jdbc.queryForList("select appellant from appeal where id = ?", String.class, appealId).stream()
                .findFirst();
    }
}
