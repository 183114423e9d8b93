package cn.kaohe.web.security;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import cn.kaohe.shared.KaoheException;
import cn.kaohe.shared.Problem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in: loads a login for authentication (roles derived from the roster plus grants), describes the current user,
 * lets a user change their own password, and creates the start-up logins (demo users, the initial administrator).
 * Lock-out is {@link LockOut}, the administrator's operations {@link UserAdministration}, password rules {@link
 * PasswordPolicy}.
 */
@Service
public class UserAccounts implements UserDetailsService {

    static final String ENTITY = "AppUser";

    private final AppUserRepository users;
    private final RosterRoles roster;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AuditTrail audit;
    private final Clock clock;

    UserAccounts(
            AppUserRepository users,
            RosterRoles roster,
            PasswordEncoder passwords,
            PasswordPolicy policy,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.roster = roster;
        this.passwords = passwords;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public KaoheUser loadUserByUsername(String login) {
        AppUser user = users.findById(login == null ? "" : login)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return principal(user);
    }

    /** The principal of a login: its roster person's roles and name, plus its grants. */
    KaoheUser principal(AppUser user) {
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

    /** The user changes their own password, proving the current one. */
    @Transactional
    public void changeOwnPassword(String login, String current, String newPassword) {
        AppUser user = lock(login);
        if (current == null || !passwords.matches(current, user.getPasswordHash())) {
            throw new KaoheException(
                    SecurityError.BAD_CREDENTIALS, List.of(Problem.ofField("currentPassword", "当前密码不正确")));
        }
        policy.requireStrong(newPassword);
        user.changePassword(passwords.encode(newPassword), now());
        audit.record(AuditEvent.changed(
                "PASSWORD_CHANGED",
                ENTITY,
                login,
                null,
                Map.of("passwordChangedAt", user.getPasswordChangedAt().toString()),
                null));
    }

    /** A description of the current user for {@code /api/me}. */
    public KaoheUser describe(String login) {
        return loadUserByUsername(login);
    }

    public String hash(String password) {
        return passwords.encode(password);
    }

    /** The login's row, locked for update. */
    AppUser lock(String login) {
        return users.lockByLoginName(login).orElseThrow(() -> new KaoheException(SecurityError.UNKNOWN_USER, login));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
