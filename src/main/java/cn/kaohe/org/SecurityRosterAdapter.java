package cn.kaohe.org;

import cn.kaohe.web.security.RosterPeople;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Answers sign-in, roles and names ({@link RosterPeople}) from the roster tables this module owns. */
@Component
class SecurityRosterAdapter implements RosterPeople {

    private final JdbcTemplate jdbc;
    private final RosterQueries roster;

    SecurityRosterAdapter(JdbcTemplate jdbc, RosterQueries roster) {
        this.jdbc = jdbc;
        this.roster = roster;
    }

    @Override
    public Optional<Person> activeByLogin(String login) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select id, name, leadership_role from cadre where login_name = ? and active = true", login);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.get(0);
        long id = ((Number) row.get("id")).longValue();
        Integer supervised =
                jdbc.queryForObject("select count(*) from supervision where leader_id = ?", Integer.class, id);
        List<String> committee =
                jdbc.queryForList("select role from committee_membership where cadre_id = ?", String.class, id);
        return Optional.of(new Person(
                id,
                (String) row.get("name"),
                row.get("leadership_role") != null,
                supervised != null && supervised > 0,
                committee));
    }

    @Override
    public Map<String, String> namesByLogin(Collection<String> logins) {
        Map<String, String> names = new HashMap<>();
        if (logins.isEmpty()) {
            return names;
        }
        jdbc.query(
                "select login_name, name from cadre where login_name in (" + marks(logins.size()) + ")",
                rs -> {
                    names.put(rs.getString(1), rs.getString(2));
                },
                logins.toArray());
        return names;
    }

    @Override
    public Map<Long, String> namesById(Collection<Long> cadreIds) {
        return roster.cadreNames(cadreIds);
    }

    @Override
    public Optional<String> township(Long cadreId) {
        Long unit = cadreId == null
                ? null
                : jdbc
                        .query(
                                "select unit_id from cadre where id = ?",
                                (rs, i) -> (Long) rs.getObject(1, Long.class),
                                cadreId)
                        .stream()
                        .filter(Objects::nonNull)
                        .findFirst()
                        .orElse(null);
        for (int depth = 0; unit != null && depth < 20; depth++) {
            List<Object[]> row = jdbc.query(
                    "select name, kind, parent_id from org_unit where id = ?",
                    (rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getObject(3, Long.class)},
                    unit);
            if (row.isEmpty()) {
                break;
            }
            if ("TOWNSHIP".equals(row.get(0)[1]) || row.get(0)[2] == null) {
                return Optional.of((String) row.get(0)[0]);
            }
            unit = (Long) row.get(0)[2];
        }
        List<String> townships = jdbc.queryForList(
                "select name from org_unit where kind = 'TOWNSHIP' and parent_id is null", String.class);
        return townships.size() == 1 ? Optional.of(townships.get(0)) : Optional.empty();
    }

    @Override
    public List<String> activeLogins() {
        return jdbc.queryForList(
                "select login_name from cadre where login_name is not null and active = true order by id",
                String.class);
    }

    @Override
    public List<String> activeOfficeDirectorLogins() {
        return jdbc.queryForList(
                "select c.login_name from committee_membership m join cadre c on c.id = m.cadre_id"
                        + " where m.role = 'OFFICE_DIRECTOR' and c.login_name is not null and c.active = true",
                String.class);
    }

    @Override
    public List<String> activePartySecretaryLogins() {
        return jdbc.queryForList(
                "select c.login_name from cadre c where c.leadership_role = 'PARTY_SECRETARY'"
                        + " and c.login_name is not null and c.active = true",
                String.class);
    }

    private static String marks(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }
}
