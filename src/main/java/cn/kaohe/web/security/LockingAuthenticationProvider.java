package cn.kaohe.web.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Username and password against {@code app_user}, with lock-out that cannot be turned against a user
 * ({@link LoginThrottle}, docs/adr/0008): a client (IP address) that failed too often may not try again for a
 * while (429 AUTH-011); an account locked for a client after repeated wrong passwords from that client is refused
 * there even with the right password (AUTH-002, the message says how many minutes are left, audited as
 * USER_LOCKED) and stays open from every other client. Both answers come before the password is checked.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LockOut lockOut;
    private final LoginThrottle throttle;

    LockingAuthenticationProvider(
            UserAccounts accounts, LockOut lockOut, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.lockOut = lockOut;
        this.throttle = throttle;
        this.delegate = new DaoAuthenticationProvider(accounts);
        this.delegate.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = authentication.getName();
        String client = client(authentication);
        Duration throttled = throttle.clientThrottled(client);
        if (!throttled.isZero()) {
            throw new KaoheThrottledException(LoginThrottle.minutes(throttled));
        }
        Duration locked = throttle.pairLocked(login, client);
        if (!locked.isZero()) {
            throw new KaoheLockedException(LoginThrottle.minutes(locked));
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            lockOut.loginSucceeded(login);
            throttle.succeeded(login, client);
            return result;
        } catch (LockedException e) {
            // an account locked in the database (versions before 0008 locked accounts as a whole)
            throw new KaoheLockedException(lockOut.lockedMinutes(login));
        } catch (BadCredentialsException e) {
            Instant lockedUntil = throttle.failed(login, client);
            if (lockedUntil != null) {
                lockOut.lockedOut(login, client, lockedUntil);
                throw new KaoheLockedException(LoginThrottle.minutes(throttle.pairLocked(login, client)));
            }
            throw e;
        }
    }

    /** The client's address as the container sees it (behind a proxy: {@code server.forward-headers-strategy}). */
    static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress()
                : "unknown";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The account is locked (for this client); carries the minutes left for the message. */
    static final class KaoheLockedException extends LockedException {

        private final long minutes;

        KaoheLockedException(long minutes) {
            super("locked");
            this.minutes = minutes;
        }

        long minutes() {
            return minutes;
        }
    }

    /** The client failed too often and is throttled; carries the minutes left for the message. */
    static final class KaoheThrottledException extends AuthenticationException {

        private final long minutes;

        KaoheThrottledException(long minutes) {
            super("throttled");
            this.minutes = minutes;
        }

        long minutes() {
            return minutes;
        }
    }
}
