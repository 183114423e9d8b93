package cn.kaohe.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

/**
 * {@code kaohe_login_failures_total{reason}}: failed logins (form and HTTP Basic) by reason — a wrong login or
 * password, a locked account, anything else. A rise is worth an alert (password guessing).
 */
@Component
class LoginMetrics {

    enum Reason {
        BAD_CREDENTIALS,
        LOCKED,
        OTHER
    }

    private final Map<Reason, Counter> failures = new EnumMap<>(Reason.class);

    LoginMetrics(MeterRegistry registry) {
        for (Reason reason : Reason.values()) {
            failures.put(
                    reason,
                    Counter.builder("kaohe.login.failures")
                            .description("Failed logins by reason")
                            .tag("reason", reason.name().toLowerCase(java.util.Locale.ROOT))
                            .register(registry));
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        Reason reason = event instanceof AuthenticationFailureBadCredentialsEvent
                ? Reason.BAD_CREDENTIALS
                : event instanceof AuthenticationFailureLockedEvent ? Reason.LOCKED : Reason.OTHER;
        failures.get(reason).increment();
    }
}
