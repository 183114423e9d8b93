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
    private final RosterPeople roster;

    PeopleNames(JdbcTemplate jdbc, RosterPeople roster) {
        this.jdbc = jdbc;
        this.roster = roster;
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
            names.putAll(roster.namesByLogin(chunk));
            // an account's name: its cadre's (read from the roster only for accounts not named yet), else its own
            List<Object[]> accounts = jdbc.query(
                    "select login_name, cadre_id, display_name from app_user where login_name in (" + marks + ")",
                    (rs, n) -> new Object[] {rs.getString(1), rs.getObject(2, Long.class), rs.getString(3)},
                    chunk.toArray());
            List<Long> cadres = accounts.stream()
                    .filter(a -> a[1] != null && !names.containsKey((String) a[0]))
                    .map(a -> (Long) a[1])
                    .distinct()
                    .toList();
            Map<Long, String> cadreNames = cadres.isEmpty() ? Map.of() : roster.namesById(cadres);
            for (Object[] a : accounts) {
                String name = a[1] == null ? null : cadreNames.get((Long) a[1]);
                name = name != null ? name : (String) a[2];
                if (name != null) {
                    names.putIfAbsent((String) a[0], name);
                }
            }
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
        return roster.township(cadreId);
    }

    private static String roleLabel(String role) {
        try {
            return Role.valueOf(role).label();
        } catch (IllegalArgumentException unknown) {
            return role;
        }
    }
}
