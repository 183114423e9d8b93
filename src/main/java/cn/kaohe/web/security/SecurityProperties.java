package cn.kaohe.web.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code kaohe.security.*}.
 *
 * @param maxFailedAttempts failed logins in a row after which an account is locked
 * @param lockDuration how long a locked account stays locked
 * @param adminPassword initial password of the {@code admin} user (env {@code KAOHE_ADMIN_PASSWORD}); if
 *     unset no administrator is created (outside the demo there is never a default password)
 * @param minPasswordLength minimum length of a password set by an administrator or a user
 * @param maxRequestSize largest request body accepted outside file uploads (multipart has its own limit)
 * @param clientMaxFailedAttempts failed logins from one client (IP address), whatever the accounts, after which
 *     that client may not try to log in for {@code clientWindow}
 * @param clientWindow the window in which a client's failed logins are counted, and how long it is throttled
 */
@ConfigurationProperties("kaohe.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedAttempts,
        @DefaultValue("15m") Duration lockDuration,
        String adminPassword,
        @DefaultValue("8") int minPasswordLength,
        @DefaultValue("2MB") DataSize maxRequestSize,
        @DefaultValue("20") int clientMaxFailedAttempts,
        @DefaultValue("15m") Duration clientWindow) {}
