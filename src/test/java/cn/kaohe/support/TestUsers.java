package cn.kaohe.support;

import cn.kaohe.org.DemoTownship;
import cn.kaohe.web.security.Role;
import cn.kaohe.web.security.UserAccounts;
import java.util.Set;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Logins for integration tests, all with the password {@link #PASSWORD}: {@code it-office} (OFFICE),
 * {@code it-party} (PARTY), {@code it-admin} (ADMIN), and on request a
 * login for every cadre of the demo township 大栗港镇 (roles derived from the roster, e.g. {@code wangfeng}
 * 党委书记 and committee head, {@code wangwenjian} 绩考办主任).
 */
@Component
public class TestUsers {

    public static final String PASSWORD = "Test-2026-pw";
    public static final String OFFICE = "it-office";
    public static final String PARTY = "it-party";
    public static final String ADMIN = "it-admin";

    private final UserAccounts accounts;
    private final DemoTownship township;
    private final JdbcTemplate jdbc;
    private String hash;
    private boolean cadresLoaded;

    public TestUsers(UserAccounts accounts, DemoTownship township, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.township = township;
        this.jdbc = jdbc;
    }

    /** {@code rest} authenticated with HTTP Basic as {@code login} (created if missing). */
    public TestRestTemplate as(TestRestTemplate rest, String login) {
        ensure(login);
        return rest.withBasicAuth(login, PASSWORD);
    }

    public TestRestTemplate office(TestRestTemplate rest) {
        return as(rest, OFFICE);
    }

    public synchronized void ensure(String login) {
        if (hash == null) {
            hash = accounts.hash(PASSWORD);
        }
        Set<Role> grants =
                switch (login) {
                    case OFFICE -> Set.of(Role.OFFICE);
                    case PARTY -> Set.of(Role.PARTY);
                    case ADMIN -> Set.of(Role.ADMIN);
                    default -> Set.of();
                };
        if (grants.isEmpty()) {
            // any other login is a cadre of the demo township: the roster gives the roles
            ensureCadres();
        }
        accounts.ensure(login, hash, grants, "集成测试账号");
    }

    /** Loads the demo township (idempotent) so that its cadres' logins exist in the roster. */
    public synchronized void ensureCadres() {
        if (!cadresLoaded) {
            township.load();
            cadresLoaded = true;
        }
    }

    /** The cadre id of a demo login. */
    public long cadreId(String login) {
        ensureCadres();
        return jdbc.queryForObject("select id from cadre where login_name = ?", Long.class, login);
    }
}
