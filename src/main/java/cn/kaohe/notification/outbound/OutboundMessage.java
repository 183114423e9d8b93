package cn.kaohe.notification.outbound;

import cn.kaohe.notification.NotificationKind;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;

/** One notification on its way out of the app through one channel (the outbox row, V21). */
@Entity
@Table(name = "notification_outbox")
public class OutboundMessage {

    static final int MAX_ERROR = 2000;
    static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private OutboundChannel channel;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String township;

    private String recipient;

    private String subject;

    private String body;

    @Column(name = "notification_id")
    private Long notificationId;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Enumerated(EnumType.STRING)
    private OutboundStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private OffsetDateTime nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "sent_at")
    private OffsetDateTime sentAt;

    @Version
    private long version;

    protected OutboundMessage() {}

    OutboundMessage(
            OutboundChannel channel,
            NotificationKind kind,
            String township,
            String recipient,
            String subject,
            String body,
            Long notificationId,
            Long campaignId,
            OffsetDateTime now) {
        this.channel = channel;
        this.kind = kind;
        this.township = township;
        this.recipient = recipient;
        this.subject = truncate(subject, 200);
        this.body = truncate(body, MAX_BODY);
        this.notificationId = notificationId;
        this.campaignId = campaignId;
        this.status = OutboundStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Takes the message for one attempt: counted, and not due again before the lease ends. */
    void claim(OffsetDateTime now, Duration lease) {
        attempts++;
        nextAttemptAt = now.plus(lease);
    }

    void sent(OffsetDateTime now) {
        status = OutboundStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /** A failed attempt: retried at {@code retryAt}, or FAILED when there is none. */
    void attemptFailed(String error, OffsetDateTime retryAt) {
        lastError = truncate(error == null ? "未知错误" : error, MAX_ERROR);
        if (retryAt == null) {
            status = OutboundStatus.FAILED;
        } else {
            nextAttemptAt = retryAt;
        }
    }

    /** The office sends a failed message again: a fresh round of attempts, the last error kept until then. */
    void retry(OffsetDateTime now) {
        status = OutboundStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long getId() {
        return id;
    }

    public OutboundChannel getChannel() {
        return channel;
    }

    public String getChannelLabel() {
        return channel.label();
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTownship() {
        return township;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    @JsonProperty(access = JsonProperty.Access.READ_ONLY)
    public String getBody() {
        return body;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public OutboundStatus getStatus() {
        return status;
    }

    public String getStatusLabel() {
        return status.label();
    }

    public int getAttempts() {
        return attempts;
    }

    public OffsetDateTime getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getLastError() {
        return lastError;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getSentAt() {
        return sentAt;
    }
}
