package cn.kaohe.notification.outbound;

import cn.kaohe.notification.NotificationKind;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notifications that leave the app ({@code kaohe.notification.*}, docs/adr/0015): how the outbox is drained, and
 * per township (the name of the root unit, e.g. 大栗港镇) which channels carry which kinds of message. A township
 * without an entry sends nothing outside the app.
 *
 * @param outbox draining, retries and back-off
 * @param townships channels per township, named (a list, so that Chinese names need no bracket notation)
 */
@ConfigurationProperties("kaohe.notification")
public record NotificationProperties(@DefaultValue Outbox outbox, List<Township> townships) {

    public NotificationProperties {
        townships = townships == null ? List.of() : List.copyOf(townships);
    }

    /** The channels of {@code township}; none configured gives an empty setting. */
    public Township township(String township) {
        return townships.stream()
                .filter(t -> t.name() != null && t.name().equals(township))
                .findFirst()
                .orElse(new Township(township, null, null, null));
    }

    /**
     * @param enabled the scheduled drain runs (off: rows wait; sending after commit still happens unless
     *     {@code sendAfterCommit} is off too)
     * @param sendAfterCommit try to send right after the commit that wrote the message (in another thread)
     * @param pollInterval pause between scheduled drains
     * @param batchSize messages taken per drain
     * @param maxAttempts attempts before a message is FAILED
     * @param firstRetry wait after the first failure; doubled after each further failure
     * @param maxRetry longest wait between attempts
     * @param lease how long an attempt holds a message before another node may take it again
     * @param timeout connect and request timeout of SMTP and webhook calls
     */
    public record Outbox(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("true") boolean sendAfterCommit,
            @DefaultValue("30s") Duration pollInterval,
            @DefaultValue("50") int batchSize,
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("1m") Duration firstRetry,
            @DefaultValue("1h") Duration maxRetry,
            @DefaultValue("5m") Duration lease,
            @DefaultValue("10s") Duration timeout) {

        /** The wait after the {@code attempts}-th failed attempt: firstRetry × 2^(attempts−1), at most maxRetry. */
        public Duration backoff(int attempts) {
            Duration wait = firstRetry;
            for (int i = 1; i < attempts && wait.compareTo(maxRetry) < 0; i++) {
                wait = wait.multipliedBy(2);
            }
            return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
        }
    }

    /**
     * One township's channels; each may be absent.
     *
     * @param name the township's root unit, e.g. 大栗港镇
     */
    public record Township(String name, Mail mail, Robot dingtalk, Robot wecom) {}

    /**
     * E-mail through the township's SMTP server.
     *
     * @param addresses e-mail addresses of recipients: a login name (e.g. {@code wangwenjian}) or a group
     *     ({@code group:office} 绩考办, {@code group:committee}, {@code group:all} for public notices); recipients
     *     without one get no e-mail
     * @param kinds the kinds of message sent by e-mail
     */
    public record Mail(
            @DefaultValue("false") boolean enabled,
            String host,
            @DefaultValue("25") int port,
            String username,
            String password,
            @DefaultValue("false") boolean starttls,
            String from,
            List<Address> addresses,
            @DefaultValue({"REMINDER", "ESCALATION", "RESULT", "NOTICE_OPENED"}) Set<NotificationKind> kinds) {

        public Mail {
            addresses = addresses == null ? List.of() : List.copyOf(addresses);
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        }

        /** The e-mail address of {@code recipient}, if configured. */
        public Optional<String> address(String recipient) {
            return addresses.stream()
                    .filter(a -> a.recipient() != null && a.recipient().equals(recipient))
                    .map(Address::email)
                    .filter(e -> e != null && !e.isBlank())
                    .findFirst();
        }

        public boolean carries(NotificationKind kind) {
            return enabled && host != null && !host.isBlank() && kinds.contains(kind);
        }
    }

    /**
     * One recipient's e-mail address (a list entry, so that logins with . or _ and groups with : need no bracket
     * notation).
     *
     * @param recipient a login name or group:office, group:committee, group:all
     */
    public record Address(String recipient, String email) {}

    /**
     * A group robot (钉钉自定义机器人 or 企业微信群机器人). Results are not sent to groups by default: a written
     * result notice is meant for the cadre alone.
     *
     * @param webhook the robot's address with its token or key, e.g.
     *     {@code https://oapi.dingtalk.com/robot/send?access_token=…} or
     *     {@code https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…}
     * @param secret DingTalk's 加签 secret (SEC…); when set, every call is signed; unused by WeCom
     */
    public record Robot(
            @DefaultValue("false") boolean enabled,
            String webhook,
            String secret,
            @DefaultValue({"REMINDER", "ESCALATION", "NOTICE_OPENED"}) Set<NotificationKind> kinds) {

        public Robot {
            kinds = kinds == null ? Set.of() : Set.copyOf(kinds);
        }

        public boolean carries(NotificationKind kind) {
            return enabled && webhook != null && !webhook.isBlank() && kinds.contains(kind);
        }
    }
}
