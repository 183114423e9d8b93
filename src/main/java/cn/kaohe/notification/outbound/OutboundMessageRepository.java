package cn.kaohe.notification.outbound;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface OutboundMessageRepository extends JpaRepository<OutboundMessage, Long> {

    List<OutboundMessage> findByStatusAndNextAttemptAtLessThanEqualOrderByIdAsc(
            OutboundStatus status, OffsetDateTime now, Pageable page);

    List<OutboundMessage> findByStatusOrderByIdDesc(OutboundStatus status, Pageable page);

    List<OutboundMessage> findAllByOrderByIdDesc(Pageable page);

    List<OutboundMessage> findByNotificationIdOrderByIdAsc(Long notificationId);

    List<OutboundMessage> findByCampaignIdOrderByIdAsc(Long campaignId);
}
