package cn.kaohe.audit;

/** The audit key is missing, unreadable or too short: the application does not start without it. */
public class AuditKeyException extends IllegalStateException {

    AuditKeyException(String message) {
        super(message);
    }

    AuditKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
