package cn.kaohe.web.security;

import cn.kaohe.audit.AuditEvent;
import cn.kaohe.audit.AuditTrail;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts' side of lock-out (the per-client counting is {@link LoginThrottle}'s): how long an account locked in
 * the database stays locked, the audit record of a lock, and clearing the failure count after a good password.
 */
@Service
public class LockOut {

    private final AppUserRepository users;
    private final AuditTrail audit;
    private final SecurityProperties properties;
    private final Clock clock;

    LockOut(AppUserRepository users, AuditTrail audit, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Minutes (rounded up, at least 1) until a locked account opens again; 0 if not locked. */
    @Transactional(readOnly = true)
    public long lockedMinutes(String login) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return users.findById(login)
                .filter(u -> u.isLockedAt(now))
                .map(u -> Math.max(1, (Duration.between(now, u.getLockedUntil()).getSeconds() + 59) / 60))
                .orElse(0L);
    }

    /**
     * Records in the audit trail that an account was locked for one client (IP address) after repeated wrong
     * passwords from it (see {@link LoginThrottle}); in its own transaction, the login itself fails. Unknown logins
     * are not recorded (the answer to the client is the same).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void lockedOut(String login, String client, Instant until) {
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
                        UserAccounts.ENTITY,
                        login,
                        null,
                        after,
                        "客户端 " + client + " 连续 " + properties.maxFailedAttempts() + " 次密码错误，该账号在此客户端锁定 "
                                + properties.lockDuration().toMinutes() + " 分钟（其他客户端不受影响）"));
    }

    /** A good password clears the account's failure count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void loginSucceeded(String login) {
        users.lockByLoginName(login).filter(u -> u.getFailedAttempts() > 0).ifPresent(AppUser::succeeded);
    }
}
