package cn.kaohe.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A message to one user (站内通知). */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private NotificationKind kind;

    private String recipient;

    private String title;

    private String body;

    @Column(name = "campaign_id")
    private Long campaignId;

    @Column(name = "assessment_id")
    private Long assessmentId;

    @Column(name = "appeal_id")
    private Long appealId;

    @Column(name = "created_at")
    private OffsetDateTime createdAt;

    @Column(name = "read_at")
    private OffsetDateTime readAt;

    protected Notification() {}

    Notification(
            NotificationKind kind,
            String recipient,
            String title,
            String body,
            Long campaignId,
            Long assessmentId,
            Long appealId,
            OffsetDateTime createdAt) {
        this.kind = kind;
        this.recipient = recipient;
        this.title = title;
        this.body = body;
        this.campaignId = campaignId;
        this.assessmentId = assessmentId;
        this.appealId = appealId;
        this.createdAt = createdAt;
    }

    void markRead(OffsetDateTime at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public Long getId() {
        return id;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Long getAppealId() {
        return appealId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getReadAt() {
        return readAt;
    }
}
