package cn.kaohe.web.security;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Logins and their roles: loads the user for authentication (roles derived from the roster plus grants),
 * counts failures and locks, and the administrator's operations (create, grant, revoke, reset password,
 * unlock). Every change is audited; passwords and hashes never go into the audit trail or the logs.
 */
@Service
public class UserAccounts implements UserDetailsService {

    private static final String ENTITY = "AppUser";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final RosterRoles roster;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final SecurityProperties properties;
    private final Clock clock;
    private final LoginThrottle throttle;

    UserAccounts(
            AppUserRepository users,
            RosterRoles roster,
            PasswordEncoder passwords,
            AuditTrail audit,
            SecurityProperties properties,
            Clock clock,
            LoginThrottle throttle) {
        this.users = users;
        this.roster = roster;
        this.passwords = passwords;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** A user as the administrator sees it (never the hash). */
    public record UserView(
            String login,
            String name,
            Long cadreId,
            Set<Role> roles,
            Set<Role> grants,
            boolean enabled,
            boolean locked,
            OffsetDateTime lockedUntil,
            int failedAttempts,
            OffsetDateTime passwordChangedAt,
            List<LoginThrottle.ClientLock> lockedClients) {}

    @Override
    @Transactional(readOnly = true)
    public KaoheUser loadUserByUsername(String login) {
        AppUser user = users.findById(login == null ? "" : login)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return principal(user);
    }

    private KaoheUser principal(AppUser user) {
        Optional<RosterRoles.RosterPerson> person = roster.of(user.getLoginName());
        Set<Role> roles = EnumSet.noneOf(Role.class);
        person.ifPresent(p -> roles.addAll(p.roles()));
        roles.addAll(user.getGrants());
        String name = person.map(RosterRoles.RosterPerson::name)
                .orElse(user.getDisplayName() == null ? user.getLoginName() : user.getDisplayName());
        Long cadreId = person.map(RosterRoles.RosterPerson::cadreId).orElse(null);
        return new KaoheUser(
                user.getLoginName(),
                name,
                cadreId,
                roles,
                user.getPasswordHash(),
                user.isEnabled(),
                !user.isLockedAt(now()));
    }

    /** Minutes (rounded up, at least 1) until a locked account opens again; 0 if not locked. */
    @Transactional(readOnly = true)
    public long lockedMinutes(String login) {
        return users.findById(login)
                .filter(u -> u.isLockedAt(now()))
                .map(u ->
                        Math.max(1, (Duration.between(now(), u.getLockedUntil()).getSeconds() + 59) / 60))
                .orElse(0L);
    }

    /**
     * Records in the audit trail that an account was locked for one client (IP address) after repeated wrong
     * passwords from it (see {@link LoginThrottle}); in its own transaction, the login itself fails. Unknown
     * logins are not recorded (the answer to the client is the same).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void lockedOut(String login, String client, java.time.Instant until) {
        if (login == null || !users.existsById(login)) {
            return;
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("client", client);
        after.put(
                "lockedUntil", OffsetDateTime.ofInstant(until, clock.getZone()).toString());
        audit.record(
                "system",
                AuditEvent.changed(
                        "USER_LOCKED",
                        ENTITY,
                        login,
                        null,
                        after,
                        "客户端 " + client + " 连续 " + properties.maxFailedAttempts() + " 次密码错误，该账号在此客户端锁定 "
                                + properties.lockDuration().toMinutes() + " 分钟（其他客户端不受影响）"));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loginSucceeded(String login) {
        users.lockByLoginName(login).filter(u -> u.getFailedAttempts() > 0).ifPresent(AppUser::succeeded);
    }

    @Transactional(readOnly = true)
    public List<UserView> all() {
        return users.findAllByOrderByLoginNameAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public UserView one(String login) {
        return view(find(login));
    }

    /**
     * Creates a login. A cadre's login must be the cadre's login name in the roster; any other login needs
     * at least one granted role (e.g. an administrator).
     */
    @Transactional
    public UserView create(String login, String password, Set<Role> grants, String reason) {
        List<Problem> problems = new java.util.ArrayList<>();
        if (login == null || !login.matches("[A-Za-z0-9._-]{2,40}")) {
            problems.add(Problem.ofField("login", "登录名为 2–40 位字母、数字、点、下划线或连字符"));
        }
        requireReason(reason, problems);
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
        Set<Role> granted = grants == null ? Set.of() : grants;
        for (Role r : granted) {
            requireGrantable(r);
        }
        requireStrong(password);
        if (users.existsById(login)) {
            throw new KaoheException(SecurityError.USER_EXISTS, login);
        }
        Optional<RosterRoles.RosterPerson> person = roster.of(login);
        if (person.isEmpty() && granted.isEmpty()) {
            throw new KaoheException(SecurityError.NO_SUCH_CADRE_LOGIN, login);
        }
        AppUser user = new AppUser(
                login,
                passwords.encode(password),
                person.map(RosterRoles.RosterPerson::cadreId).orElse(null),
                person.map(RosterRoles.RosterPerson::name).orElse(null),
                now());
        granted.forEach(user::grant);
        users.saveAndFlush(user);
        audit.record(AuditEvent.created("USER_CREATED", ENTITY, login, Map.of("grants", granted), reason.trim()));
        return view(user);
    }

    /** Creates a user without audit noise if missing (start-up: demo users, the initial administrator). */
    @Transactional
    public boolean ensure(String login, String passwordHash, Set<Role> grants, String reason) {
        if (users.existsById(login)) {
            return false;
        }
        Optional<RosterRoles.RosterPerson> person = roster.of(login);
        AppUser user = new AppUser(
                login,
                passwordHash,
                person.map(RosterRoles.RosterPerson::cadreId).orElse(null),
                person.map(RosterRoles.RosterPerson::name).orElse(login.equals("admin") ? "系统管理员" : null),
                now());
        grants.forEach(user::grant);
        users.saveAndFlush(user);
        audit.record("system", AuditEvent.created("USER_CREATED", ENTITY, login, Map.of("grants", grants), reason));
        return true;
    }

    /** Grants a role if the user does not have it yet (start-up of the demo). */
    @Transactional
    public void ensureGranted(String login, Role role, String reason) {
        users.lockByLoginName(login)
                .filter(u -> u.grant(role))
                .ifPresent(u -> audit.record(
                        "system",
                        AuditEvent.changed("ROLE_GRANTED", ENTITY, login, null, Map.of("role", role), reason)));
    }

    @Transactional
    public UserView grant(String login, Role role, String reason) {
        requireGrantable(role);
        requireReason(reason);
        AppUser user = lock(login);
        Set<Role> before = user.getGrants();
        if (user.grant(role)) {
            audit.record(AuditEvent.changed(
                    "ROLE_GRANTED",
                    ENTITY,
                    login,
                    Map.of("grants", before),
                    Map.of("grants", user.getGrants()),
                    reason));
        }
        return view(user);
    }

    @Transactional
    public UserView revoke(String login, Role role, String reason) {
        requireGrantable(role);
        requireReason(reason);
        AppUser user = lock(login);
        if (role == Role.ADMIN && user.getGrants().contains(Role.ADMIN) && users.countEnabledAdmins() <= 1) {
            throw new KaoheException(SecurityError.LAST_ADMIN);
        }
        Set<Role> before = user.getGrants();
        if (user.revoke(role)) {
            users.flush();
            audit.record(AuditEvent.changed(
                    "ROLE_REVOKED",
                    ENTITY,
                    login,
                    Map.of("grants", before),
                    Map.of("grants", user.getGrants()),
                    reason));
        }
        return view(user);
    }

    /**
     * Sets a new password chosen by the administrator, or a generated one when {@code newPassword} is null;
     * answers the password to hand over (once). Also unlocks the account.
     */
    @Transactional
    public String resetPassword(String login, String newPassword, String reason) {
        requireReason(reason);
        String password = newPassword == null || newPassword.isEmpty() ? generated() : newPassword;
        requireStrong(password);
        AppUser user = lock(login);
        user.changePassword(passwords.encode(password), now());
        user.unlock();
        throttle.unlock(login);
        audit.record(AuditEvent.changed(
                "PASSWORD_RESET",
                ENTITY,
                login,
                null,
                Map.of("passwordChangedAt", user.getPasswordChangedAt().toString()),
                reason));
        return password;
    }

    /** The user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(String login, String current, String newPassword) {
        AppUser user = lock(login);
        if (current == null || !passwords.matches(current, user.getPasswordHash())) {
            throw new KaoheException(
                    SecurityError.BAD_CREDENTIALS, List.of(Problem.ofField("currentPassword", "当前密码不正确")));
        }
        requireStrong(newPassword);
        user.changePassword(passwords.encode(newPassword), now());
        audit.record(AuditEvent.changed(
                "PASSWORD_CHANGED",
                ENTITY,
                login,
                null,
                Map.of("passwordChangedAt", user.getPasswordChangedAt().toString()),
                null));
    }

    @Transactional
    public UserView unlock(String login, String reason) {
        requireReason(reason);
        AppUser user = lock(login);
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("lockedUntil", String.valueOf(user.getLockedUntil()));
        before.put(
                "lockedClients",
                throttle.locks(login).stream()
                        .map(LoginThrottle.ClientLock::client)
                        .toList());
        user.unlock();
        throttle.unlock(login);
        audit.record(AuditEvent.changed("USER_UNLOCKED", ENTITY, login, before, null, reason));
        return view(user);
    }

    @Transactional
    public UserView setEnabled(String login, boolean enabled, String reason) {
        requireReason(reason);
        AppUser user = lock(login);
        if (!enabled && user.getGrants().contains(Role.ADMIN) && users.countEnabledAdmins() <= 1) {
            throw new KaoheException(SecurityError.LAST_ADMIN);
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            audit.record(AuditEvent.changed(
                    enabled ? "USER_ENABLED" : "USER_DISABLED",
                    ENTITY,
                    login,
                    Map.of("enabled", !enabled),
                    Map.of("enabled", enabled),
                    reason));
        }
        return view(user);
    }

    /** A description of the current user for {@code /api/me}. */
    public KaoheUser describe(String login) {
        return loadUserByUsername(login);
    }

    public String hash(String password) {
        return passwords.encode(password);
    }

    private AppUser find(String login) {
        return users.findById(login).orElseThrow(() -> new KaoheException(SecurityError.UNKNOWN_USER, login));
    }

    private AppUser lock(String login) {
        return users.lockByLoginName(login).orElseThrow(() -> new KaoheException(SecurityError.UNKNOWN_USER, login));
    }

    private UserView view(AppUser u) {
        KaoheUser p = principal(u);
        OffsetDateTime now = now();
        List<LoginThrottle.ClientLock> clients = throttle.locks(u.getLoginName());
        return new UserView(
                u.getLoginName(),
                p.name(),
                p.cadreId(),
                p.roles(),
                u.getGrants(),
                u.isEnabled(),
                u.isLockedAt(now) || !clients.isEmpty(),
                u.isLockedAt(now) ? u.getLockedUntil() : null,
                u.getFailedAttempts(),
                u.getPasswordChangedAt(),
                clients);
    }

    private void requireGrantable(Role role) {
        if (role == null || !role.isGrantable()) {
            throw new KaoheException(SecurityError.ROLE_NOT_GRANTABLE, String.valueOf(role));
        }
    }

    private static void requireReason(String reason) {
        List<Problem> problems = new java.util.ArrayList<>();
        requireReason(reason, problems);
        if (!problems.isEmpty()) {
            throw KaoheException.invalid(problems);
        }
    }

    private static void requireReason(String reason, List<Problem> problems) {
        if (reason == null || reason.isBlank()) {
            problems.add(Problem.ofField("reason", "请填写原因"));
        } else if (reason.length() > 500) {
            problems.add(Problem.ofField("reason", "最多 500 字"));
        }
    }

    private void requireStrong(String password) {
        int min = properties.minPasswordLength();
        if (password == null
                || password.length() < min
                || password.length() > 128
                || password.chars().noneMatch(Character::isLetter)
                || password.chars().noneMatch(Character::isDigit)) {
            throw new KaoheException(
                    SecurityError.WEAK_PASSWORD, List.of(Problem.ofField("password", "至少 " + min + " 位，含字母和数字")), min);
        }
    }

    private static String generated() {
        String letters = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ";
        String digits = "23456789";
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            sb.append(letters.charAt(RANDOM.nextInt(letters.length())));
        }
        for (int i = 0; i < 2; i++) {
            sb.insert(RANDOM.nextInt(sb.length() + 1), digits.charAt(RANDOM.nextInt(digits.length())));
        }
        return sb.toString();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
