package cn.kaohe.notification.outbound;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends due outbox messages: on a schedule ({@code kaohe.notification.outbox.poll-interval}) and right after a
 * commit that wrote some ({@link #nudge}). Each message is claimed in its own short transaction (its version
 * guards against a second node or thread), sent outside any transaction, and its outcome recorded in another: sent,
 * retried after an exponential back-off, or FAILED after {@code max-attempts}. A node that dies mid-attempt leaves the
 * message to be taken again when its lease ends (at-least-once delivery).
 */
@Component
public class OutboxDrainer {

    private static final Logger log = LoggerFactory.getLogger(OutboxDrainer.class);
    private static final int MAX_ROUNDS = 100;

    private final OutboundMessageRepository messages;
    private final NotificationProperties properties;
    private final Map<OutboundChannel, ChannelSender> senders = new EnumMap<>(OutboundChannel.class);
    private final Clock clock;
    private final TransactionTemplate tx;
    private final ReentrantLock draining = new ReentrantLock();
    /** One thread; one nudge waiting at most (it drains whatever the others would have). */
    private final ThreadPoolExecutor nudges = new ThreadPoolExecutor(
            1,
            1,
            0,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(1),
            r -> {
                Thread t = new Thread(r, "kaohe-outbox");
                t.setDaemon(true);
                return t;
            },
            new ThreadPoolExecutor.DiscardPolicy());

    OutboxDrainer(
            OutboundMessageRepository messages,
            NotificationProperties properties,
            List<ChannelSender> senders,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.messages = messages;
        this.properties = properties;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Drain soon, in the outbox thread (never in the caller's). */
    void nudge() {
        nudges.execute(this::drainQuietly);
    }

    @Scheduled(
            fixedDelayString = "${kaohe.notification.outbox.poll-interval:30s}",
            initialDelayString = "${kaohe.notification.outbox.poll-interval:30s}")
    void scheduled() {
        if (properties.outbox().enabled()) {
            drainQuietly();
        }
    }

    private void drainQuietly() {
        try {
            drainDue();
        } catch (RuntimeException e) {
            log.error("Draining the notification outbox failed; the next drain tries again", e);
        }
    }

    /**
     * Attempts every message due now, one drain at a time on this node.
     *
     * @return the messages sent
     */
    public int drainDue() {
        draining.lock();
        try {
            int sent = 0;
            int batch = Math.max(1, properties.outbox().batchSize());
            for (int round = 0; round < MAX_ROUNDS; round++) {
                OffsetDateTime now = OffsetDateTime.now(clock);
                List<Long> due = tx.execute(s -> messages
                        .findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(
                                OutboundStatus.PENDING, now, PageRequest.of(0, batch))
                        .stream()
                        .map(OutboundMessage::getId)
                        .toList());
                for (Long id : due) {
                    if (attempt(id)) {
                        sent++;
                    }
                }
                if (due.size() < batch) {
                    break;
                }
            }
            return sent;
        } finally {
            draining.unlock();
        }
    }

    private boolean attempt(long id) {
        OutboundMessage claimed;
        try {
            claimed = tx.execute(s -> {
                OutboundMessage m = messages.findById(id).orElse(null);
                OffsetDateTime now = OffsetDateTime.now(clock);
                if (m == null
                        || m.getStatus() != OutboundStatus.PENDING
                        || m.getNextAttemptAt().isAfter(now)) {
                    return null;
                }
                m.claim(now, properties.outbox().lease());
                return m;
            });
        } catch (OptimisticLockingFailureException e) {
            return false; // another thread or node took it
        }
        if (claimed == null) {
            return false;
        }
        String error = null;
        try {
            ChannelSender sender = senders.get(claimed.getChannel());
            sender.send(claimed, properties.township(claimed.getTownship()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "发送被中断";
        } catch (Exception e) {
            error = describe(e);
        }
        String failure = error;
        tx.executeWithoutResult(s -> {
            OutboundMessage m = messages.findById(id).orElseThrow();
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (failure == null) {
                m.sent(now);
                return;
            }
            boolean last = m.getAttempts() >= properties.outbox().maxAttempts();
            m.attemptFailed(failure, last ? null : now.plus(properties.outbox().backoff(m.getAttempts())));
            if (last) {
                log.warn(
                        "Outbound {} message {} ({}) failed after {} attempts: {}",
                        m.getChannel(),
                        id,
                        m.getTownship(),
                        m.getAttempts(),
                        failure);
            } else {
                log.info(
                        "Outbound {} message {} attempt {} failed, retried later: {}",
                        m.getChannel(),
                        id,
                        m.getAttempts(),
                        failure);
            }
        });
        return failure == null;
    }

    private static String describe(Exception e) {
        StringBuilder sb = new StringBuilder();
        Throwable t = e;
        for (int depth = 0; t != null && depth < 4; depth++, t = t.getCause()) {
            if (!sb.isEmpty()) {
                sb.append(" ← ");
            }
            sb.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                sb.append(": ").append(t.getMessage());
            }
        }
        return sb.toString();
    }

    @PreDestroy
    void stop() {
        nudges.shutdownNow();
    }
}
