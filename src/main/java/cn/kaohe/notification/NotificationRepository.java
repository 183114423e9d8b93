package cn.kaohe.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findByRecipientOrderByIdDesc(String recipient);

    List<Notification> findByAssessmentIdOrderByIdAsc(Long assessmentId);

    List<Notification> findByAppealIdOrderByIdAsc(Long appealId);
}
