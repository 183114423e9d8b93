package cn.kaohe.web.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Username and password against {@code app_user}, with lock-out: after
 * {@code kaohe.security.max-failed-attempts} wrong passwords in a row the account is locked for
 * {@code kaohe.security.lock-duration} (audited as USER_LOCKED); a locked account is refused even with the
 * right password, and the message says how many minutes are left.
 */
class LockingAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final UserAccounts accounts;

    LockingAuthenticationProvider(UserAccounts accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.delegate = new DaoAuthenticationProvider(accounts);
        this.delegate.setPasswordEncoder(passwordEncoder);
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String login = authentication.getName();
        try {
            Authentication result = delegate.authenticate(authentication);
            accounts.loginSucceeded(login);
            return result;
        } catch (LockedException e) {
            throw new KaoheLockedException(accounts.lockedMinutes(login));
        } catch (BadCredentialsException e) {
            accounts.loginFailed(login);
            long minutes = accounts.lockedMinutes(login);
            if (minutes > 0) {
                throw new KaoheLockedException(minutes);
            }
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The account is locked; carries the minutes left for the message. */
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
}
