package cn.kaohe.web.security;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's names for logins (经办人、申诉人、登记人), so that no page shows a login where a person is meant (issue 16): the
 * cadre's name, else the account's display name, else the login itself (an account that no longer exists). Also the
 * township a user belongs to, for the page header.
 */
@Component
public class PeopleNames {

    /** The actor of the engine and of scheduled work (audit.CurrentActor). */
    private static final String SYSTEM = "system";

    private final JdbcTemplate jdbc;

    PeopleNames(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Names of many logins at once (one query per 500); unknown logins map to themselves. */
    @Transactional(readOnly = true)
    public Map<String, String> names(Collection<String> logins) {
        Map<String, String> names = new HashMap<>();
        List<String> wanted =
                logins.stream().filter(Objects::nonNull).distinct().toList();
        for (int i = 0; i < wanted.size(); i += 500) {
            List<String> chunk = wanted.subList(i, Math.min(wanted.size(), i + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.query(
                    "select login_name, name from cadre where login_name in (" + marks + ")",
                    rs -> {
                        names.put(rs.getString(1), rs.getString(2));
                    },
                    chunk.toArray());
            jdbc.query(
                    "select u.login_name, coalesce(c.name, u.display_name) from app_user u"
                            + " left join cadre c on c.id = u.cadre_id where u.login_name in (" + marks + ")",
                    rs -> {
                        if (rs.getString(2) != null) {
                            names.putIfAbsent(rs.getString(1), rs.getString(2));
                        }
                    },
                    chunk.toArray());
        }
        // an account without a name (an administrator's, a service account) is named by its roles, never by its login
        List<String> nameless =
                wanted.stream().filter(l -> !names.containsKey(l)).toList();
        for (int i = 0; i < nameless.size(); i += 500) {
            List<String> chunk = nameless.subList(i, Math.min(nameless.size(), i + 500));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Map<String, List<String>> roles = new HashMap<>();
            jdbc.query(
                    "select login_name, role from app_user_grant where login_name in (" + marks + ") order by role",
                    rs -> {
                        roles.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>())
                                .add(roleLabel(rs.getString(2)));
                    },
                    chunk.toArray());
            roles.forEach((login, labels) -> names.put(login, String.join("、", labels) + "账号"));
        }
        wanted.forEach(l -> names.putIfAbsent(l, SYSTEM.equals(l) ? "系统" : l));
        return names;
    }

    /** The name of one login (null for null). */
    public String name(String login) {
        return login == null ? null : names(List.of(login)).get(login);
    }

    /**
     * The township (镇) of a cadre: the top unit above the cadre's unit. Without a cadre (an administrator), the only
     * township of the roster, or empty when there are several.
     */
    @Transactional(readOnly = true)
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

    private static String roleLabel(String role) {
        try {
            return Role.valueOf(role).label();
        } catch (IllegalArgumentException unknown) {
            return role;
        }
    }
}
