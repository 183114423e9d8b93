package cn.kaohe.web.security;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's operations on logins: list, create, grant, revoke, reset password, unlock, enable and disable.
 * Every change needs a reason and is audited; passwords and hashes never go into the audit trail or the logs.
 */
@Service
public class UserAdministration {

    private static final String ENTITY = UserAccounts.ENTITY;

    private final AppUserRepository users;
    private final UserAccounts accounts;
    private final RosterRoles roster;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;
    private final LoginThrottle throttle;

    UserAdministration(
            AppUserRepository users,
            UserAccounts accounts,
            RosterRoles roster,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            AuditTrail audit,
            Clock clock,
            LoginThrottle throttle) {
        this.users = users;
        this.accounts = accounts;
        this.roster = roster;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
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

    @Transactional(readOnly = true)
    public List<UserView> all() {
        return users.findAllByOrderByLoginNameAsc().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public UserView one(String login) {
        return view(users.findById(login).orElseThrow(() -> new KaoheException(SecurityError.UNKNOWN_USER, login)));
    }

    /**
     * Creates a login. A cadre's login must be the cadre's login name in the roster; any other login needs at least
     * one granted role (e.g. an administrator).
     */
    @Transactional
    public UserView create(String login, String password, Set<Role> grants, String reason) {
        List<Problem> problems = new ArrayList<>();
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
        policy.requireStrong(password);
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

    @Transactional
    public UserView grant(String login, Role role, String reason) {
        requireGrantable(role);
        requireReason(reason);
        AppUser user = accounts.lock(login);
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
        AppUser user = accounts.lock(login);
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
     * Sets a new password chosen by the administrator, or a generated one when {@code newPassword} is null; answers
     * the password to hand over (once). Also unlocks the account.
     */
    @Transactional
    public String resetPassword(String login, String newPassword, String reason) {
        requireReason(reason);
        String password = newPassword == null || newPassword.isEmpty() ? PasswordPolicy.generated() : newPassword;
        policy.requireStrong(password);
        AppUser user = accounts.lock(login);
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

    @Transactional
    public UserView unlock(String login, String reason) {
        requireReason(reason);
        AppUser user = accounts.lock(login);
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
        AppUser user = accounts.lock(login);
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

    private UserView view(AppUser u) {
        KaoheUser p = accounts.principal(u);
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

    private static void requireGrantable(Role role) {
        if (role == null || !role.isGrantable()) {
            throw new KaoheException(SecurityError.ROLE_NOT_GRANTABLE, String.valueOf(role));
        }
    }

    private static void requireReason(String reason) {
        List<Problem> problems = new ArrayList<>();
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

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
