package cn.kaohe.notification.outbound;

import cn.kaohe.notification.Notification;
import cn.kaohe.notification.NotificationKind;
import cn.kaohe.shared.KaoheException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The outbox of notifications that leave the app (docs/adr/0015). {@link #enqueue} joins the caller's transaction
 * and writes one row per channel the township configures for the message's kind; after the commit the
 * {@link OutboxDrainer} sends them in another thread, with retries. Nothing here calls a mail server or a robot,
 * so the workflow is never blocked or failed by one.
 */
@Service
public class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    /** Mail address key of a public message (公示) for the whole township. */
    public static final String EVERYONE = "group:all";

    private final OutboundMessageRepository messages;
    private final NotificationProperties properties;
    private final TownshipResolver townships;
    private final OutboxDrainer drainer;
    private final Clock clock;

    Outbox(
            OutboundMessageRepository messages,
            NotificationProperties properties,
            TownshipResolver townships,
            OutboxDrainer drainer,
            Clock clock) {
        this.messages = messages;
        this.properties = properties;
        this.townships = townships;
        this.drainer = drainer;
        this.clock = clock;
    }

    /** Copies an in-app notification to the channels its township configures for its kind. */
    @Transactional
    public void enqueue(Notification n) {
        if (!anyTownshipCarries(n.getKind())) {
            return; // nothing to resolve: most kinds, or no township configured, stay in the app
        }
        String township = townships.township(n.getRecipient(), n.getCampaignId());
        write(n.getKind(), township, n.getRecipient(), n.getTitle(), n.getBody(), n.getId(), n.getCampaignId());
    }

    /** A message to the whole township of {@code unitId} (e.g. the public notice opened): robots and {@code group:all}. */
    @Transactional
    public void broadcast(NotificationKind kind, long unitId, String subject, String body, Long campaignId) {
        if (!anyTownshipCarries(kind)) {
            return;
        }
        write(kind, townships.townshipOfUnit(unitId), EVERYONE, subject, body, null, campaignId);
    }

    private boolean anyTownshipCarries(NotificationKind kind) {
        return properties.townships().stream()
                .anyMatch(t -> (t.mail() != null && t.mail().carries(kind))
                        || (t.dingtalk() != null && t.dingtalk().carries(kind))
                        || (t.wecom() != null && t.wecom().carries(kind)));
    }

    private void write(
            NotificationKind kind,
            String township,
            String recipient,
            String subject,
            String body,
            Long notificationId,
            Long campaignId) {
        NotificationProperties.Township t = properties.township(township);
        OffsetDateTime now = OffsetDateTime.now(clock);
        int written = 0;
        if (t.mail() != null && t.mail().carries(kind)) {
            String address = t.mail().address(recipient).orElse(null);
            if (address == null) {
                log.debug("No e-mail address for {} in {}: not sent by e-mail", recipient, township);
            } else {
                messages.save(new OutboundMessage(
                        OutboundChannel.MAIL, kind, township, address, subject, body, notificationId, campaignId, now));
                written++;
            }
        }
        if (t.dingtalk() != null && t.dingtalk().carries(kind)) {
            messages.save(new OutboundMessage(
                    OutboundChannel.DINGTALK, kind, township, null, subject, body, notificationId, campaignId, now));
            written++;
        }
        if (t.wecom() != null && t.wecom().carries(kind)) {
            messages.save(new OutboundMessage(
                    OutboundChannel.WECOM, kind, township, null, subject, body, notificationId, campaignId, now));
            written++;
        }
        if (written > 0) {
            sendAfterCommit();
        }
    }

    private void sendAfterCommit() {
        if (!properties.outbox().sendAfterCommit()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            drainer.nudge();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                drainer.nudge();
            }
        });
    }

    /** The latest messages, optionally of one status, newest first. */
    @Transactional(readOnly = true)
    public List<OutboundMessage> latest(OutboundStatus status, int limit) {
        PageRequest page = PageRequest.of(0, limit);
        return status == null
                ? messages.findAllByOrderByIdDesc(page)
                : messages.findByStatusOrderByIdDesc(status, page);
    }

    @Transactional(readOnly = true)
    public List<OutboundMessage> ofNotification(long notificationId) {
        return messages.findByNotificationIdOrderByIdAsc(notificationId);
    }

    @Transactional(readOnly = true)
    public List<OutboundMessage> ofCampaign(long campaignId) {
        return messages.findByCampaignIdOrderByIdAsc(campaignId);
    }

    @Transactional(readOnly = true)
    public OutboundMessage message(long id) {
        return messages.findById(id).orElseThrow(() -> KaoheException.notFound("外发通知", id));
    }

    /** Sends a FAILED message again: a fresh round of attempts, starting after the commit. */
    @Transactional
    public OutboundMessage retry(long id) {
        OutboundMessage m = messages.findById(id).orElseThrow(() -> KaoheException.notFound("外发通知", id));
        if (m.getStatus() != OutboundStatus.FAILED) {
            throw new KaoheException(OutboundError.NOT_FAILED, id, m.getStatus().label());
        }
        m.retry(OffsetDateTime.now(clock));
        sendAfterCommit();
        return m;
    }
}
