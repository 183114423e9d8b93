package cn.kaohe.web;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;

/**
 * Recognises an error that means "lost a race, nothing was stored, the same request may succeed if tried again":
 * a stale {@code @Version} row, a lock that could not be taken, a deadlock or serialisation failure broken by the
 * database, the engine's optimistic locking. Such an error answers 409, never 500; the task inbox retries it.
 */
public final class Conflicts {

    /** PostgreSQL: serialization_failure, deadlock_detected, lock_not_available; H2: deadlock, lock timeout. */
    private static final Set<String> SQL_STATES = Set.of("40001", "40P01", "55P03", "HYT00", "40000");

    private static final Set<String> CLASS_NAMES = Set.of(
            "org.camunda.bpm.engine.OptimisticLockingException",
            "org.camunda.bpm.engine.CrdbTransactionRetryException",
            "org.hibernate.StaleStateException",
            "org.hibernate.StaleObjectStateException",
            "org.hibernate.dialect.lock.OptimisticEntityLockException",
            "org.hibernate.PessimisticLockException",
            "org.hibernate.exception.LockAcquisitionException",
            "org.hibernate.exception.LockTimeoutException");

    private Conflicts() {}

    public static boolean isTransient(Throwable error) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = error; t != null && seen.put(t, true) == null; t = t.getCause()) {
            if (t instanceof OptimisticLockingFailureException
                    || t instanceof PessimisticLockingFailureException
                    || t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof jakarta.persistence.PessimisticLockException
                    || t instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            for (Class<?> c = t.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                if (CLASS_NAMES.contains(c.getName())) {
                    return true;
                }
            }
            if (t instanceof SQLException sql) {
                for (SQLException s = sql; s != null; s = s.getNextException()) {
                    if (s.getSQLState() != null && SQL_STATES.contains(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
