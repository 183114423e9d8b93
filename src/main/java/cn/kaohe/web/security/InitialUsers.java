package cn.kaohe.web.security;

import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Users created at start-up. Everywhere: the {@code admin} user with the ADMIN role, if
 * {@code kaohe.security.admin-password} (env {@code KAOHE_ADMIN_PASSWORD}) is set; otherwise a warning and no
 * administrator (never a default password). Demo only ({@code kaohe.demo.enabled}): a user for every cadre
 * of the demo's own roster ({@code demo/roster.csv}) with the password {@code kaohe.demo.password}, OFFICE for
 * 王文健 (绩考办主任) and PARTY for the 党委书记. Cadres imported later get no login here: the administrator
 * creates theirs with a password of its own ({@code /api/admin/users}). Runs after the demo township is loaded
 * ({@code DemoTownship} is order 0).
 */
@Component
@Order(10)
class InitialUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialUsers.class);
    static final String ADMIN = "admin";
    static final String DEMO_ROSTER = "demo/roster.csv";

    private final UserAccounts accounts;
    private final SecurityProperties properties;
    private final RosterPeople roster;
    private final boolean demo;
    private final String demoPassword;

    InitialUsers(
            UserAccounts accounts,
            SecurityProperties properties,
            RosterPeople roster,
            @Value("${kaohe.demo.enabled:false}") boolean demo,
            @Value("${kaohe.demo.password:}") String demoPassword) {
        this.accounts = accounts;
        this.properties = properties;
        this.roster = roster;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        String adminPassword = properties.adminPassword();
        if (adminPassword != null && !adminPassword.isBlank()) {
            if (accounts.ensure(
                    ADMIN, accounts.hash(adminPassword), Set.of(Role.ADMIN), "初始管理员（kaohe.security.admin-password）")) {
                log.info("Administrator '{}' created from kaohe.security.admin-password", ADMIN);
            }
        } else if (!demo) {
            log.warn(
                    "kaohe.security.admin-password (KAOHE_ADMIN_PASSWORD) is not set: no administrator account is"
                            + " created. Set it once to create user '{}'.",
                    ADMIN);
        }
        if (demo) {
            createDemoUsers();
        }
    }

    void createDemoUsers() {
        if (demoPassword == null || demoPassword.isBlank()) {
            throw new IllegalStateException("kaohe.demo.password must be set when kaohe.demo.enabled is true");
        }
        // one hash for all demo users: the demo shares one documented password anyway, and 60 BCrypt rounds
        // would slow the start-up for nothing
        String hash = accounts.hash(demoPassword);
        Set<String> demoPeople = demoRosterLogins();
        List<String> logins =
                roster.activeLogins().stream().filter(demoPeople::contains).toList();
        int created = 0;
        for (String login : logins) {
            if (accounts.ensure(login, hash, Set.of(), "演示账号（大栗港镇）")) {
                created++;
            }
        }
        accounts.ensure(ADMIN, hash, Set.of(Role.ADMIN), "演示账号（管理员）");
        grantByPost(roster.activeOfficeDirectorLogins(), Role.OFFICE);
        grantByPost(roster.activePartySecretaryLogins(), Role.PARTY);
        log.info(
                "Demo users: {} created for {} cadres with a login (password from kaohe.demo.password)",
                created,
                logins.size());
    }

    /** The logins of the demo's own people: the column 登录名 of the demo roster. */
    static Set<String> demoRosterLogins() {
        try (java.io.InputStream in = new org.springframework.core.io.ClassPathResource(DEMO_ROSTER).getInputStream();
                org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(
                        new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                        org.apache.commons.csv.CSVFormat.DEFAULT
                                .builder()
                                .setHeader()
                                .setSkipHeaderRecord(true)
                                .setTrim(true)
                                .get())) {
            Set<String> logins = new java.util.HashSet<>();
            for (org.apache.commons.csv.CSVRecord r : parser) {
                String login = r.get("登录名");
                if (login != null && !login.isBlank()) {
                    logins.add(login);
                }
            }
            return Set.copyOf(logins);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void grantByPost(List<String> logins, Role role) {
        for (String login : logins) {
            if (!demoRosterLogins().contains(login)) {
                continue;
            }
            accounts.ensureGranted(login, role, "演示数据：" + role.label());
        }
    }
}
