package cn.kaohe.notification;

import cn.kaohe.notification.outbound.Outbox;
import cn.kaohe.shared.KaoheException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends and lists messages to users. Sending joins the caller's transaction; the {@link Outbox} copies the message
 * to e-mail and group robots where the township configures them, sent after the commit (docs/adr/0015).
 */
@Service
public class Notifications {

    private final NotificationRepository repository;
    private final Clock clock;
    private final Outbox outbox;

    Notifications(NotificationRepository repository, Clock clock, Outbox outbox) {
        this.repository = repository;
        this.clock = clock;
        this.outbox = outbox;
    }

    /** What to send and where it belongs. */
    public record Message(
            NotificationKind kind,
            String recipient,
            String title,
            String body,
            Long campaignId,
            Long assessmentId,
            Long appealId) {}

    @Transactional
    public Notification send(Message m) {
        Notification saved = repository.save(new Notification(
                m.kind(),
                m.recipient(),
                m.title(),
                m.body(),
                m.campaignId(),
                m.assessmentId(),
                m.appealId(),
                OffsetDateTime.now(clock)));
        outbox.enqueue(saved);
        return saved;
    }

    /**
     * A public message to the whole township of {@code unitId} (公示), sent to its e-mail list and group robots after
     * the caller's transaction commits; not shown in anyone's list (docs/adr/0015).
     */
    @Transactional
    public void broadcast(NotificationKind kind, long unitId, String subject, String body, Long campaignId) {
        outbox.broadcast(kind, unitId, subject, body, campaignId);
    }

    /**
     * Messages shown in the app only (the notification list and bell), never copied to e-mail or robots: for a
     * message the township already receives as one broadcast (公示), so that nobody gets it twice.
     */
    @Transactional
    public void post(List<Message> messages) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        repository.saveAll(messages.stream()
                .map(m -> new Notification(
                        m.kind(),
                        m.recipient(),
                        m.title(),
                        m.body(),
                        m.campaignId(),
                        m.assessmentId(),
                        m.appealId(),
                        now))
                .toList());
    }

    @Transactional(readOnly = true)
    public List<Notification> inbox(String recipient) {
        return repository.findByRecipientOrderByIdDesc(recipient);
    }

    @Transactional(readOnly = true)
    public List<Notification> aboutAssessment(long assessmentId) {
        return repository.findByAssessmentIdOrderByIdAsc(assessmentId);
    }

    @Transactional(readOnly = true)
    public List<Notification> aboutAppeal(long appealId) {
        return repository.findByAppealIdOrderByIdAsc(appealId);
    }

    @Transactional
    public Notification markRead(long id, String reader) {
        Notification n = repository
                .findById(id)
                .filter(x -> x.getRecipient().equals(reader))
                .orElseThrow(() -> KaoheException.notFound("通知", id));
        n.markRead(OffsetDateTime.now(clock));
        return n;
    }
}
