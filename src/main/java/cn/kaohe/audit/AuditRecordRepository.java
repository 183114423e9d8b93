package cn.kaohe.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditRecordRepository extends JpaRepository<AuditRecord, Long> {

    List<AuditRecord> findByEntityTypeAndEntityIdOrderByIdAsc(String entityType, String entityId);
}
