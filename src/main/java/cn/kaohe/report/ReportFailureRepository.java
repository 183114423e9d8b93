package cn.kaohe.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportFailureRepository extends JpaRepository<ReportFailure, Long> {

    List<ReportFailure> findByCampaignIdOrderByIdAsc(Long campaignId);
}
