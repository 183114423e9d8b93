package cn.kaohe.ui;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The people the browser tests log in as, through the real {@code /login} form with {@link #PASSWORD}
 * (the logins are created by {@link cn.kaohe.support.TestUsers}; roles follow the roster).
 */
public final class BrowserUsers {

    public static final String PASSWORD = cn.kaohe.support.TestUsers.PASSWORD;

    /** A user as {@code GET /api/me} shows it. */
    public record User(String login, String name, Long cadreId, List<String> roles) {

        /** The workflow groups of the roles (candidate groups of office and committee tasks). */
        Set<String> groups() {
            java.util.Set<String> g = new java.util.HashSet<>();
            if (roles.contains("OFFICE")) {
                g.add("office");
            }
            if (roles.contains("COMMITTEE") || roles.contains("COMMITTEE_HEAD")) {
                g.add("committee");
            }
            return g;
        }
    }

    private static final Map<String, User> USERS = new ConcurrentHashMap<>();

    private BrowserUsers() {}

    public static void register(String login, String name, Long cadreId, String... roles) {
        USERS.put(login, new User(login, name, cadreId, List.of(roles)));
    }

    static User find(String login) {
        return login == null ? null : USERS.get(login);
    }
}
