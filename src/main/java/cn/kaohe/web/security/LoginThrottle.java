package cn.kaohe.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted so that nobody can lock a user out from elsewhere (docs/adr/0008):
 *
 * <ul>
 *   <li>per <b>(account, client)</b>: {@code kaohe.security.max-failed-attempts} wrong passwords in a row for an
 *       account from one client (IP address) lock that account <em>for that client</em> for
 *       {@code lock-duration}; its owner still logs in from any other client;
 *   <li>per <b>client</b>: {@code client-max-failed-attempts} wrong passwords from one client within
 *       {@code client-window}, whatever the accounts, and that client may not try any login until the window has
 *       passed (throttles guessing and the locking of many pairs).
 * </ul>
 *
 * Counts live in bounded Caffeine caches (memory of this node; a restart forgets them) and are timed with the
 * application clock. The administrator's unlock clears every lock of an account.
 */
@Component
class LoginThrottle {

    private static final int MAX_ENTRIES = 100_000;

    /** Failures of one (account, client) pair and the end of its lock, if locked. */
    private static final class PairState {
        int failures;
        Instant lockedUntil;
    }

    /** Failures of one client in the current window and the end of its throttle, if throttled. */
    private static final class ClientState {
        int failures;
        Instant windowStart;
        Instant throttledUntil;
    }

    /** A lock of an account for one client, for the administrator. */
    record ClientLock(String client, Instant lockedUntil) {}

    private final Cache<PairKey, PairState> pairs;
    private final Cache<String, ClientState> clients;
    private final SecurityProperties properties;
    private final Clock clock;

    private record PairKey(String login, String client) {}

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        // entries outlive their locks in real time; the locks themselves are judged by the application clock
        Duration keep =
                max(properties.lockDuration(), properties.clientWindow()).multipliedBy(2);
        this.pairs = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterAccess(keep)
                .build();
        this.clients = Caffeine.newBuilder()
                .maximumSize(MAX_ENTRIES)
                .expireAfterAccess(keep)
                .build();
    }

    /** Time left until the client may try logins again; zero if it is not throttled. */
    Duration clientThrottled(String client) {
        ClientState s = clients.getIfPresent(client);
        return s == null ? Duration.ZERO : left(s.throttledUntil);
    }

    /** Time left until the account opens again for this client; zero if the pair is not locked. */
    Duration pairLocked(String login, String client) {
        PairState s = pairs.getIfPresent(new PairKey(login, client));
        return s == null ? Duration.ZERO : left(s.lockedUntil);
    }

    /**
     * Counts a wrong password for the account from the client (and for the client). Answers the end of the
     * pair's lock if this failure locked it, otherwise null.
     */
    Instant failed(String login, String client) {
        Instant now = clock.instant();
        clients.asMap().compute(client, (k, s) -> {
            ClientState c = s == null ? new ClientState() : s;
            if (c.windowStart == null || !now.isBefore(c.windowStart.plus(properties.clientWindow()))) {
                c.windowStart = now;
                c.failures = 0;
            }
            c.failures++;
            if (c.failures >= properties.clientMaxFailedAttempts()) {
                c.throttledUntil = now.plus(properties.clientWindow());
            }
            return c;
        });
        Instant[] locked = new Instant[1];
        pairs.asMap().compute(new PairKey(login, client), (k, s) -> {
            PairState p = s == null ? new PairState() : s;
            if (p.lockedUntil != null && !now.isBefore(p.lockedUntil)) {
                p.lockedUntil = null;
                p.failures = 0;
            }
            p.failures++;
            if (p.failures >= properties.maxFailedAttempts()) {
                p.lockedUntil = now.plus(properties.lockDuration());
                p.failures = 0;
                locked[0] = p.lockedUntil;
            }
            return p;
        });
        return locked[0];
    }

    /** A successful login clears the count of the pair (not of the client: its window runs on). */
    void succeeded(String login, String client) {
        pairs.invalidate(new PairKey(login, client));
    }

    /** The current locks of an account, by client. */
    List<ClientLock> locks(String login) {
        Instant now = clock.instant();
        List<ClientLock> locks = new ArrayList<>();
        for (Map.Entry<PairKey, PairState> e : pairs.asMap().entrySet()) {
            Instant until = e.getValue().lockedUntil;
            if (e.getKey().login().equals(login) && until != null && now.isBefore(until)) {
                locks.add(new ClientLock(e.getKey().client(), until));
            }
        }
        return locks;
    }

    /** Clears every lock and count of an account (the administrator's unlock). */
    void unlock(String login) {
        pairs.asMap().keySet().removeIf(k -> k.login().equals(login));
    }

    private Duration left(Instant until) {
        if (until == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), until);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Whole minutes, rounded up, at least one. */
    static long minutes(Duration d) {
        return Math.max(1, (d.getSeconds() + 59) / 60);
    }
}
